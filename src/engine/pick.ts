import { allOf } from '../errors.js';
import { type Confidence, contender, judge, lacking, tiedGroup } from './confidence.js';
import { isGenerallyAvailable, pilotReason } from './gates.js';
import { confidenceReasons, type Entry, tieKey } from './rank.js';
import type { Reason, RecommendationPick, Warning } from './schema.js';
import { lowConfidenceWarning, pilotWarning } from './warnings.js';

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
    'then bring the results in with --data FILE (an overlay of observations citing your own source; `model-advisor data init` writes an example)';
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
    lowConfidence: confidence !== 'clear' || reasons.length > 0,
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
