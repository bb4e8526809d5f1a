import type { Dataset, Observation, WithOrigin } from '../dataset/schema.js';
import { UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import type { Assumption } from './schema.js';

// What-ifs (--assume): hypothetical facts and figures applied to the merged dataset in memory, as one more
// overlay would be, under a label no data file can carry. Nothing is written; the report says it is hypothetical.

/** The origin and source every assumed fact and figure carries. */
export const ASSUMED = 'assumption';

const FACT_VALUES = ['yes', 'no', 'unknown'];

/** Each assumption names a known model and a requirement (with yes/no/unknown) or a benchmark (with a number); once each. */
export function checkAssumptionIds(assumptions: readonly Assumption[], dataset: Dataset): void {
  const models = new Set(dataset.models.map((m) => m.id));
  const requirements = new Set(dataset.requirements.map((r) => r.id));
  const benchmarks = new Set(dataset.benchmarks.map((b) => b.id));
  const seen = new Set<string>();
  for (const a of assumptions) {
    const where = `--assume ${quoted(`${a.model}:${a.key}=${a.value}`)}`;
    if (!models.has(a.model)) throw new UserError(`${where}: unknown model ${quoted(a.model)}; see the ids with: model-advisor models`);
    if (requirements.has(a.key)) {
      if (typeof a.value !== 'string' || !FACT_VALUES.includes(a.value)) {
        throw new UserError(`${where}: ${quoted(a.key)} is a governance fact, so its value is yes, no or unknown`);
      }
    } else if (benchmarks.has(a.key)) {
      if (typeof a.value !== 'number') throw new UserError(`${where}: ${quoted(a.key)} is a benchmark, so its value is a figure (e.g. 74)`);
    } else {
      throw new UserError(
        `${where}: ${quoted(a.key)} is neither a requirement nor a benchmark; see them with: model-advisor requirements / model-advisor benchmarks`,
      );
    }
    const key = `${a.model}:${a.key}`;
    if (seen.has(key)) throw new UserError(`${where}: ${quoted(key)} is assumed twice; give each fact or figure once`);
    seen.add(key);
  }
}

/**
 * The dataset with the assumptions applied, exactly as an overlay file named "assumption" would apply them: a
 * private source "assumption" (so an assumed figure never makes the published data look current), each fact
 * replacing the model's fact and citing it, each figure an observation from it. Everything is dated `date`
 * (the --as-of date, else today), so an assumed figure is the newest in use and never filtered out. The input
 * is not changed.
 */
export function applyAssumptions(dataset: Dataset, assumptions: readonly Assumption[], date: string): Dataset {
  if (assumptions.length === 0) return dataset;
  const facts = assumptions.filter((a) => typeof a.value === 'string');
  const figures = assumptions.filter((a): a is Assumption & { value: number } => typeof a.value === 'number');
  const models = dataset.models.map((m) => {
    const mine = facts.filter((a) => a.model === m.id);
    if (mine.length === 0) return m;
    const governance = { ...m.governance };
    for (const a of mine) {
      governance[a.key] =
        a.value === 'unknown'
          ? { value: 'unknown', origin: ASSUMED }
          : { value: a.value as 'yes' | 'no', detail: 'assumed (--assume)', source: ASSUMED, date, origin: ASSUMED };
    }
    return { ...m, governance };
  });
  const observations: WithOrigin<Observation>[] = figures.map((a) => ({
    model: a.model,
    benchmark: a.key,
    value: a.value,
    source: ASSUMED,
    date,
    note: 'assumed (--assume), not measured',
    origin: ASSUMED,
  }));
  const sources = [
    ...dataset.sources,
    {
      id: ASSUMED,
      kind: 'private' as const,
      title: 'What-if assumptions (--assume)',
      publisher: 'you',
      date,
      evaluators: [],
      origin: ASSUMED,
    },
  ];
  return { ...dataset, models, sources, observations: [...dataset.observations, ...observations] };
}
