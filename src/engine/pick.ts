import { isGenerallyAvailable, pilotReason } from './gates.js';
import { confidenceReasons, type Entry, tieKey } from './rank.js';
import type { RecommendationPick, Warning } from './schema.js';
import { lowConfidenceWarning, pilotWarning } from './warnings.js';

export interface Chosen {
  pick: RecommendationPick;
  best: Entry;
  alternative: Entry | null;
}

/**
 * The recommendation among eligible models in ranking order: the first, with its confidence reasons; a
 * pilot (with the best generally-available model as alternative) unless its API is generally available;
 * the next model as runner-up. Null when no model is eligible: never a fallback to an ineligible one.
 */
export function choosePick(eligible: readonly Entry[], benchmarkName: (id: string) => string): Chosen | null {
  const [best, next] = eligible;
  if (!best) return null;
  const production = isGenerallyAvailable(best.model);
  const alternative = production ? null : (eligible.find((e) => isGenerallyAvailable(e.model)) ?? null);
  const reasons = confidenceReasons(best, eligible, benchmarkName);
  const pick: RecommendationPick = {
    model: best.model.id,
    name: best.model.name,
    status: production ? 'production' : 'pilot',
    alternative: alternative
      ? {
          model: alternative.model.id,
          name: alternative.model.name,
          score: alternative.score.score,
          winProbability: alternative.winProbability,
        }
      : null,
    winProbability: best.winProbability,
    score: best.score.score,
    low: best.score.low,
    high: best.score.high,
    coverage: best.score.coverage,
    lowConfidence: reasons.length > 0,
    reasons,
    runnerUp: next
      ? { model: next.model.id, name: next.model.name, score: next.score.score, margin: best.score.score - next.score.score }
      : null,
  };
  return { pick, best, alternative };
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
  if (pick.lowConfidence) warnings.push(lowConfidenceWarning(workload, best.model, pick.reasons));
  return warnings;
}
