import { isGenerallyAvailable } from './gates.js';
import { byFigures, type Entry, tieKey } from './rank.js';
import type { Recommendation } from './schema.js';

// Across the mix: the routing plan (each workload's pick), the best single model and what it gives up, and the
// shares at which the single pick would change.

type Portfolio = Recommendation['portfolio'];

/** One workload as the portfolio sees it: its share, every model's entry, and its recommended model. */
export interface Routed {
  workload: string;
  share: number;
  entries: readonly Entry[];
  pick: string | null;
}

/** One model across the mix's workloads: its entry on each, for the one-model verdict. */
interface ModelAcross {
  id: string;
  name: string;
  /** The model's entry per workload, for a last tie-break on the figures themselves (never on ids). */
  entries: Entry[];
  /** Point score, coverage, win probability and worst case per workload, in the order of `routed`. */
  scores: number[];
  coverages: number[];
  wins: number[];
  lows: number[];
}

/** Compares two models' figures workload by workload: positive when m's come first. */
function byFiguresAcross(b: ModelAcross, m: ModelAcross): number {
  for (let i = 0; i < m.entries.length; i++) {
    const d = byFigures((b.entries[i] as Entry).score, (m.entries[i] as Entry).score);
    if (d !== 0) return d;
  }
  return 0;
}

const dot = (shares: readonly number[], xs: readonly number[]) => shares.reduce((s, w, i) => s + w * (xs[i] as number), 0);

/**
 * The range of workload k's share t (the other shares rescaled by (1 − t)/(1 − s_k)) in which `best` stays
 * the single pick. Each model's blend is t·a + (1 − t)·r — a the score on k, r its blend over the others at
 * their rescaled shares — a line in t, so each rival bounds t on one side at the root of the difference.
 */
function breakEven(k: number, shares: readonly number[], best: ModelAcross, across: readonly ModelAcross[]): { low: number; high: number } {
  const sk = shares[k] as number;
  const rest = (xs: readonly number[]) => shares.reduce((s, w, j) => (j === k ? s : s + w * (xs[j] as number)), 0) / (1 - sk);
  const [aBest, rBest] = [best.scores[k] as number, rest(best.scores)];
  let [low, high] = [0, 1];
  for (const m of across) {
    if (m === best) continue;
    const ad = aBest - (m.scores[k] as number);
    const rd = rBest - rest(m.scores);
    const slope = ad - rd;
    if (slope === 0) continue;
    const root = -rd / slope;
    if (slope > 0) low = Math.max(low, root);
    else high = Math.min(high, root);
  }
  // The current share is inside by construction; keep it so even when two blends tie to the last bit.
  return { low: Math.min(Math.max(low, 0), sk), high: Math.max(Math.min(high, 1), sk) };
}

/**
 * The routing plan (each workload's pick) and its blended score; the best single model for the whole mix
 * (the eligible model with the highest Σ share·score), what it gives up per workload against the plan, and
 * the exact shares at which the single pick would change.
 */
export function buildPortfolio(routed: readonly Routed[]): Portfolio {
  const routes = routed.map((r) => ({ workload: r.workload, model: r.pick, share: r.share }));
  const positive = routed.filter((r) => r.share > 0);
  const routedScore = (r: Routed) => r.entries.find((e) => e.model.id === r.pick)?.score.score;
  const blendedScore = positive.every((r) => r.pick !== null)
    ? positive.reduce((s, r) => s + r.share * (routedScore(r) as number), 0)
    : null;

  const shares = routed.map((r) => r.share);
  const byId = new Map<string, ModelAcross>();
  routed.forEach((r, i) => {
    for (const e of r.entries) {
      if (!e.eligible) continue;
      const m = byId.get(e.model.id) ?? {
        id: e.model.id,
        name: e.model.name,
        entries: [],
        scores: [],
        coverages: [],
        wins: [],
        lows: [],
      };
      m.entries[i] = e;
      m.scores[i] = e.score.score;
      m.coverages[i] = e.score.coverage;
      m.wins[i] = e.winProbability ?? 0;
      m.lows[i] = e.score.low;
      byId.set(e.model.id, m);
    }
  });
  const across = [...byId.values()];
  const blend = (m: ModelAcross) => dot(shares, m.scores);
  const bestOf = (pool: readonly ModelAcross[]) =>
    pool.reduce<ModelAcross | null>((b, m) => {
      if (!b) return m;
      const order =
        tieKey(blend(m)) - tieKey(blend(b)) ||
        dot(shares, m.wins) - dot(shares, b.wins) ||
        dot(shares, m.lows) - dot(shares, b.lows) ||
        byFiguresAcross(b, m) ||
        (m.id < b.id ? 1 : -1);
      return order > 0 ? m : b;
    }, null);
  const best = bestOf(across);
  if (!best || blendedScore === null) return { routes, blendedScore, singleModel: null };
  // Consolidating on a model nobody can use in production is not a plan: say so, and name the best one that is.
  const ga = (m: ModelAcross) => isGenerallyAvailable((m.entries.find(Boolean) as Entry).model);
  const production = ga(best) ? null : bestOf(across.filter(ga));

  const score = blend(best);
  const lossByWorkload = positive.map((r) => {
    const routedScoreValue = routedScore(r) as number;
    const singleScore = best.scores[routed.indexOf(r)] as number;
    return {
      workload: r.workload,
      routedModel: r.pick as string,
      routedScore: routedScoreValue,
      singleScore,
      loss: routedScoreValue - singleScore,
    };
  });
  const breakEvens = routed.flatMap((r, k) =>
    r.share < 1 ? [{ workload: r.workload, share: r.share, ...breakEven(k, shares, best, across) }] : [],
  );
  return {
    routes,
    blendedScore,
    singleModel: {
      model: best.id,
      name: best.name,
      score,
      status: ga(best) ? 'production' : 'pilot',
      alternative: production
        ? { model: production.id, name: production.name, score: blend(production), totalLoss: blendedScore - blend(production) }
        : null,
      lossByWorkload,
      totalLoss: blendedScore - score,
      breakEven: breakEvens,
    },
  };
}
