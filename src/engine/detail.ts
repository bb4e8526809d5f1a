import { collectEvidence } from './evidence.js';
import { isGenerallyAvailable } from './gates.js';
import { DETAIL_MODELS } from './method.js';
import type { Entry } from './rank.js';
import type { RankingEntry, WorkloadResult } from './schema.js';
import { contributionsOf, type ScoringContext } from './score.js';
import { noRecommendation, type WorkloadOutcome } from './workload.js';

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
