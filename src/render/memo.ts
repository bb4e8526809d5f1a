import type { RankingEntry, Recommendation, WorkloadResult } from '../engine/schema.js';
import { formatFigure, ineligibleText, mixPercents, namesOf, num, pct, range, readable } from './format.js';
import { type BenchmarkInfo, benchmarkInfo, honestyLines, winCell } from './honesty.js';
import { blockedText, triggerLines, unblockLines } from './money-text.js';
import { CONFIDENCE_MEANING, type Confidence, verdictOf, verdictSentences, workloadSummaries } from './summary.js';

// What the Markdown memo and the HTML report both say, as plain text: every renderer escapes it for its own
// medium. Names, never ids; no curation notes (those stay in `evidence`).

export const CONFIDENCE_WORD: Record<Confidence, string> = { clear: 'Clear', likely: 'Likely', tie: 'Tie', unresolved: 'Unresolved' };

/** "Model recommendation — Vision & documents 70% · Coding 30%". */
export function memoTitle(rec: Recommendation): string {
  const share = mixPercents(rec);
  return `Model recommendation: ${rec.workloads.map((w) => `${w.name} ${share(w.workload)}`).join(', ')}`;
}

/** "Prepared 2026-11-27 with model-advisor 0.1.0; evidence published up to 2026-07-04 (146 days old: stale)." */
export function memoDateLine(rec: Recommendation): string {
  const d = rec.dataset;
  const age = d.ageDays === null ? '' : ` (${d.ageDays} days old${d.stale ? ': stale' : ''})`;
  return `Prepared ${d.today} with ${rec.tool.name} ${rec.tool.version}; evidence published up to ${d.asOf ?? 'an unknown date'}${age}.`;
}

/** The question asked: [label, answer] pairs. */
export function questionRows(rec: Recommendation): [string, string][] {
  const name = namesOf(rec);
  const share = mixPercents(rec);
  const cw = rec.profile.costWeight;
  return [
    ['Workload mix', rec.workloads.map((w) => `${w.name} ${share(w.workload)}`).join(', ')],
    ['Requirements (hard gates)', rec.requirements.map((r) => r.label).join(', ') || 'none'],
    ['Models excluded', rec.profile.exclude.map(name).join(', ') || 'none'],
    ['Evidence as of', rec.profile.asOf ? `published on or before ${rec.profile.asOf}` : 'all evidence in the dataset'],
    ['Cost weight', cw === 0 ? '0 (quality only)' : `${cw} (score = ${1 - cw} × quality + ${cw} × token efficiency)`],
  ];
}

/** Per model, the benchmarks whose figures in this workload were measured on a preview build, as the sources' own words say. */
export function previewBuilds(rec: Recommendation, w: WorkloadResult): Map<string, string[]> {
  const name = namesOf(rec);
  const info = benchmarkInfo(rec);
  const out = new Map<string, string[]>();
  for (const ev of w.evidence) {
    const words = `${ev.quote ?? ''} ${ev.note ?? ''}`;
    if (!words.includes(`${name(ev.model)} Preview`)) continue;
    const list = out.get(ev.model) ?? [];
    const b = info(ev.benchmark).name;
    if (!list.includes(b)) list.push(b);
    out.set(ev.model, list);
  }
  return out;
}

export interface DecisionRow {
  workload: string;
  share: string;
  pick: string;
  status: string;
  confidence: string;
  production: string;
}

/** One row per workload: pick, status (pilot never unqualified; preview builds flagged), confidence in words, the production choice. */
export function decisionRows(rec: Recommendation): DecisionRow[] {
  const name = namesOf(rec);
  return workloadSummaries(rec).map((s, i) => {
    const w = rec.workloads[i];
    const preview = w ? previewBuilds(rec, w) : new Map<string, string[]>();
    const previewNote = (model: string) => {
      const list = preview.get(model);
      return list ? `; its ${list.join(', ')} figure${list.length > 1 ? 's were' : ' was'} measured on a preview build` : '';
    };
    const r = w?.recommendation ?? null;
    if (!r || s.pick === null) {
      return {
        workload: s.name,
        share: s.share,
        pick: 'No eligible model',
        status: w ? readable(rec)(blockedText(w)) : '',
        confidence: '—',
        production: 'none',
      };
    }
    const status =
      s.status === 'pilot' ? `Pilot only: no generally-available API${previewNote(r.model)}` : `Production${previewNote(r.model)}`;
    const confidence = s.confidence ? `${CONFIDENCE_WORD[s.confidence]}${s.why ? `: ${s.why}` : ''}` : '—';
    const production =
      s.status === 'pilot' ? (r.alternative ? `${r.alternative.name}${previewNote(r.alternative.model)}` : 'none eligible') : name(r.model);
    return { workload: s.name, share: s.share, pick: s.pick, status, confidence, production };
  });
}

/** The verdict paragraph(s), or why there is none. */
export function verdictText(rec: Recommendation): string[] {
  const v = verdictOf(rec);
  return v
    ? verdictSentences(v)
    : ['No verdict: at least one workload has no eligible model, so neither routing nor one model covers the mix.'];
}

/** When to look again: stale data, and the shares beyond which the one-model pick changes. */
export function reEvaluateWhen(rec: Recommendation): string[] {
  const out: string[] = [];
  const d = rec.dataset;
  if (d.stale && d.ageDays !== null)
    out.push(`Now: the newest published figure is ${d.ageDays} days old, past the method's ${rec.method.staleAfterDays}-day limit.`);
  const single = rec.portfolio.singleModel;
  if (single) {
    const wname = new Map(rec.workloads.map((w) => [w.workload, w.name]));
    for (const b of single.breakEven) {
      if (b.low <= 0 && b.high >= 1) continue;
      // The workload's share trigger says the same; it is listed with the other triggers below.
      if (rec.workloads.some((w) => w.workload === b.workload && w.triggers.some((t) => t.kind === 'share'))) continue;
      const move =
        b.low <= 0
          ? `rises above ${pct(b.high)}`
          : b.high >= 1
            ? `falls below ${pct(b.low)}`
            : `moves outside ${pct(b.low)}–${pct(b.high)}`;
      out.push(
        `If ${wname.get(b.workload) ?? b.workload} ${move} of the mix (now ${pct(b.share)}), ${single.name} is no longer the best single model.`,
      );
    }
  }
  for (const w of rec.workloads) {
    const r = w.recommendation;
    // The governance trigger says the same as this line, with what the pick becomes: it replaces it.
    const named = w.triggers.some((t) => t.kind === 'governance' && t.message.includes(r?.name ?? '\0'));
    if (r?.status === 'pilot' && !named)
      out.push(`When ${r.name}'s API becomes generally available: it then leads ${w.name} in production.`);
    // A confidence trigger is the evaluation that would settle the pick, already shown as "To settle it" with the workload.
    out.push(...triggerLines({ triggers: w.triggers.filter((t) => !(t.kind === 'confidence' && t.message === r?.settle?.message)) }));
  }
  return out;
}

/**
 * A workload no model passes, in place of its table: every model with why it is ruled out, then what would give
 * an answer (dropping a requirement, verifying an unknown fact). Verification steps are indented "  ".
 */
export function blockedLines(rec: Recommendation, w: WorkloadResult): string[] {
  const words = readable(rec);
  const ids = new Set(rec.requirements.map((r) => r.id));
  // "Without "sla"": the requirement's own name in quotes reads better than its id.
  const named = (l: string) => words(l.replace(/"([\w.-]+)"/g, (m, id: string) => (ids.has(id) ? id : m)));
  const ruledOut = w.ranking.map((e) => `${e.name} (${ineligibleText(e, rec)})`).join('; ');
  return [`Ruled out: ${ruledOut}`, ...unblockLines(w).map(named)];
}

/** "50% / 50% / 0%": shares of the workload's weight backed by measured figures, by ranges or words, and by proxies. */
export const splitCell = (s: RankingEntry['coverageSplit']) =>
  [s.measured, s.partial, s.proxy].map((x) => `${Math.round(x * 100)}%`).join(' / ');

export const SPLIT_HEAD = 'Coverage split (measured / range or words / proxy)';

/**
 * What a workload's section says before its table: how sure the pick is (tie, challenger, settle, fragile),
 * who is not assessed and what they lack, and the sources' own verdicts, a disagreement said plainly.
 */
export function workloadNotes(rec: Recommendation, w: WorkloadResult): string[] {
  const info = benchmarkInfo(rec);
  const words = readable(rec);
  return honestyLines(w, (id) => info(id).name).map(words);
}

/** Eligibility in words: a pilot-only model is never a bare "yes". */
export function eligibleText(e: RankingEntry, rec: Recommendation): string {
  if (!e.eligible) return `No: ${ineligibleText(e, rec)}`;
  return e.status === 'pilot' ? 'Yes, pilot only (no generally-available API)' : 'Yes';
}

export interface ScoreRow {
  model: string;
  score: string;
  range: string;
  win: string;
  coverage: string;
  split: string;
  eligible: string;
}

export function scoreRows(w: WorkloadResult, rec: Recommendation): ScoreRow[] {
  return w.ranking.map((e) => ({
    model: e.name,
    score: e.eligible && e.assessed ? num(e.score) : '—',
    range: range(e.low, e.high),
    win: winCell(e, w.ranking),
    coverage: pct(e.coverage),
    split: splitCell(e.coverageSplit),
    eligible: e.eligible && !e.assessed ? `${eligibleText(e, rec)}; not assessed (no figures of its own)` : eligibleText(e, rec),
  }));
}

/** "NeuralWired, 2026-04-09": a source as people cite it. */
export function sourceCitation(rec: Recommendation): (id: string) => string {
  const map = new Map(rec.dataset.sources.map((s) => [s.id, s]));
  return (id) => {
    const s = map.get(id);
    return s ? `${s.publisher}, ${s.date}` : id;
  };
}

export interface EvidenceLine {
  model: string;
  benchmark: string;
  figure: string;
  source: string;
}

/** The figures a workload's scores rest on, cited by publisher and date; the source's own words, not curation notes. */
export function evidenceLines(w: WorkloadResult, rec: Recommendation, info: BenchmarkInfo = benchmarkInfo(rec)): EvidenceLine[] {
  const name = namesOf(rec);
  const cite = sourceCitation(rec);
  return w.evidence.map((ev) => {
    const b = info(ev.benchmark);
    const fromYou = ev.origin !== 'bundled' ? ` (your file ${ev.origin})` : '';
    return { model: name(ev.model), benchmark: b.name, figure: formatFigure(ev, b.unit), source: `${cite(ev.source)}${fromYou}` };
  });
}

/** The method in one paragraph. */
export function methodParagraph(rec: Recommendation): string {
  const m = rec.method;
  return [
    'Each benchmark is mapped to 0–1 by fixed bounds of its own scale, never by rescaling against the models present, and a workload’s score is the weighted sum of its benchmarks' +
      (m.costWeight > 0 ? ` blended with token efficiency (cost weight ${m.costWeight}).` : '.'),
    `Every figure carries its benchmark’s noise band; ranges and words in the sources become intervals; a missing figure spans the benchmark’s plausible band (or its whole scale) and counts at its worst end in the score, and a figure measured on a sibling model counts as a proxy (a further ±${m.proxyPad}). A model with no figures of its own on a workload is not assessed there: not ranked and never the pick.`,
    `${m.samples.toLocaleString('en-US')} seeded random draws over those intervals give each model’s win probability.`,
    `Confidence: clear means the pick ${CONFIDENCE_MEANING.clear}; likely, it is ${CONFIDENCE_MEANING.likely}; tie, it ${CONFIDENCE_MEANING.tie}; unresolved, it ${CONFIDENCE_MEANING.unresolved}.`,
    `Governance requirements are hard gates, and an unknown fact rules a model out as unverified; evidence older than ${m.staleAfterDays} days is flagged as stale.`,
  ].join(' ');
}
