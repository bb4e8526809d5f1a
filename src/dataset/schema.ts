import { z } from 'zod';
import type { Origin } from './ids.js';
import { DATE_FORMAT_MESSAGE, DATE_RE, ID_MESSAGE, ID_RE, isIsoDate, REAL_DATE_MESSAGE } from './ids.js';

// One schema for a dataset *part*: every bundled file in data/ and every overlay file is a part
// (all keys optional); the merged whole is a Dataset. Strict objects: an unknown key is an error
// that names its JSON path, never silently ignored.

export const Id = z.string().regex(ID_RE, ID_MESSAGE);

export const IsoDate = z
  .string()
  // abort: a string that is not YYYY-MM-DD gets one message, not a second "not a real date".
  .regex(DATE_RE, { message: DATE_FORMAT_MESSAGE, abort: true })
  .refine(isIsoDate, REAL_DATE_MESSAGE);

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
  /** "private": a team's own, unpublished results; what cites it needs no verbatim quote. Absent = public. */
  kind: z
    .enum(['public', 'private'])
    .optional()
    .describe('"private": your own, unpublished results; observations and facts citing it need no quote. Absent means public.'),
  title: Text(300),
  publisher: Text(200),
  date: IsoDate,
  url: Text(500).optional(),
  file: Text(200).optional(),
  evaluators: z.array(Text(200)).max(50).default([]),
  note: Text(2000).optional(),
  /** Words every report using this source's figures must show (e.g. Artificial Analysis's terms require attribution). */
  attribution: Text(500)
    .optional()
    .describe("Words every report that uses this source's figures must show, e.g. a credit its terms of use require."),
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

const FactFields = {
  value: FactValue,
  detail: Text(200).optional(),
  /** "inferred": the source says it of something else (e.g. the provider's business model), not of this model by name. */
  basis: z
    .enum(['stated', 'inferred'])
    .optional()
    .describe(
      '"inferred" when the source says it of something else (such as the provider), not of this model by name. Absent means stated.',
    ),
  quote: Text(2000).optional(),
  source: Id.optional(),
  date: IsoDate.optional(),
  note: Text(2000).optional(),
};
const citesWhenKnown = [
  (f: { value: FactValue; source?: string | undefined; date?: string | undefined }) =>
    f.value === 'unknown' || (f.source !== undefined && f.date !== undefined),
  { message: 'a "yes" or "no" fact must name its source and date (use "unknown" when no source says)' },
] as const;

/** A governance fact. "unknown" needs no citation; "yes"/"no" must cite a source. */
export const GovernanceFact = z.strictObject(FactFields).refine(...citesWhenKnown);
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

/**
 * How far a single figure on this benchmark may sit from the model's true result: the half-width of a band
 * every figure carries, in the scale's own units (points, rating points), or for a log scale a fraction of
 * the figure (0.05 = ±5%). From what the sources say is meaningful or approximate; `note` says how.
 */
export const Noise = z.strictObject({
  halfWidth: Finite.min(0, 'must not be negative'),
  note: Text(1000),
  quote: Text(2000).optional(),
  source: Id.optional(),
  date: IsoDate.optional(),
});
export type Noise = z.infer<typeof Noise>;

/**
 * Where a model with no figure on this benchmark can plausibly lie, in the scale's own units, when a source
 * bounds every model (CritPT: "every model scores in single or low double digits"). Absent: the whole scale.
 */
export const Plausible = z
  .strictObject({
    low: Finite,
    high: Finite,
    note: Text(1000),
    quote: Text(2000).optional(),
    source: Id.optional(),
    date: IsoDate.optional(),
  })
  .refine((p) => p.low <= p.high, { message: '"low" must not exceed "high"', path: ['low'] });

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
  noise: Noise.optional(),
  plausible: Plausible.optional(),
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
    /** How many items the figure was measured on, when known: a percent figure then gets a Wilson interval. */
    n: z.number().int().min(1).optional(),
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
  weight: Finite.min(0, 'must not be negative'),
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

/** The ISO 4217 codes a price may be given in. */
export const Currency = z.enum(['USD', 'EUR', 'GBP']);

/**
 * A model's list price per 1M tokens, input and output, from a dated source. The bundled articles
 * disclose none; imports (models.dev, Artificial Analysis) and hand-written overlays add them.
 * Keyed like an observation: one price per model and source; the newest date is the one used.
 */
export const Price = z.strictObject({
  model: Id,
  /** Price per 1,000,000 input tokens. */
  input: Finite.min(0, 'must not be negative'),
  /** Price per 1,000,000 output tokens. */
  output: Finite.min(0, 'must not be negative'),
  currency: Currency,
  ...Cited,
});
export type Price = z.infer<typeof Price>;

/**
 * A conclusion a source itself draws for a workload ("defaulting to Claude or GPT-5.x … is the rational
 * choice"), quoted verbatim, with the models it favours. Shown beside the computed pick.
 */
export const Verdict = z.strictObject({
  workload: Id,
  models: z.array(Id).min(1).max(50),
  ...Cited,
});
export type Verdict = z.infer<typeof Verdict>;

export const DatasetInfo = z.strictObject({
  id: Id,
  title: Text(300),
  note: Text(2000).optional(),
});

/**
 * A correction of one governance fact of a model defined in an earlier file (usually a bundled one),
 * without restating the model. Same citation rules as a fact inside a model.
 */
export const GovernancePatch = z.strictObject({ model: Id, requirement: Id, ...FactFields }).refine(...citesWhenKnown);
export type GovernancePatch = z.infer<typeof GovernancePatch>;

/**
 * Sets one benchmark's weight in a workload defined in an earlier file, without restating the
 * workload; adds the benchmark to the workload when it is not there yet (then "rationale" is needed).
 */
export const WeightPatch = z.strictObject({
  workload: Id,
  benchmark: Id,
  weight: Finite.min(0, 'must not be negative'),
  rationale: Text(1000).optional(),
});
export type WeightPatch = z.infer<typeof WeightPatch>;

/** The most items of each kind one file may hold. */
export const PART_LIMITS = {
  sources: 10_000,
  requirements: 1_000,
  models: 10_000,
  benchmarks: 10_000,
  observations: 1_000_000,
  workloads: 1_000,
  governance: 10_000,
  weights: 10_000,
  prices: 100_000,
  verdicts: 10_000,
} as const;

/** What each list in a part holds: the schema of one item, by key. */
export const PART_ITEMS = {
  sources: Source,
  requirements: Requirement,
  models: Model,
  benchmarks: Benchmark,
  observations: Observation,
  workloads: Workload,
  governance: GovernancePatch,
  weights: WeightPatch,
  prices: Price,
  verdicts: Verdict,
} as const;

const list = <K extends keyof typeof PART_ITEMS>(key: K) => z.array(PART_ITEMS[key]).max(PART_LIMITS[key]).optional();

/** One file's worth of data: a bundled data/*.json file or a user's overlay. Every part optional. */
export const DatasetPart = z.strictObject({
  $schema: z.string().max(500).optional(),
  dataset: DatasetInfo.optional(),
  sources: list('sources'),
  requirements: list('requirements'),
  models: list('models'),
  benchmarks: list('benchmarks'),
  observations: list('observations'),
  workloads: list('workloads'),
  governance: list('governance').describe(
    'Corrections of single governance facts of models defined in earlier files (the bundled data or an earlier --data file), without restating the model.',
  ),
  weights: list('weights').describe(
    'Changes of single benchmark weights of workloads defined in earlier files; a benchmark not yet in the workload is added (then "rationale" is required).',
  ),
  prices: list('prices').describe(
    'List prices per 1M tokens (input and output) with their source and date; one per model and source, the newest used.',
  ),
  verdicts: list('verdicts').describe(
    "The sources' own conclusions per workload, verbatim, with the models they favour; shown beside the computed pick.",
  ),
});
export type DatasetPart = z.infer<typeof DatasetPart>;

/** Where a record came from: the bundled data, or the overlay file's name. */
export { BUNDLED, type Origin } from './ids.js';

export type WithOrigin<T> = T & { origin: Origin };

/** A fact or weight a later file changed in place carries that file's origin; absent = its record's. */
export type MergedFact = GovernanceFact & { origin?: Origin };
export type MergedWeight = z.infer<typeof WorkloadBenchmark> & { origin?: Origin };
export type MergedModel = WithOrigin<Omit<Model, 'governance'> & { governance: Record<string, MergedFact> }>;
export type MergedWorkload = WithOrigin<Omit<Workload, 'benchmarks'> & { benchmarks: MergedWeight[] }>;

/** The merged, validated, cross-checked dataset the engine reads. */
export interface Dataset {
  info: z.infer<typeof DatasetInfo>;
  sources: WithOrigin<Source>[];
  requirements: WithOrigin<Requirement>[];
  models: MergedModel[];
  benchmarks: WithOrigin<Benchmark>[];
  observations: WithOrigin<Observation>[];
  workloads: MergedWorkload[];
  prices: WithOrigin<Price>[];
  verdicts: WithOrigin<Verdict>[];
}
