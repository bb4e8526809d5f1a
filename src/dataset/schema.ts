import { z } from 'zod';
import { isIsoDate } from '../dates.js';

// One schema for a dataset *part*: every bundled file in data/ and every overlay file is a part
// (all keys optional); the merged whole is a Dataset. Strict objects: an unknown key is an error
// that names its JSON path, never silently ignored.

const ID_RE = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const Id = z.string().regex(ID_RE, 'must be 1–64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit');

export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD')
  .refine(isIsoDate, 'is not a real calendar date');

const Text = (max: number) => z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const Finite = z.number().refine(Number.isFinite, 'must be a finite number');

/** Where a statement comes from: a verbatim quote (optional only for a user's private results). */
const Cited = {
  quote: Text(2000).optional(),
  source: Id,
  date: IsoDate,
  note: Text(2000).optional(),
};

export const Source = z.strictObject({
  id: Id,
  title: Text(300),
  publisher: Text(200),
  date: IsoDate,
  url: Text(500).optional(),
  file: Text(200).optional(),
  evaluators: z.array(Text(200)).max(50).default([]),
  note: Text(2000).optional(),
});
export type Source = z.infer<typeof Source>;

export const Requirement = z.strictObject({
  id: Id,
  label: Text(100),
  why: Text(300),
});
export type Requirement = z.infer<typeof Requirement>;

export const FactValue = z.enum(['yes', 'no', 'unknown']);
export type FactValue = z.infer<typeof FactValue>;

/** A governance fact. "unknown" needs no citation; "yes"/"no" must cite a source. */
export const GovernanceFact = z
  .strictObject({
    value: FactValue,
    detail: Text(200).optional(),
    quote: Text(2000).optional(),
    source: Id.optional(),
    date: IsoDate.optional(),
    note: Text(2000).optional(),
  })
  .refine((f) => f.value === 'unknown' || (f.source !== undefined && f.date !== undefined), {
    message: 'a "yes" or "no" fact must name its source and date (use "unknown" when no source says)',
  });
export type GovernanceFact = z.infer<typeof GovernanceFact>;

export const Mode = z.strictObject({
  id: Id,
  name: Text(100),
  description: Text(500),
  ...Cited,
});

/** A source's claim of a release date; `date` is the source's publication date, as everywhere. */
export const ReleaseClaim = z.strictObject({
  released: IsoDate,
  ...Cited,
});

export const Caveat = z.strictObject({
  text: Text(500),
  quote: Text(2000).optional(),
  source: Id.optional(),
  date: IsoDate.optional(),
});
export type Caveat = z.infer<typeof Caveat>;

export const Model = z.strictObject({
  id: Id,
  name: Text(100),
  vendor: Text(100),
  release: z.array(ReleaseClaim).max(20).optional(),
  releaseNote: Text(2000).optional(),
  modes: z.array(Mode).max(20).optional(),
  governance: z.record(Id, GovernanceFact).default({}),
  caveats: z.array(Caveat).max(50).default([]),
});
export type Model = z.infer<typeof Model>;

/**
 * How a benchmark's raw figure maps to 0–1, by fixed bounds of its own scale:
 * - linear: (x − floor) / (max − floor), floor = chance level when given, else min;
 * - elo: expected win probability against a fixed reference rating, 1 / (1 + 10^((ref − x)/400));
 * - log: lower is better, (ln max − ln x) / (ln max − ln min) (token counts).
 * Values outside the bounds are clamped after mapping.
 */
export const Scale = z
  .strictObject({
    kind: z.enum(['linear', 'elo', 'log']),
    unit: z.enum(['percent', 'score', 'rating', 'tokens']),
    min: Finite,
    max: Finite,
    chance: Finite.optional(),
    reference: Finite.optional(),
    rationale: Text(1000),
  })
  .refine((s) => s.max > s.min, { message: 'max must be greater than min', path: ['max'] })
  .refine((s) => s.kind !== 'log' || s.min > 0, { message: 'a log scale needs min > 0', path: ['min'] })
  .refine((s) => s.kind !== 'elo' || s.reference !== undefined, {
    message: 'an elo scale needs a fixed reference rating',
    path: ['reference'],
  })
  .refine((s) => s.chance === undefined || (s.chance >= s.min && s.chance < s.max), {
    message: 'chance must lie within [min, max)',
    path: ['chance'],
  });
export type Scale = z.infer<typeof Scale>;

export const Benchmark = z.strictObject({
  id: Id,
  name: Text(100),
  measures: Text(1000),
  measuresQuote: Text(2000).optional(),
  measuresSource: Id.optional(),
  scale: Scale,
  higherIsBetter: z.boolean(),
  /** "efficiency" marks the figure the cost weight trades quality against. */
  role: z.enum(['quality', 'efficiency']).default('quality'),
  caveats: z.array(Caveat).max(50).default([]),
});
export type Benchmark = z.infer<typeof Benchmark>;

export const Observation = z
  .strictObject({
    model: Id,
    benchmark: Id,
    value: Finite.optional(),
    low: Finite.optional(),
    high: Finite.optional(),
    label: Text(200).optional(),
    /** Set when the figure was measured on a different (sibling) model than the one it is filed under. */
    proxyFor: z.strictObject({ measuredOn: Text(100) }).optional(),
    /** Set when the figure was measured in a particular mode of the model (e.g. Contemplating). */
    mode: Id.optional(),
    ...Cited,
  })
  .refine((o) => o.value !== undefined || (o.low !== undefined && o.high !== undefined) || o.label !== undefined, {
    message: 'needs a "value", a "low"/"high" range, or a qualitative "label"',
  })
  .refine((o) => o.value === undefined || (o.low === undefined && o.high === undefined), {
    message: 'give either "value" or "low"/"high", not both',
  })
  .refine((o) => (o.low === undefined) === (o.high === undefined), {
    message: '"low" and "high" go together',
  })
  .refine((o) => o.low === undefined || o.high === undefined || o.low <= o.high, {
    message: '"low" must not exceed "high"',
    path: ['low'],
  });
export type Observation = z.infer<typeof Observation>;

export const WorkloadBenchmark = z.strictObject({
  benchmark: Id,
  weight: Finite.refine((w) => w >= 0, 'must not be negative'),
  rationale: Text(1000),
});

export const Workload = z.strictObject({
  id: Id,
  name: Text(100),
  description: Text(300),
  benchmarks: z.array(WorkloadBenchmark).min(1).max(200),
  caveats: z.array(Caveat).max(50).default([]),
});
export type Workload = z.infer<typeof Workload>;

export const DatasetInfo = z.strictObject({
  id: Id,
  title: Text(300),
  note: Text(2000).optional(),
});

/** One file's worth of data: a bundled data/*.json file or a user's overlay. Every part optional. */
export const DatasetPart = z.strictObject({
  $schema: z.string().max(500).optional(),
  dataset: DatasetInfo.optional(),
  sources: z.array(Source).max(10_000).optional(),
  requirements: z.array(Requirement).max(1_000).optional(),
  models: z.array(Model).max(10_000).optional(),
  benchmarks: z.array(Benchmark).max(10_000).optional(),
  observations: z.array(Observation).max(1_000_000).optional(),
  workloads: z.array(Workload).max(1_000).optional(),
});
export type DatasetPart = z.infer<typeof DatasetPart>;

/** Where a record came from: the bundled data, or the overlay file's name. */
export type Origin = string;
export const BUNDLED: Origin = 'bundled';

export type WithOrigin<T> = T & { origin: Origin };

/** The merged, validated, cross-checked dataset the engine reads. */
export interface Dataset {
  info: z.infer<typeof DatasetInfo>;
  sources: WithOrigin<Source>[];
  requirements: WithOrigin<Requirement>[];
  models: WithOrigin<Model>[];
  benchmarks: WithOrigin<Benchmark>[];
  observations: WithOrigin<Observation>[];
  workloads: WithOrigin<Workload>[];
}
