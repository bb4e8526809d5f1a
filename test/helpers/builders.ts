import type { Benchmark, Dataset, Model, Observation, Requirement, Source, WithOrigin, Workload } from '../../src/dataset/schema.js';
import type { ProfileInput } from '../../src/engine/schema.js';

// Small hand-made datasets for engine tests: each builder gives a valid record, overrides win.

const ORIGIN = 'bundled';
export const SOURCE_ID = 'src-a';
export const DATE = '2026-03-01';
export const TODAY = '2026-03-15';

export const source = (o: Partial<WithOrigin<Source>> = {}): WithOrigin<Source> => ({
  id: SOURCE_ID,
  title: 'A source',
  publisher: 'Publisher',
  date: DATE,
  evaluators: [],
  origin: ORIGIN,
  ...o,
});

export const requirement = (id: string): WithOrigin<Requirement> => ({ id, label: id, why: `needs ${id}`, origin: ORIGIN });

type Facts = Record<string, 'yes' | 'no' | 'unknown' | { value: 'yes' | 'no' | 'unknown'; detail?: string }>;

/** A model; `facts` is a shorthand for governance ("yes"/"no" facts cite the default source). */
export function model(o: Partial<Model> & { id: string; facts?: Facts }): WithOrigin<Model> {
  const { facts, ...rest } = o;
  const governance: Model['governance'] = {};
  for (const [req, f] of Object.entries(facts ?? { 'api-ga': 'yes' })) {
    const fact = typeof f === 'string' ? { value: f } : f;
    governance[req] = fact.value === 'unknown' ? { value: 'unknown' } : { ...fact, source: SOURCE_ID, date: DATE };
  }
  return { name: o.id.toUpperCase(), vendor: 'Vendor', governance, caveats: [], origin: ORIGIN, ...rest };
}

/**
 * A benchmark on a 0–100 percent scale with no guessing floor unless overridden. Its figures carry no noise
 * unless a test gives one (`noise: { halfWidth, note }`), so a measured figure is an exact point.
 */
export const benchmark = (o: Partial<Benchmark> & { id: string }): WithOrigin<Benchmark> => ({
  name: `Bench ${o.id}`,
  measures: 'something',
  scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 0, rationale: 'percent' },
  noise: { halfWidth: 0, note: 'exact, for a test' },
  higherIsBetter: true,
  role: 'quality',
  caveats: [],
  origin: ORIGIN,
  ...o,
});

/** An efficiency benchmark: output tokens on a log scale (10M–1B), lower is better, with one caveat. */
export const tokensBenchmark = (): WithOrigin<Benchmark> =>
  benchmark({
    id: 'tok',
    role: 'efficiency',
    higherIsBetter: false,
    scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'log' },
    caveats: [{ text: 'tokens are not a price' }],
  });

export const observation = (o: Partial<Observation> & { model: string; benchmark: string }): WithOrigin<Observation> => ({
  source: SOURCE_ID,
  date: DATE,
  origin: ORIGIN,
  ...o,
});

/** A workload; `weights` is a shorthand for its benchmarks. */
export function workload(o: Partial<Workload> & { id: string; weights?: Record<string, number> }): WithOrigin<Workload> {
  const { weights, ...rest } = o;
  return {
    name: `Workload ${o.id}`,
    description: 'work',
    benchmarks: Object.entries(weights ?? {}).map(([b, weight]) => ({ benchmark: b, weight, rationale: 'because' })),
    caveats: [],
    origin: ORIGIN,
    ...rest,
  };
}

export function dataset(o: Partial<Dataset> = {}): Dataset {
  return {
    info: { id: 'test', title: 'Test dataset' },
    sources: [source()],
    requirements: ['api-ga', 'open-weights', 'self-host', 'fine-tune', 'public-pricing'].map(requirement),
    models: [],
    benchmarks: [],
    observations: [],
    prices: [],
    verdicts: [],
    workloads: [],
    ...o,
  };
}

/**
 * A dataset from a table of values: figures[model][benchmark] = raw value on a 0–100 scale; one workload per
 * entry of `workloads`, weighting the named benchmarks.
 */
export function table(
  figures: Record<string, Record<string, number>>,
  workloads: Record<string, Record<string, number>>,
  o: Partial<Dataset> = {},
): Dataset {
  const benchmarkIds = [...new Set([...Object.values(figures).flatMap(Object.keys), ...Object.values(workloads).flatMap(Object.keys)])];
  return dataset({
    models: Object.keys(figures).map((id) => model({ id })),
    benchmarks: benchmarkIds.map((id) => benchmark({ id })),
    observations: Object.entries(figures).flatMap(([m, row]) =>
      Object.entries(row).map(([b, value]) => observation({ model: m, benchmark: b, value })),
    ),
    workloads: Object.entries(workloads).map(([id, weights]) => workload({ id, weights })),
    ...o,
  });
}

export const profile = (o: Partial<ProfileInput> & Pick<ProfileInput, 'mix'>): ProfileInput => ({ today: TODAY, samples: 2000, ...o });

export const META = { tool: { name: 'model-advisor', version: '0.0.0-test' }, overlays: [] };
