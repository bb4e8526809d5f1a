import type { MergedModel } from '../dataset/schema.js';
import { gateReasons } from './gates.js';
import { normalize } from './normalize.js';
import { type Chosen, choosePick } from './pick.js';
import { type Entry, rankingOrder } from './rank.js';
import { BASES, type ScoringContext, scoreModel, type Terms } from './score.js';

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
  choosePick(reranked(eligible, changed), benchmarkName);

/**
 * Only which model the pick would be if `changed` replaced its entry: the first of the ranking, so the head of the
 * list is enough (the two best others and `changed` where the ranking order puts it). O(1): a figure threshold
 * asks this dozens of times per challenger.
 */
export function pickModelAfter(eligible: readonly Entry[], changed: Entry, benchmarkName: (id: string) => string): string | null {
  const head: Entry[] = [];
  for (const e of eligible) {
    if (e.model.id === changed.model.id) continue;
    head.push(e);
    if (head.length === 2) break;
  }
  return choosePick(reranked(head, changed), benchmarkName)?.pick.model ?? null;
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

/** The entry with an exact figure on one benchmark, scored by the engine's own scoreModel on a one-row copy of its terms. */
export function withFigure(ctx: ScoringContext, e: Entry, benchmark: string, figure: number): Entry {
  const s = e.score;
  const bench = ctx.benchmarks.get(benchmark);
  const column = s.terms.columns.get(benchmark);
  if (!bench || column === undefined) return e;
  const [from, to] = [s.row, s.row + s.terms.columns.size];
  const one: Terms = {
    columns: s.terms.columns,
    rows: new Map([[e.model.id, 0]]),
    lo: s.terms.lo.slice(from, to),
    hi: s.terms.hi.slice(from, to),
    point: s.terms.point.slice(from, to),
    basis: s.terms.basis.slice(from, to),
    observation: s.terms.observation.slice(from, to),
  };
  const x = normalize(figure, bench);
  one.lo[column] = x;
  one.hi[column] = x;
  one.point[column] = x;
  one.basis[column] = BASES.indexOf('measured');
  one.observation[column] = null;
  return { ...e, score: scoreModel(ctx, one, 0, s.layout) };
}
