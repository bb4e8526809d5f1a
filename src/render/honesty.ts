import type { Contribution, RankingEntry, Recommendation, WorkloadResult } from '../engine/schema.js';
import { formatFigure, fromFile, num, pct } from './format.js';

// What every format says about how far to trust a pick: the confidence lines, the win probability as shown,
// and the --explain rows of a model's score.

type Pick = NonNullable<WorkloadResult['recommendation']>;

// The words every format uses for how sure a pick is: the confidence word, a tie, the challenger, what would
// settle it, fragile constants, models not assessed and the sources' own verdicts. Plain sentences; each
// renderer neutralises them for its medium and lays them out.

const WORD: Record<Pick['confidence'], string> = {
  clear: 'CLEAR',
  likely: 'LIKELY',
  tie: 'TIE',
  unresolved: 'UNRESOLVED',
};

/** "Confidence: TIE — Gemini 3.1 Pro and Muse Spark cannot be separated; …" */
export function confidenceLine(r: Pick): string {
  const word = WORD[r.confidence];
  if (r.confidence === 'tie') {
    const names = [r.name, ...r.tiedWith.map((t) => t.name)].join(' and ');
    return `Confidence: ${word} — ${names} cannot be separated (the lead is within the figures' noise); ${r.name} is picked by the tie rule (production-ready first, then coverage)`;
  }
  if (r.confidence === 'unresolved') {
    const vs = r.challenger ? ` over ${r.challenger.name}` : '';
    const why =
      r.challenger && r.sharedEvidence.benchmarks.length === 0
        ? 'they share no benchmark'
        : r.challenger
          ? 'it does not lead on the benchmarks both have figures on'
          : 'no other model is assessed';
    return `Confidence: ${word} — no lead${vs} on shared evidence (${why}); the lead exists only through estimates`;
  }
  if (r.confidence === 'likely') return `Confidence: ${word} — ahead, but not by more than the figures' noise, or not on every test`;
  return `Confidence: ${word} — ahead beyond the noise, on shared evidence, well covered`;
}

/** The challenger, when it is not the runner-up (the closest score). */
export function challengerLine(r: Pick): string | null {
  if (!r.challenger || r.challenger.model === r.runnerUp?.model) return null;
  return `Challenger (the other model most likely to win): ${r.challenger.name}, ${pct(r.challenger.winProbability)} of draws; closest score: ${r.runnerUp?.name ?? '—'}`;
}

export function fragileLine(r: Pick): string | null {
  if (r.fragile.length === 0) return null;
  const items = r.fragile.map((f) => `${f.constant} ${f.alternative} (not ${f.value}) → ${f.flipsTo.name}`);
  return `FRAGILE: the pick changes within the plausible range of constants no source gives: ${items.join('; ')}`;
}

export function settleLine(r: Pick): string | null {
  return r.settle ? `To settle it: ${r.settle.message}` : null;
}

export function notAssessedLine(w: WorkloadResult, benchmarkName: (id: string) => string): string | null {
  if (w.notAssessed.length === 0) return null;
  const items = w.notAssessed.map((n) => `${n.name} (no figures of its own on ${n.missing.map(benchmarkName).join(', ')})`);
  return `Not assessed (not ranked, never the pick): ${items.join('; ')}`;
}

export function verdictLines(w: WorkloadResult): string[] {
  return w.verdicts.map(
    (v) => `Source verdict (${v.source}, ${v.date}): "${v.quote}" — ${v.agrees === false ? 'DISAGREES: ' : ''}${v.message}`,
  );
}

/** "m50 p50 x0": the shares of weight backed by measured figures, ranges or words, and proxies (the rest is gaps). */
export const splitText = (s: RankingEntry['coverageSplit']) =>
  `m${Math.round(s.measured * 100)} p${Math.round(s.partial * 100)} x${Math.round(s.proxy * 100)}`;

/**
 * A model's win probability for display. A Monte Carlo share of 0 is exact only when the model cannot win: its
 * best case is below another competing model's worst case (the engine never draws it). A model that could win
 * but won none of the draws is shown as "<1%", never "0%".
 */
export function winText(e: RankingEntry, ranking: readonly RankingEntry[]): string {
  if (e.winProbability === null) return 'not assessed';
  if (e.winProbability !== 0) return pct(e.winProbability);
  const others = ranking.filter((o) => o !== e && o.eligible && o.winProbability !== null);
  const beaten = others.some((o) => o.low > e.high);
  return beaten ? pct(0) : '<1%';
}

/** A ranking row's win probability: "—" when the model is ineligible, else as winText gives it. */
export const winCell = (e: RankingEntry, ranking: readonly RankingEntry[]) => (!e.eligible ? '—' : winText(e, ranking));

/** Every line above for a workload with a pick, in reading order. */
export function honestyLines(w: WorkloadResult, benchmarkName: (id: string) => string): string[] {
  const r = w.recommendation;
  const lines: (string | null)[] = r ? [confidenceLine(r), challengerLine(r), settleLine(r), fragileLine(r)] : [];
  lines.push(notAssessedLine(w, benchmarkName), ...verdictLines(w));
  return lines.filter((x): x is string => x !== null);
}

// The --explain view: each benchmark's part in a model's score, with the figure or what stood in for it.

type Unit = Recommendation['benchmarks'][number]['unit'];
export type BenchmarkInfo = (id: string) => { name: string; unit: Unit };

export function benchmarkInfo(rec: Recommendation): BenchmarkInfo {
  const map = new Map(rec.benchmarks.map((b) => [b.id, b]));
  return (id) => map.get(id) ?? { name: id, unit: 'score' };
}

const BASIS: Record<Contribution['basis'], string> = {
  measured: 'measured',
  range: 'range',
  label: 'words',
  proxy: 'PROXY',
  missing: 'MISSING',
};

/** A figure as reported, or what stood in for it. */
export function contributionFigure(c: Contribution, unit: Unit): string {
  if (c.basis === 'missing') {
    const words = c.label ? `“${c.label}” (words only); ` : '';
    return c.normalizedLow === 0 && c.normalizedHigh === 1 ? `${words}no figure: whole scale` : `${words}no figure: peers’ span`;
  }
  const shown = {
    value: c.value ?? undefined,
    low: c.low ?? undefined,
    high: c.high ?? undefined,
    label: c.label ?? undefined,
  };
  return formatFigure(shown, unit);
}

export function contributionSource(c: Contribution): string {
  if (!c.source) return '—';
  return `${c.source}, ${c.date}${fromFile(c.origin)}`;
}

export function normalisedText(c: Contribution): string {
  return c.normalizedLow === c.normalizedHigh
    ? num(c.normalized)
    : `${num(c.normalized)} (${num(c.normalizedLow, 2)}–${num(c.normalizedHigh, 2)})`;
}

/** One row per benchmark in a model's workload score, plus the efficiency term when it counts. */
export function explainRows(e: RankingEntry, info: BenchmarkInfo): string[][] {
  const all =
    e.efficiencyContribution && e.efficiencyContribution.weight > 0 ? [...e.contributions, e.efficiencyContribution] : e.contributions;
  return all.map((c) => {
    const b = info(c.benchmark);
    return [
      b.name,
      num(c.weight, 2),
      contributionFigure(c, b.unit),
      BASIS[c.basis],
      normalisedText(c),
      num(c.contribution),
      contributionSource(c),
    ];
  });
}
