import { isGenerallyAvailable } from './gates.js';
import { DETAIL_MODELS } from './method.js';
import type { Entry } from './rank.js';
import type { Obs, Resolution } from './resolve.js';
import type { EvidenceItem, RankingEntry, WorkloadResult } from './schema.js';
import { contributionsOf, type ScoringContext } from './score.js';
import { noRecommendation, type WorkloadOutcome } from './workload.js';

// What a workload's published result shows: the observations behind each figure, and which models carry their
// contributions and evidence (the ones a reader acts on).

type Superseded = WorkloadResult['superseded'][number];

/** An observation exactly as the dataset holds it, with its origin: every figure shown can be traced. */
export function evidenceItem(o: Obs): EvidenceItem {
  const item: EvidenceItem = { model: o.model, benchmark: o.benchmark, source: o.source, date: o.date, origin: o.origin };
  if (o.value !== undefined) item.value = o.value;
  if (o.low !== undefined) item.low = o.low;
  if (o.high !== undefined) item.high = o.high;
  if (o.label !== undefined) item.label = o.label;
  if (o.quote !== undefined) item.quote = o.quote;
  if (o.note !== undefined) item.note = o.note;
  if (o.proxyFor !== undefined) item.proxyFor = { measuredOn: o.proxyFor.measuredOn };
  if (o.mode !== undefined) item.mode = o.mode;
  return item;
}

/**
 * The observations behind a workload's contributions, models in ranking order and benchmarks in the
 * workload's order, and the older ones they replaced.
 */
export function collectEvidence(
  resolution: Resolution,
  models: readonly string[],
  benchmarks: readonly string[],
): { evidence: EvidenceItem[]; superseded: Superseded[] } {
  const evidence: EvidenceItem[] = [];
  const superseded: Superseded[] = [];
  const unique = [...new Set(benchmarks)];
  for (const model of models) {
    const byBenchmark = resolution.figures.get(model);
    if (!byBenchmark) continue;
    for (const benchmark of unique) {
      const figure = byBenchmark.get(benchmark);
      if (!figure) continue;
      evidence.push(evidenceItem(figure.used));
      if (figure.superseded.length === 0) continue;
      const supersededBy = { source: figure.used.source, date: figure.used.date };
      for (const o of figure.superseded) superseded.push({ ...evidenceItem(o), supersededBy });
    }
  }
  return { evidence, superseded };
}

// Contributions and evidence are most of a report's weight: with 1,000 models they were 400,000 objects and
// most of the engine's time. Every model is still scored, sampled and ranked from its numbers; only the
// models a reader acts on are detailed, and their parts are built here, after ranking and the portfolio.

/**
 * The models a workload details: the first DETAIL_MODELS of its ranking and, wherever they rank, the pick, its
 * runner-up, its production alternative and the portfolio's single model.
 */
export function detailedModels(outcome: Pick<WorkloadOutcome, 'entries' | 'chosen'>, single: string | null): Set<string> {
  const ids = new Set(outcome.entries.slice(0, DETAIL_MODELS).map((e) => e.model.id));
  const pick = outcome.chosen?.pick;
  for (const id of [pick?.model, pick?.runnerUp?.model, pick?.challenger?.model, pick?.alternative?.model, single]) {
    if (id !== undefined && id !== null) ids.add(id);
  }
  return ids;
}

function rankingEntry(ctx: Pick<ScoringContext, 'efficiency' | 'costWeight'>, e: Entry, detailed: boolean): RankingEntry {
  const s = e.score;
  const { contributions, efficiencyContribution } = detailed
    ? contributionsOf(ctx, s)
    : { contributions: [], efficiencyContribution: null };
  return {
    model: e.model.id,
    name: e.model.name,
    score: s.score,
    low: s.low,
    high: s.high,
    quality: s.quality,
    efficiency: s.efficiency,
    winProbability: e.winProbability,
    coverage: s.coverage,
    coverageSplit: { ...s.split },
    assessed: s.assessed,
    eligible: e.eligible,
    status: isGenerallyAvailable(e.model) ? 'production' : 'pilot',
    reasons: e.gates,
    detailed,
    contributions,
    efficiencyContribution,
  };
}

/** A workload's published result: every model ranked, the detailed ones with their contributions and evidence. */
export function workloadResult(ctx: ScoringContext, o: WorkloadOutcome, single: string | null): Omit<WorkloadResult, 'triggers'> {
  const detailed = detailedModels(o, single);
  const { evidence, superseded } = collectEvidence(
    ctx.resolution,
    o.entries.filter((e) => detailed.has(e.model.id)).map((e) => e.model.id),
    o.listed,
  );
  return {
    workload: o.workload.id,
    name: o.workload.name,
    share: o.share,
    recommendation: o.chosen?.pick ?? null,
    ...(!o.chosen && { noRecommendationReason: noRecommendation(o.entries) }),
    ranking: o.entries.map((e) => rankingEntry(ctx, e, detailed.has(e.model.id))),
    evidence,
    superseded,
    caveats: o.caveats,
    notAssessed: o.notAssessed,
    verdicts: o.verdicts,
  };
}
