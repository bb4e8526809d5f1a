import type { EvidenceItem, Recommendation } from '../engine/schema.js';
import { formatFigure, percent as pct, probability } from '../render/format.js';
import type { ReportDiff } from './read.js';

// Two saved reports → what changed, in the order a reader needs it: the question (profile) first, then the
// answers (picks, statuses, confidence), then why (evidence, facts, prices) and which triggers fired. Pure.

type Rec = Recommendation;
const byKey =
  <T>(key: (x: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0;

function profileChanges(a: Rec['profile'], b: Rec['profile']): ReportDiff['profile'] {
  const mix = (p: Rec['profile']) =>
    Object.entries(p.mix)
      .map(([w, s]) => `${w} ${pct(s)}`)
      .join(', ');
  const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : 'none');
  const record = (r: Record<string, number>) =>
    Object.keys(r).length
      ? Object.entries(r)
          .map(([k, v]) => `${k}=${v}`)
          .join(', ')
      : 'none';
  const fields: [string, (p: Rec['profile']) => string][] = [
    ['mix', mix],
    ['requirements', (p) => list(p.requirements)],
    ['exclude', (p) => list(p.exclude)],
    ['costWeight', (p) => String(p.costWeight)],
    ['asOf', (p) => p.asOf ?? 'none (all evidence)'],
    ['volume', (p) => record(p.volume)],
    ['ioRatio', (p) => `${p.ioRatio.input}:${p.ioRatio.output}`],
    ['assumptions', (p) => list(p.assumptions.map((x) => `${x.model}:${x.key}=${x.value}`))],
    ['samples', (p) => String(p.samples)],
    ['seed', (p) => String(p.seed)],
  ];
  return fields.flatMap(([field, show]) => (show(a) === show(b) ? [] : [{ field, old: show(a), new: show(b) }]));
}

const pickOf = (w: Rec['workloads'][number] | undefined) =>
  w?.recommendation ? { model: w.recommendation.model, name: w.recommendation.name, status: w.recommendation.status } : null;
const pickText = (p: ReturnType<typeof pickOf>) => (p ? `${p.name} (${p.status})` : 'no eligible model');

function pickChanges(a: Rec, b: Rec): ReportDiff['picks'] {
  const ids = [...new Set([...a.workloads.map((w) => w.workload), ...b.workloads.map((w) => w.workload)])];
  return ids.flatMap((id) => {
    const [wa, wb] = [a.workloads.find((w) => w.workload === id), b.workloads.find((w) => w.workload === id)];
    const [pa, pb] = [pickOf(wa), pickOf(wb)];
    if (pa?.model === pb?.model && pa?.status === pb?.status) return [];
    const name = (wb ?? wa)?.name ?? id;
    const message = !wa
      ? `${name}: new in the mix, pick ${pickText(pb)}`
      : !wb
        ? `${name}: no longer in the mix (was ${pickText(pa)})`
        : `${name}: ${pickText(pa)} → ${pickText(pb)}`;
    return [{ workload: id, name, old: pa, new: pb, message }];
  });
}

/** A win probability's sampling noise: three standard errors of the difference of two Monte Carlo estimates. */
const noiseOf = (p: number, n: number, q: number, m: number) => 3 * Math.sqrt((p * (1 - p)) / n + (q * (1 - q)) / m);

function confidenceChanges(a: Rec, b: Rec): ReportDiff['confidence'] {
  return b.workloads.flatMap((wb) => {
    const ra = a.workloads.find((w) => w.workload === wb.workload)?.recommendation;
    const rb = wb.recommendation;
    if (!ra || !rb || ra.model !== rb.model) return [];
    const noise = noiseOf(ra.winProbability, a.method.samples, rb.winProbability, b.method.samples);
    const moved = Math.abs(rb.winProbability - ra.winProbability);
    const flipped = ra.lowConfidence !== rb.lowConfidence;
    if (!(moved > noise && moved >= 0.01) && !flipped) return [];
    const flag = flipped ? (rb.lowConfidence ? '; now low-confidence' : '; no longer low-confidence') : '';
    return [
      {
        workload: wb.workload,
        model: rb.model,
        old: ra.winProbability,
        new: rb.winProbability,
        noise,
        message: `${wb.name}: ${rb.name} ranks first in ${probability(rb.winProbability)} of the draws, was ${probability(ra.winProbability)} (noise ±${pct(noise)})${flag}`,
      },
    ];
  });
}

const evKey = (e: Pick<EvidenceItem, 'model' | 'benchmark' | 'source' | 'mode'>) => `${e.model}|${e.benchmark}|${e.source}|${e.mode ?? ''}`;

function evidenceChanges(a: Rec, b: Rec): ReportDiff['evidence'] {
  const units = new Map([...a.benchmarks, ...b.benchmarks].map((x) => [x.id, x.unit]));
  const benchmarks = new Map([...a.benchmarks, ...b.benchmarks].map((x) => [x.id, x.name]));
  const models = modelNames(a, b);
  const figure = (e: EvidenceItem) => ({
    model: e.model,
    modelName: models(e.model),
    benchmark: e.benchmark,
    benchmarkName: benchmarks.get(e.benchmark) ?? e.benchmark,
    source: e.source,
    date: e.date,
    figure: formatFigure(e, units.get(e.benchmark) ?? 'score'),
  });
  const collect = (r: Rec) => new Map(r.workloads.flatMap((w) => w.evidence).map((e) => [evKey(e), e]));
  const [ea, eb] = [collect(a), collect(b)];
  const newlySuperseded = new Map(b.workloads.flatMap((w) => w.superseded).map((s) => [evKey(s), s]));
  const superseded: ReportDiff['evidence']['superseded'] = [];
  for (const [key, old] of ea) {
    const s = newlySuperseded.get(key);
    if (!s || eb.has(key)) continue;
    const by = [...eb.values()].find(
      (e) => e.model === s.model && e.benchmark === s.benchmark && e.source === s.supersededBy.source && e.date === s.supersededBy.date,
    );
    if (by) superseded.push({ ...figure(old), by: figure(by) });
  }
  // A superseded figure and the one that replaced it are said once, as a replacement.
  const setAside = new Set(superseded.flatMap((s) => [evKey(s), evKey(s.by)]));
  const order = byKey<ReturnType<typeof figure>>((f) => `${f.model}|${f.benchmark}|${f.source}`);
  return {
    added: [...eb]
      .filter(([k]) => !ea.has(k) && !setAside.has(k))
      .map(([, e]) => figure(e))
      .sort(order),
    removed: [...ea]
      .filter(([k]) => !eb.has(k) && !setAside.has(k))
      .map(([, e]) => figure(e))
      .sort(order),
    superseded: superseded.sort(order),
  };
}

/** Model id → display name, from either report's rankings (the newer name wins). */
function modelNames(a: Rec, b: Rec): (id: string) => string {
  const names = new Map([...a.workloads, ...b.workloads].flatMap((w) => w.ranking.map((e) => [e.model, e.name] as const)));
  return (id) => names.get(id) ?? id;
}

function governanceChanges(a: Rec, b: Rec): ReportDiff['governance'] {
  const name = modelNames(a, b);
  // Only models both reports detail: a model detailed in one report only has not changed its facts.
  const inBoth = new Set(a.governance.map((f) => f.model).filter((m) => b.governance.some((f) => f.model === m)));
  const facts = (r: Rec) => new Map(r.governance.filter((f) => inBoth.has(f.model)).map((f) => [`${f.model}|${f.requirement}`, f]));
  const [fa, fb] = [facts(a), facts(b)];
  const keys = [...new Set([...fa.keys(), ...fb.keys()])].sort();
  return keys.flatMap((key) => {
    const [x, y] = [fa.get(key), fb.get(key)];
    if (x?.value === y?.value) return [];
    const [model, requirement] = key.split('|') as [string, string];
    const cited = y?.source ? ` (${y.source}, ${y.date})` : '';
    return [
      {
        model,
        requirement,
        old: x?.value ?? null,
        new: y?.value ?? null,
        message: `${name(model)}, ${requirement}: ${x?.value ?? 'not stated'} → ${y?.value ?? 'not stated'}${cited}`,
      },
    ];
  });
}

function priceChanges(a: Rec, b: Rec): ReportDiff['prices'] {
  const prices = (r: Rec) => {
    const out = new Map<string, { name: string; price: ReportDiff['prices'][number]['old'] }>();
    for (const w of r.cost.workloads) {
      for (const l of [w.routed, w.single]) {
        if (!l) continue;
        const p = l.price;
        out.set(l.model, {
          name: l.name,
          price: p ? { input: p.input, output: p.output, currency: p.currency, source: p.source, date: p.date } : null,
        });
      }
    }
    return out;
  };
  const [pa, pb] = [prices(a), prices(b)];
  const show = (p: ReportDiff['prices'][number]['old']) =>
    p ? `${p.input}/${p.output} ${p.currency} per 1M (${p.source}, ${p.date})` : 'unknown';
  return [...new Set([...pa.keys(), ...pb.keys()])].sort().flatMap((model) => {
    const [x, y] = [pa.get(model), pb.get(model)];
    if (!x || !y || JSON.stringify(x.price) === JSON.stringify(y.price)) return [];
    return [{ model, name: y.name, old: x.price, new: y.price, message: `${y.name}: ${show(x.price)} → ${show(y.price)}` }];
  });
}

/** The old report's triggers whose condition the new report meets: the facts are "yes", the figure reached, the share crossed. */
function firedTriggers(a: Rec, b: Rec): ReportDiff['triggersFired'] {
  const fact = new Map(b.governance.map((f) => [`${f.model}|${f.requirement}`, f.value]));
  const evidence = b.workloads.flatMap((w) => w.evidence);
  return a.workloads.flatMap((w) =>
    w.triggers
      .filter((t) => {
        if (t.kind === 'governance') return (t.requirements ?? []).every((r) => fact.get(`${t.model}|${r}`) === 'yes');
        if (t.kind === 'figure' && t.figure !== undefined) {
          const figure = t.figure;
          return evidence.some(
            (e) =>
              e.model === t.model &&
              e.benchmark === t.benchmark &&
              e.value !== undefined &&
              (t.direction === 'at-most' ? e.value <= figure + 1e-9 : e.value >= figure - 1e-9),
          );
        }
        if (t.kind === 'share' && t.low !== undefined && t.high !== undefined) {
          const share = b.profile.mix[w.workload];
          return share !== undefined && (share < t.low || share > t.high);
        }
        return false;
      })
      .map((t) => ({ workload: w.workload, kind: t.kind, message: t.message })),
  );
}

export function diffReports(a: Rec, b: Rec, files: { old: string; new: string }): ReportDiff {
  const picks = pickChanges(a, b);
  const side = (r: Rec, file: string) => ({ file, today: r.dataset.today, asOf: r.profile.asOf, hypothetical: r.hypothetical });
  return {
    schemaVersion: b.schemaVersion,
    old: side(a, files.old),
    new: side(b, files.new),
    changed: picks.length > 0,
    profile: profileChanges(a.profile, b.profile),
    picks,
    confidence: confidenceChanges(a, b),
    evidence: evidenceChanges(a, b),
    governance: governanceChanges(a, b),
    prices: priceChanges(a, b),
    triggersFired: firedTriggers(a, b),
  };
}
