import type { Benchmark, Caveat as DataCaveat, Model } from '../dataset/schema.js';
import { percent as pct } from '../render/format.js';
import { DETAIL_MODELS, LOW_COVERAGE, LOW_WIN_PROBABILITY, PROXY_PAD, STALE_AFTER_DAYS } from './method.js';
import type { Obs } from './resolve.js';
import type { Reason, Warning, WorkloadResult } from './schema.js';

// The report's warnings, and the caveats that travel with each workload's result.

// Warnings are plain sentences for a CTO. They are deduplicated and ordered by kind (most serious first),
// then by text, so their order never depends on the order of the input.

const ORDER: readonly Warning['code'][] = [
  'no-eligible-model',
  'stale',
  'as-of',
  'override',
  'pilot',
  'low-confidence',
  'conflict',
  'proxy',
  'mode',
  'no-figures',
  'detail',
];

export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  const seen = new Set<string>();
  const unique = warnings.filter((w) => {
    const key = `${w.code}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique.sort(
    (a, b) => ORDER.indexOf(a.code) - ORDER.indexOf(b.code) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0),
  );
}

type Bench = Pick<Benchmark, 'name' | 'scale'>;

const num = (x: number, unit: Bench['scale']['unit']) => (unit === 'tokens' ? `${x / 1e6}M` : String(x));
const suffix = (unit: Bench['scale']['unit']) => (unit === 'percent' ? '%' : unit === 'tokens' ? ' tokens' : '');

/** An observation's figure in words: "53", "57–58", "58M tokens", or its label. */
export function figureText(o: Obs, b: Bench): string {
  const u = b.scale.unit;
  if (o.value !== undefined) return `${num(o.value, u)}${suffix(u)}`;
  if (o.low !== undefined && o.high !== undefined) return `${num(o.low, u)}–${num(o.high, u)}${suffix(u)}`;
  return `“${o.label ?? ''}”`;
}

const cite = (o: Obs) => `${o.source}, ${o.date}`;

export const staleWarning = (ageDays: number, asOf: string, today: string): Warning => ({
  code: 'stale',
  message: `The published evidence is ${ageDays} days old (newest published figure ${asOf}, today ${today}), past the ${STALE_AFTER_DAYS}-day limit: frontier models ship every 6–8 weeks, so newer models and results likely exist.`,
});

export const asOfWarning = (asOf: string, removed: number, today: boolean): Warning => ({
  code: 'as-of',
  message: `${today ? `Today is ${asOf}, so evidence is used as of that day` : `Data as of ${asOf}`}: ${removed} observation${removed === 1 ? '' : 's'} published after that date ${removed === 1 ? 'is' : 'are'} left out.`,
});

export const noEligibleWarning = (requirements: readonly string[], excluded: number): Warning => ({
  code: 'no-eligible-model',
  message: `No model meets ${requirements.length ? `the requirements (${requirements.join(', ')})` : 'the profile'}${excluded ? ` with ${excluded} model${excluded === 1 ? '' : 's'} excluded` : ''}, so no workload gets a recommendation; relax a requirement or add models with verified facts.`,
});

/** `alternatives`: the best generally-available model, and any tied with it on score (a tie is said, not hidden). */
export function pilotWarning(
  workload: string,
  pick: Pick<Model, 'name'>,
  why: string,
  alternatives: readonly Pick<Model, 'name'>[],
): Warning {
  const names = alternatives.map((a) => a.name);
  const instead =
    names.length === 0
      ? 'no eligible model has a generally-available API for production'
      : names.length === 1
        ? `use ${names[0]} (the best model with a generally-available API) in production`
        : `use ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]} (tied as the best models with a generally-available API) in production`;
  return {
    code: 'pilot',
    message: `${pick.name} leads ${workload} but its API is not generally available (${why}): pilot it, and ${instead}.`,
  };
}

/** The best single model for the mix cannot be used in production: consolidating on it is not a plan yet. */
export function singlePilotWarning(single: { name: string }, alternative: { name: string; totalLoss: number } | null): Warning {
  const instead = alternative
    ? `the best single model with a generally-available API is ${alternative.name} (it gives up ${alternative.totalLoss.toFixed(3)} of blended score against the routing plan)`
    : 'no eligible model with a generally-available API could serve the whole mix';
  return {
    code: 'pilot',
    message: `The best single model for this mix, ${single.name}, has no generally-available API: you cannot consolidate on it in production yet; ${instead}.`,
  };
}

export function lowConfidenceWarning(workload: string, pick: Pick<Model, 'name'>, reasons: readonly Reason[]): Warning {
  const why = reasons.map((r) => r.code).join(', ');
  return {
    code: 'low-confidence',
    message: `The ${workload} pick, ${pick.name}, is low-confidence (${why}; thresholds: win probability ${pct(LOW_WIN_PROBABILITY)}, coverage ${pct(LOW_COVERAGE)}): verify it with your own evaluation.`,
  };
}

export const proxyWarning = (model: Pick<Model, 'name'>, o: Obs, b: Bench): Warning => ({
  code: 'proxy',
  message: `${model.name}'s ${b.name} figure (${figureText(o, b)}) was measured on ${o.proxyFor?.measuredOn}, a sibling model; it stands in with a margin of ±${PROXY_PAD} on the 0–1 scale and does not count as coverage.`,
});

export function modeWarning(model: Pick<Model, 'name' | 'modes'>, o: Obs, b: Bench): Warning {
  const mode = model.modes?.find((m) => m.id === o.mode);
  const about = mode ? `${mode.name} mode (${mode.description.replace(/\.$/, '')})` : `${o.mode} mode`;
  return {
    code: 'mode',
    message: `${model.name}'s ${b.name} figure (${figureText(o, b)}) was measured in ${about}; the model in its everyday mode may score differently.`,
  };
}

export const conflictWarning = (model: Pick<Model, 'name'>, used: Obs, other: Obs, b: Bench): Warning => ({
  code: 'conflict',
  message: `Sources disagree on ${model.name}'s ${b.name}: ${figureText(used, b)} (${cite(used)}) is used over ${figureText(other, b)} (${cite(other)}).`,
});

export const noFiguresWarning = (b: Bench, workload: string, weight: number): Warning => ({
  code: 'no-figures',
  message: `No model has a figure on ${b.name}, which carries ${pct(weight)} of ${workload}: every model is given the whole 0–1 scale there, which only adds uncertainty.`,
});

export const noEfficiencyWarning = (): Warning => ({
  code: 'no-figures',
  message:
    'The dataset has no token-efficiency benchmark, so the cost weight cannot favour any model: every model is given the whole 0–1 scale for efficiency, which only adds uncertainty.',
});

/** 1000 → "1,000", without loading the locale data Intl needs. */
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

export const detailWarning = (models: number): Warning => ({
  code: 'detail',
  message: `Detail (contributions and evidence) is kept for the top ${DETAIL_MODELS} of ${count(models)} models in each workload, and always for each pick, its runner-up, its production alternative and the single model; the others are ranked by score only. Compare any two with: model-advisor compare A B.`,
});

type Caveat = WorkloadResult['caveats'][number];

/** Something with caveats, named by its id: a benchmark, a workload or a model. */
export interface CaveatHolder {
  id: string;
  caveats: readonly DataCaveat[];
}

/**
 * The caveats that travel with a workload's result, in this order: the benchmarks it scored with a weight
 * above 0, the workload's own, then the recommended model's and its alternative's. Duplicates dropped, and
 * so is any caveat dated after the as-of date.
 */
export function collectCaveats(asOf: string | null, holders: readonly CaveatHolder[]): Caveat[] {
  const seen = new Set<string>();
  const out: Caveat[] = [];
  for (const holder of holders) {
    for (const c of holder.caveats) {
      // A caveat published after the as-of date was not known then.
      if (asOf !== null && c.date !== undefined && c.date > asOf) continue;
      const key = `${holder.id}\u0000${c.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        about: holder.id,
        text: c.text,
        ...(c.source !== undefined && { source: c.source }),
        ...(c.date !== undefined && { date: c.date }),
      });
    }
  }
  return out;
}
