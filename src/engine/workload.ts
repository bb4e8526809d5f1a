import type { Model, WithOrigin } from '../dataset/schema.js';
import { collectCaveats } from './caveats.js';
import { collectEvidence } from './evidence.js';
import { choosePick, pickWarnings } from './pick.js';
import { Rng } from './prng.js';
import type { WorkloadShare } from './profile.js';
import { canonicalOrder, type Entry, rankingOrder } from './rank.js';
import { winProbabilities } from './sample.js';
import type { RankingEntry, Reason, Warning, WorkloadResult } from './schema.js';
import { type ScoringContext, scoreModel, workloadWeights } from './score.js';
import { conflictWarning, modeWarning, noFiguresWarning, proxyWarning } from './warnings.js';

/** A model and its verdict at the gates, which do not depend on the workload. */
export interface Candidate {
  model: WithOrigin<Model>;
  gates: Reason[];
}

export interface WorkloadContext extends ScoringContext {
  samples: number;
  seed: number;
}

export interface WorkloadOutcome {
  result: WorkloadResult;
  /** Every model, in ranking order. */
  entries: Entry[];
  warnings: Warning[];
}

const short = (r: Reason) =>
  r.code === 'unverified-requirement' ? `unverified ${r.requirement}` : r.code === 'excluded' ? 'excluded' : r.message;

function noRecommendation(entries: readonly Entry[]): string {
  if (entries.length === 0) return 'The dataset has no models.';
  return `No model passes the gates: ${entries.map((e) => `${e.model.name} (${e.gates.map(short).join('; ')})`).join(', ')}.`;
}

function rankingEntry(e: Entry): RankingEntry {
  const s = e.score;
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
    eligible: e.eligible,
    reasons: e.gates,
    contributions: s.contributions,
    efficiencyContribution: s.efficiencyContribution,
  };
}

/** The warnings a workload's figures raise: proxies and modes among eligible models, conflicts, blank benchmarks. */
function figureWarnings(
  ctx: WorkloadContext,
  entries: readonly Entry[],
  scored: readonly { benchmark: string; weight: number }[],
  name: string,
) {
  const warnings: Warning[] = [];
  const bench = (id: string) => ctx.benchmarks.get(id) as NonNullable<ReturnType<typeof ctx.benchmarks.get>>;
  for (const e of entries) {
    if (!e.eligible) continue;
    for (const o of e.score.proxies) warnings.push(proxyWarning(e.model, o, bench(o.benchmark)));
    for (const o of e.score.modes) warnings.push(modeWarning(e.model, o, bench(o.benchmark)));
  }
  const used = new Set(scored.map((w) => w.benchmark));
  const models = new Map(entries.map((e) => [e.model.id, e.model]));
  for (const figure of ctx.resolution.disputed) {
    const model = models.get(figure.model);
    if (!model || !used.has(figure.benchmark)) continue;
    for (const other of figure.conflicts) warnings.push(conflictWarning(model, figure.used, other, bench(figure.benchmark)));
  }
  for (const { benchmark, weight } of scored) {
    if (!ctx.spans.has(benchmark)) warnings.push(noFiguresWarning(bench(benchmark), name, weight));
  }
  return warnings;
}

/**
 * One workload: every model scored, the eligible ones sampled (in an order fixed by their figures, on a
 * stream named after the workload, so adding another workload to the mix changes nothing here), ranked,
 * and the best eligible one recommended with its confidence, status, evidence and caveats.
 */
export function evaluateWorkload(
  ctx: WorkloadContext,
  { workload, share }: WorkloadShare,
  candidates: readonly Candidate[],
): WorkloadOutcome {
  const weights = workloadWeights(workload);
  const entries: Entry[] = candidates.map((c) => ({
    model: c.model,
    eligible: c.gates.length === 0,
    gates: c.gates,
    score: scoreModel(ctx, c.model, weights),
    winProbability: 0,
  }));
  const competing = entries.filter((e) => e.eligible).sort(canonicalOrder);
  const p = winProbabilities(
    competing.map((e) => e.score),
    ctx.samples,
    new Rng(ctx.seed, workload.id),
  );
  competing.forEach((e, i) => {
    e.winProbability = p[i] as number;
  });
  entries.sort(rankingOrder);
  const eligible = entries.filter((e) => e.eligible);
  const chosen = choosePick(eligible, (id) => ctx.benchmarks.get(id)?.name ?? id);

  // Token counts are evidence only when the cost weight makes them count.
  const listed = [...weights.map((w) => w.benchmark), ...(ctx.efficiency && ctx.costWeight > 0 ? [ctx.efficiency.id] : [])];
  const scored = [
    ...weights.filter((w) => w.weight > 0),
    ...(ctx.efficiency && ctx.costWeight > 0 ? [{ benchmark: ctx.efficiency.id, weight: ctx.costWeight }] : []),
  ];
  const { evidence, superseded } = collectEvidence(
    ctx.resolution,
    entries.map((e) => e.model.id),
    listed,
  );
  const caveats = collectCaveats([
    ...scored.map((w) => ({ id: w.benchmark, caveats: ctx.benchmarks.get(w.benchmark)?.caveats ?? [] })),
    workload,
    ...(chosen ? [chosen.best.model] : []),
    ...(chosen?.alternative ? [chosen.alternative.model] : []),
  ]);

  const warnings = figureWarnings(ctx, entries, scored, workload.name);
  if (chosen) warnings.push(...pickWarnings(workload.name, chosen, eligible));

  const result: WorkloadResult = {
    workload: workload.id,
    name: workload.name,
    share,
    recommendation: chosen?.pick ?? null,
    ...(!chosen && { noRecommendationReason: noRecommendation(entries) }),
    ranking: entries.map(rankingEntry),
    evidence,
    superseded,
    caveats,
  };
  return { result, entries, warnings };
}
