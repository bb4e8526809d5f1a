import type { Model, WithOrigin } from '../dataset/schema.js';
import { probability as pct } from '../render/format.js';
import { LOW_COVERAGE, LOW_WIN_PROBABILITY, TIE_EPSILON } from './method.js';
import type { Reason } from './schema.js';
import type { ModelScore } from './score.js';

// A model on one workload (Entry), the orders models are ranked and sampled in, and why a pick is low-confidence.

/** A model on one workload: its gates, its score and, once sampled, its win probability (null when not assessed). */
export interface Entry {
  model: WithOrigin<Model>;
  eligible: boolean;
  gates: Reason[];
  score: ModelScore;
  winProbability: number | null;
}

/** Competing (eligible and assessed) first, then eligible but not assessed, then ineligible. */
const standing = (e: Entry) => (!e.eligible ? 2 : e.score.assessed ? 0 : 1);

/** Equal within TIE_EPSILON, as a transitive key: the one place the engine rounds. */
export const tieKey = (x: number) => Math.round(x / TIE_EPSILON);

/** Higher score, then higher worst and best case, then each term's interval in the workload's order. */
export function byFigures(a: ModelScore, b: ModelScore): number {
  const d = b.score - a.score || b.low - a.low || b.high - a.high;
  if (d !== 0) return d;
  // Both scores are on the same workload, so they share its layout.
  const { columns, efficiency } = a.layout;
  const [x, y] = [a.terms, b.terms];
  for (let i = 0; i < columns.length; i++) {
    const [p, q] = [a.row + (columns[i] as number), b.row + (columns[i] as number)];
    const e = (y.lo[q] as number) - (x.lo[p] as number) || (y.hi[q] as number) - (x.hi[p] as number);
    if (e !== 0) return e;
  }
  if (efficiency < 0) return 0;
  const [p, q] = [a.row + efficiency, b.row + efficiency];
  return (y.lo[q] as number) - (x.lo[p] as number) || (y.hi[q] as number) - (x.hi[p] as number);
}

const byId = (a: Entry, b: Entry) => (a.model.id < b.model.id ? -1 : a.model.id > b.model.id ? 1 : 0);

/** The order models are sampled in: by their figures, never by input order; ids only break full ties. */
export const canonicalOrder = (a: Entry, b: Entry) => byFigures(a.score, b.score) || byId(a, b);

/**
 * The published ranking: competing models first, then eligible ones not assessed, then ineligible ones; within
 * each, score; on equal scores the model backed by more of its own figures, then win probability, then the
 * figures, then id.
 */
export const rankingOrder = (a: Entry, b: Entry) =>
  standing(a) - standing(b) ||
  tieKey(b.score.score) - tieKey(a.score.score) ||
  tieKey(b.score.coverage) - tieKey(a.score.coverage) ||
  (b.winProbability ?? -1) - (a.winProbability ?? -1) ||
  canonicalOrder(a, b);

/**
 * Why a pick is low-confidence: it wins under LOW_WIN_PROBABILITY of the draws, real figures back under
 * LOW_COVERAGE of the weight, it rests on a sibling's figure, or another model wins more draws.
 */
export function confidenceReasons(pick: Entry, eligible: readonly Entry[], benchmarkName: (id: string) => string): Reason[] {
  const reasons: Reason[] = [];
  const name = pick.model.name;
  const p = pick.winProbability ?? 0;
  if (p < LOW_WIN_PROBABILITY) {
    reasons.push({
      code: 'low-win-probability',
      message: `${name} ranks first in only ${pct(p)} of the simulations (threshold ${pct(LOW_WIN_PROBABILITY)})`,
    });
  }
  if (pick.score.coverage < LOW_COVERAGE) {
    reasons.push({
      code: 'low-coverage',
      message: `its own figures cover only ${pct(pick.score.coverage)} of the workload's weight for ${name} (threshold ${pct(LOW_COVERAGE)}; a range or words count partly); the rest is estimated`,
    });
  }
  for (const o of pick.score.proxies) {
    reasons.push({
      code: 'proxy',
      message: `${name}'s ${benchmarkName(o.benchmark)} figure was measured on ${o.proxyFor?.measuredOn}, a sibling model`,
    });
  }
  const likeliest = eligible.reduce((best, e) => ((e.winProbability ?? 0) > (best.winProbability ?? 0) ? e : best), pick);
  const q = likeliest.winProbability ?? 0;
  if (likeliest !== pick && q > p + TIE_EPSILON) {
    reasons.push({
      code: 'not-most-likely-winner',
      message: `${likeliest.model.name} ranks first more often (${pct(q)} against ${pct(p)})`,
    });
  }
  return reasons;
}
