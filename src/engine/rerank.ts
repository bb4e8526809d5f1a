import type { MergedModel } from '../dataset/schema.js';
import { contender, tiedGroup } from './confidence.js';
import { gateReasons } from './gates.js';
import { figureInterval } from './intervals.js';
import { type Chosen, choosePick } from './pick.js';
import { type Entry, rankingOrder } from './rank.js';
import type { Obs } from './resolve.js';
import { BASES, type ScoringContext, scoreModel } from './score.js';

// "What if one thing about one model were different?", answered by the engine's own ranking order and pick
// rule (rank.ts, pick.ts), at point scores and with the win probabilities already drawn: nothing is
// re-sampled. One model changes, so it is taken out of the ranked list and put back where the ranking order
// places it: O(models) per question, which keeps triggers cheap with 1,000 models.

/** The workload's eligible entries (in ranking order) with `changed` in place of its old entry. */
export function reranked(eligible: readonly Entry[], changed: Entry): Entry[] {
  const rest = eligible.filter((e) => e.model.id !== changed.model.id);
  if (!changed.eligible) return rest;
  const at = rest.findIndex((e) => rankingOrder(changed, e) < 0);
  rest.splice(at < 0 ? rest.length : at, 0, changed);
  return rest;
}

/** The pick if `changed` replaced its entry (with its production alternative and confidence, over the whole list). */
export const pickAfter = (eligible: readonly Entry[], changed: Entry, benchmarkName: (id: string) => string): Chosen | null =>
  choosePick(reranked(eligible, changed), 0, benchmarkName);

/**
 * Only which model the pick would be if `changed` replaced its entry: the pick rule's tied group (confidence.ts
 * tiedGroup, the same one choosePick uses) over the two best others and `changed`, without building the whole
 * pick (reasons, settle, runner-up). A figure threshold asks this dozens of times per challenger.
 */
export function pickModelAfter(eligible: readonly Entry[], changed: Entry): string | null {
  const head: Entry[] = [];
  for (const e of eligible) {
    if (e.model.id === changed.model.id) continue;
    head.push(e);
    if (head.length === 2) break;
  }
  if (changed.eligible) head.push(changed);
  const group = tiedGroup(head.map((e) => contender(e)));
  return group.length > 0 ? (head[group[0] as number] as Entry).model.id : null;
}

/** The model a workload can put in production: the pick when its API is generally available, else its alternative. */
export function productionPick(chosen: Chosen | null): { model: string; name: string } | null {
  if (!chosen) return null;
  const { pick } = chosen;
  if (pick.status === 'production') return { model: pick.model, name: pick.name };
  return pick.alternative ? { model: pick.alternative.model, name: pick.alternative.name } : null;
}

/** The entry with some governance facts set to "yes", its gates redone against the profile's requirements. */
export function withFacts(e: Entry, facts: readonly string[], requirements: readonly string[]): Entry {
  const governance = { ...e.model.governance };
  for (const key of facts) governance[key] = { value: 'yes' };
  const model: MergedModel = { ...e.model, governance };
  const excluded = e.gates.some((g) => g.code === 'excluded');
  const gates = gateReasons(model, requirements, excluded);
  return { ...e, model, gates, eligible: gates.length === 0 };
}

/**
 * `fn` applied to the entry as it would be with a measured figure on one benchmark (placed by the engine's own
 * figureInterval, so with the benchmark's noise band, as an overlay's figure would be), scored by scoreModel. The model's term is set in place for the duration of `fn` (so the ranking order's tie-breaks on
 * the terms see it too) and restored before returning: a copy of the row per question gave scoreModel a second
 * shape of terms, and V8 de-optimised it on every call.
 */
export function atFigure<T>(ctx: ScoringContext, e: Entry, benchmark: string, figure: number, fn: (changed: Entry) => T): T {
  const s = e.score;
  const bench = ctx.benchmarks.get(benchmark);
  const column = s.terms.columns.get(benchmark);
  if (!bench || column === undefined) return fn(e);
  const { lo, hi, point, noise, basis, observation } = s.terms;
  const t = s.row + column;
  const saved = {
    lo: lo[t] as number,
    hi: hi[t] as number,
    point: point[t] as number,
    noise: noise[t] as number,
    basis: basis[t] as number,
    observation: observation[t] ?? null,
  };
  // Only the value matters to the interval (no sample size, not a sibling's): the rest of an observation is not read.
  const iv = figureInterval(bench, { model: e.model.id, benchmark, value: figure } as Obs);
  lo[t] = iv.lo;
  hi[t] = iv.hi;
  point[t] = iv.point;
  noise[t] = iv.noise;
  basis[t] = BASES.indexOf('measured');
  observation[t] = null;
  try {
    return fn({ ...e, score: scoreModel(ctx, s.terms, s.row, s.layout) });
  } finally {
    lo[t] = saved.lo;
    hi[t] = saved.hi;
    point[t] = saved.point;
    noise[t] = saved.noise;
    basis[t] = saved.basis;
    observation[t] = saved.observation;
  }
}
