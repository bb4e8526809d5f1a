import { isGenerallyAvailable } from './gates.js';
import { LOW_COVERAGE, LOW_WIN_PROBABILITY } from './method.js';
import { type Entry, tieKey } from './rank.js';
import { type ModelScore, REAL } from './score.js';

// How sure a pick is, in one word. The rules (docs/scoring.md, "The pick and how sure it is"):
// - tie: another model's headline score is within half the two models' combined noise of the top score;
// - unresolved: the pick does not lead its challenger on the evidence both have (no shared benchmark, or it
//   trails or draws there), or no other model is assessed while unassessed ones could compete;
// - clear: the lead over the runner-up and the challenger exceeds their combined noise, and the pick wins at
//   least LOW_WIN_PROBABILITY of the draws, has coverage of at least LOW_COVERAGE and rests on no proxy;
// - likely: everything else.

export type Confidence = 'clear' | 'likely' | 'tie' | 'unresolved';

/** What the tie rule needs of a model: its headline score and noise, and what orders a tie. */
export interface Contender {
  id: string;
  score: number;
  low: number;
  noise: number;
  coverage: number;
  production: boolean;
}

export const contender = (e: Entry, score: ModelScore = e.score): Contender => ({
  id: e.model.id,
  score: score.score,
  low: score.low,
  noise: score.noise,
  coverage: score.coverage,
  production: isGenerallyAvailable(e.model),
});

/** Two scores cannot be separated when the lead is under half their combined noise (TIE_EPSILON aside). */
export const inseparable = (a: Contender, b: Contender) => tieKey(Math.abs(a.score - b.score)) < tieKey((a.noise + b.noise) / 2);

/** Among tied models: production-ready first, then more coverage, then the higher score, worst case, then id. Never the seed. */
export const tieOrder = (a: Contender, b: Contender) =>
  Number(b.production) - Number(a.production) ||
  tieKey(b.coverage) - tieKey(a.coverage) ||
  tieKey(b.score) - tieKey(a.score) ||
  tieKey(b.low) - tieKey(a.low) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The pick among assessed eligible contenders: the top score and every model it cannot be separated from form
 * the tied group, ordered by tieOrder. Returns indices into `all` (pick first), or [] when there is none.
 */
export function tiedGroup(all: readonly Contender[]): number[] {
  let top = -1;
  for (let i = 0; i < all.length; i++) {
    const c = all[i] as Contender;
    if (top < 0 || tieKey(c.score) > tieKey((all[top] as Contender).score)) top = i;
  }
  if (top < 0) return [];
  const head = all[top] as Contender;
  const group: number[] = [];
  for (let i = 0; i < all.length; i++) if (i === top || inseparable(head, all[i] as Contender)) group.push(i);
  return group.sort((i, j) => tieOrder(all[i] as Contender, all[j] as Contender));
}

/** Each model's weighted points over the benchmarks (weight above 0) where both have evidence of their own. */
export function sharedEvidence(a: ModelScore, b: ModelScore): { benchmarks: string[]; a: number; b: number } {
  const { weights, columns } = a.layout;
  const out = { benchmarks: [] as string[], a: 0, b: 0 };
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k] as { benchmark: string; weight: number };
    if (w.weight <= 0) continue;
    const [p, q] = [a.row + (columns[k] as number), b.row + (columns[k] as number)];
    if (!REAL[a.terms.basis[p] as number] || !REAL[b.terms.basis[q] as number]) continue;
    out.benchmarks.push(w.benchmark);
    out.a += w.weight * (a.terms.point[p] as number);
    out.b += w.weight * (b.terms.point[q] as number);
  }
  return out;
}

/** The workload's weighted benchmarks on which a model has no evidence of its own. */
export function lacking(s: ModelScore): string[] {
  const { weights, columns } = s.layout;
  const out: string[] = [];
  for (let k = 0; k < weights.length; k++) {
    const w = weights[k] as { benchmark: string; weight: number };
    if (w.weight > 0 && !REAL[s.terms.basis[s.row + (columns[k] as number)] as number]) out.push(w.benchmark);
  }
  return out;
}

export interface Judgement {
  confidence: Confidence;
  /** Whether the pick leads its challenger on the benchmarks both have figures on; null without a challenger. */
  leadsOnSharedEvidence: boolean | null;
  shared: string[];
}

/** The confidence word for a pick, given its challenger, runner-up and tied models. */
export function judge(
  pick: Entry,
  challenger: Entry | null,
  runnerUp: Entry | null,
  tied: readonly Entry[],
  unassessedRivals: number,
): Judgement {
  const shared = challenger ? sharedEvidence(pick.score, challenger.score) : null;
  const leads = shared ? shared.benchmarks.length > 0 && tieKey(shared.a) > tieKey(shared.b) : null;
  const base = { leadsOnSharedEvidence: leads, shared: shared?.benchmarks ?? [] };
  if (tied.length > 0) return { confidence: 'tie', ...base };
  if (leads === false || (challenger === null && unassessedRivals > 0)) return { confidence: 'unresolved', ...base };
  const p = contender(pick);
  const separated = [runnerUp, challenger].every((e) => {
    if (!e) return true;
    const o = contender(e);
    return tieKey(p.score - o.score) >= tieKey(p.noise + o.noise);
  });
  const sure =
    separated &&
    (pick.winProbability ?? 0) >= LOW_WIN_PROBABILITY &&
    pick.score.coverage >= LOW_COVERAGE &&
    pick.score.proxies.length === 0;
  return { confidence: sure ? 'clear' : 'likely', ...base };
}
