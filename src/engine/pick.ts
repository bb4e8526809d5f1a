import { allOf } from '../errors.js';
import { isGenerallyAvailable, pilotReason } from './gates.js';
import { LOW_COVERAGE, LOW_WIN_PROBABILITY } from './method.js';
import { confidenceReasons, type Entry, tieKey } from './rank.js';
import type { Reason, RecommendationPick, Warning } from './schema.js';
import { type ModelScore, REAL } from './score.js';
import { lowConfidenceWarning, pilotWarning } from './warnings.js';

// The pick rule: which assessed eligible model a workload recommends, with its runner-up, challenger and
// production alternative, what would settle it, and how sure it is (judge).

export interface Chosen {
  pick: RecommendationPick;
  best: Entry;
  alternative: Entry | null;
  challenger: Entry | null;
  runnerUp: Entry | null;
}

/** The other model most likely to win: the highest win probability, ranking order breaking a tie. */
function challengerOf(competing: readonly Entry[], best: Entry): Entry | null {
  let out: Entry | null = null;
  for (const e of competing) {
    if (e === best) continue;
    if (!out || (e.winProbability ?? 0) > (out.winProbability ?? 0)) out = e;
  }
  return out;
}

/** The evaluation that would settle a tied or unresolved pick: what each model lacks, and how to bring results in. */
function settleOf(
  confidence: Confidence,
  models: readonly Entry[],
  allBenchmarks: readonly string[],
  benchmarkName: (id: string) => string,
): RecommendationPick['settle'] {
  if (confidence !== 'tie' && confidence !== 'unresolved') return null;
  const parts: string[] = [];
  const ids = new Set<string>();
  for (const e of models) {
    const missing = lacking(e.score);
    if (missing.length === 0) continue;
    for (const b of missing) ids.add(b);
    parts.push(`${allOf(missing.map(benchmarkName))} on ${e.model.name}`);
  }
  const bring =
    'then bring the results in with --data FILE (an overlay of observations citing your own source; "model-advisor data init" writes an example)';
  if (parts.length > 0) {
    const order = allBenchmarks.filter((b) => ids.has(b));
    return { benchmarks: order, message: `Run ${parts.join(', and ')}, ${bring}.` };
  }
  const names = allOf(models.map((e) => e.model.name));
  return {
    benchmarks: [...allBenchmarks],
    message: `Run ${allOf(allBenchmarks.map(benchmarkName))} on ${names} yourself, on enough tasks to narrow the noise (give the count as "n"), ${bring}.`,
  };
}

function confidenceReason(
  confidence: Confidence,
  best: Entry,
  tied: readonly Entry[],
  challenger: Entry | null,
  shared: string[],
): Reason[] {
  const name = best.model.name;
  if (confidence === 'tie') {
    return [
      {
        code: 'tie',
        message: `${name} cannot be separated from ${allOf(tied.map((e) => e.model.name))}: the lead is smaller than the figures' noise; picked by the tie rule (production-ready first, then coverage)`,
      },
    ];
  }
  if (confidence !== 'unresolved') return [];
  if (!challenger) {
    return [{ code: 'unresolved', message: `${name} is the only model assessed here; the others have no figures of their own` }];
  }
  const other = challenger.model.name;
  const message =
    shared.length === 0
      ? `${name} and ${other} share no benchmark here: the lead exists only through estimates of figures one of them lacks`
      : `${name} does not lead ${other} on the benchmarks both have figures on; its lead exists only through estimates`;
  return [{ code: 'unresolved', message }];
}

/**
 * The recommendation among the assessed eligible models (in ranking order): the top score and every model it
 * cannot be separated from are a tie, broken by tieOrder (never the seed); a pilot (with the best
 * generally-available model as alternative) unless its API is generally available; the runner-up is the next
 * best score, the challenger the other model most likely to win. Null when no model is assessed and eligible.
 */
export function choosePick(competing: readonly Entry[], unassessedRivals: number, benchmarkName: (id: string) => string): Chosen | null {
  const group = tiedGroup(competing.map((e) => contender(e)));
  if (group.length === 0) return null;
  const best = competing[group[0] as number] as Entry;
  const tied = group.slice(1).map((i) => competing[i] as Entry);
  const runnerUp = competing.find((e) => e !== best) ?? null;
  const challenger = challengerOf(competing, best);
  const production = isGenerallyAvailable(best.model);
  const alternative = production ? null : (competing.find((e) => isGenerallyAvailable(e.model)) ?? null);
  const { confidence, leadsOnSharedEvidence, shared } = judge(best, challenger, runnerUp, tied, unassessedRivals);
  const reasons = [...confidenceReason(confidence, best, tied, challenger, shared), ...confidenceReasons(best, competing, benchmarkName)];
  const weighted = best.score.layout.weights.filter((w) => w.weight > 0).map((w) => w.benchmark);
  const settleModels = [best, ...(confidence === 'tie' ? tied : challenger ? [challenger] : [])];
  const pick: RecommendationPick = {
    model: best.model.id,
    name: best.model.name,
    status: production ? 'production' : 'pilot',
    alternative: alternative
      ? {
          model: alternative.model.id,
          name: alternative.model.name,
          score: alternative.score.score,
          winProbability: alternative.winProbability ?? 0,
        }
      : null,
    confidence,
    tiedWith: tied.map((e) => ({ model: e.model.id, name: e.model.name })),
    challenger: challenger
      ? { model: challenger.model.id, name: challenger.model.name, winProbability: challenger.winProbability ?? 0 }
      : null,
    sharedEvidence: { benchmarks: shared, leads: leadsOnSharedEvidence },
    settle: settleOf(confidence, settleModels, weighted, benchmarkName),
    fragile: [],
    winProbability: best.winProbability ?? 0,
    score: best.score.score,
    low: best.score.low,
    high: best.score.high,
    coverage: best.score.coverage,
    coverageSplit: { ...best.score.split },
    // A clear pick never has reasons: it wins at least LOW_WIN_PROBABILITY (0.6) of the draws (which are shared
    // out, so no other model wins more), covers at least LOW_COVERAGE and has no proxy. Mutation testing showed
    // an "or there are reasons" here dead, so the word alone decides.
    lowConfidence: confidence !== 'clear',
    reasons,
    runnerUp: runnerUp
      ? {
          model: runnerUp.model.id,
          name: runnerUp.model.name,
          score: runnerUp.score.score,
          margin: best.score.score - runnerUp.score.score,
        }
      : null,
  };
  return { pick, best, alternative, challenger, runnerUp };
}

/** A pilot's warning (naming every generally-available model tied for the alternative) and a low-confidence one. */
export function pickWarnings(workload: string, { pick, best, alternative }: Chosen, eligible: readonly Entry[]): Warning[] {
  const warnings: Warning[] = [];
  if (pick.status === 'pilot') {
    const tied = alternative
      ? eligible.filter((e) => isGenerallyAvailable(e.model) && tieKey(e.score.score) === tieKey(alternative.score.score))
      : [];
    warnings.push(
      pilotWarning(
        workload,
        best.model,
        pilotReason(best.model),
        tied.map((e) => e.model),
      ),
    );
  }
  if (pick.lowConfidence && pick.reasons.length > 0) warnings.push(lowConfidenceWarning(workload, best.model, pick.reasons));
  return warnings;
}

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

/**
 * Among tied models: production-ready first, then more coverage, then the higher score, worst case; then the
 * same two unrounded (scores a rounding apart are still ordered by their figures, so renaming a model cannot
 * move the pick); only models equal to the last bit fall to the id. Never the seed.
 */
export const tieOrder = (a: Contender, b: Contender) =>
  Number(b.production) - Number(a.production) ||
  tieKey(b.coverage) - tieKey(a.coverage) ||
  tieKey(b.score) - tieKey(a.score) ||
  tieKey(b.low) - tieKey(a.low) ||
  b.score - a.score ||
  b.low - a.low ||
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
