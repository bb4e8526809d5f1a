import type { Model, WithOrigin } from '../dataset/schema.js';
import { LOW_COVERAGE, LOW_WIN_PROBABILITY, TIE_EPSILON } from './method.js';
import type { Reason } from './schema.js';
import type { ModelScore } from './score.js';

/** A model on one workload: its gates, its score and, once sampled, its win probability. */
export interface Entry {
  model: WithOrigin<Model>;
  eligible: boolean;
  gates: Reason[];
  score: ModelScore;
  winProbability: number;
}

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
 * The published ranking: eligible first, then score; on equal scores the model backed by more real figures
 * (a measured figure is not outranked by a gap that merely spans it), then win probability, then the
 * figures, then id.
 */
export const rankingOrder = (a: Entry, b: Entry) =>
  Number(b.eligible) - Number(a.eligible) ||
  tieKey(b.score.score) - tieKey(a.score.score) ||
  tieKey(b.score.coverage) - tieKey(a.score.coverage) ||
  b.winProbability - a.winProbability ||
  canonicalOrder(a, b);

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Why a pick is low-confidence: it wins under LOW_WIN_PROBABILITY of the draws, real figures back under
 * LOW_COVERAGE of the weight, it rests on a sibling's figure, or another model wins more draws.
 */
export function confidenceReasons(pick: Entry, eligible: readonly Entry[], benchmarkName: (id: string) => string): Reason[] {
  const reasons: Reason[] = [];
  const name = pick.model.name;
  if (pick.winProbability < LOW_WIN_PROBABILITY) {
    reasons.push({
      code: 'low-win-probability',
      message: `${name} ranks first in only ${pct(pick.winProbability)} of the simulations (threshold ${pct(LOW_WIN_PROBABILITY)})`,
    });
  }
  if (pick.score.coverage < LOW_COVERAGE) {
    reasons.push({
      code: 'low-coverage',
      message: `real figures back only ${pct(pick.score.coverage)} of the workload's weight for ${name} (threshold ${pct(LOW_COVERAGE)}); the rest is estimated`,
    });
  }
  for (const o of pick.score.proxies) {
    reasons.push({
      code: 'proxy',
      message: `${name}'s ${benchmarkName(o.benchmark)} figure was measured on ${o.proxyFor?.measuredOn}, a sibling model`,
    });
  }
  const likeliest = eligible.reduce((best, e) => (e.winProbability > best.winProbability ? e : best), pick);
  if (likeliest !== pick && likeliest.winProbability > pick.winProbability + TIE_EPSILON) {
    reasons.push({
      code: 'not-most-likely-winner',
      message: `${likeliest.model.name} ranks first more often (${pct(likeliest.winProbability)} against ${pct(pick.winProbability)}), though ${name} scores at least as high`,
    });
  }
  return reasons;
}
