import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';
import { COST_WEIGHT, SAMPLES, SEED } from './defaults.js';

// The engine's contracts. Field names are part of the product: procurement tooling reads them.

export { DEFAULT_SAMPLES, DEFAULT_SEED } from './defaults.js';

const Share = z.number().min(0).max(1);

/** What the user wants: the one shape produced by flags, the questionnaire and answers files. */
export const Profile = z.strictObject({
  /** Workload id → non-negative weight; normalised to shares summing to 1 by the engine. */
  mix: z
    .record(
      Id,
      z
        .number()
        .refine(Number.isFinite, 'must be a finite number')
        .refine((w) => w >= 0, 'must not be negative'),
    )
    .refine((m) => Object.values(m).some((w) => w > 0), 'needs at least one workload with a weight above 0'),
  requirements: z.array(Id).default([]),
  exclude: z.array(Id).default([]),
  costWeight: z.number().min(COST_WEIGHT.min).max(COST_WEIGHT.max).default(COST_WEIGHT.default),
  /** Keep only observations published on or before this date; null = all. */
  asOf: IsoDate.nullable().default(null),
  /** "Today", for the dataset's age; injected so output is reproducible. */
  today: IsoDate,
  samples: z.number().int().min(SAMPLES.min).max(SAMPLES.max).default(SAMPLES.default),
  seed: z.number().int().min(SEED.min).max(SEED.max).default(SEED.default),
});
export type Profile = z.infer<typeof Profile>;
export type ProfileInput = z.input<typeof Profile>;

export const ReasonCode = z.enum([
  // why a model is not eligible
  'excluded',
  'fails-requirement',
  'unverified-requirement',
  // why a recommendation is low-confidence
  'low-win-probability',
  'low-coverage',
  'proxy',
  'not-most-likely-winner',
]);

export const Reason = z.strictObject({
  code: ReasonCode,
  requirement: Id.optional(),
  message: z.string(),
});
export type Reason = z.infer<typeof Reason>;

/** One benchmark's part in one model's workload score (the --explain view). */
export const Contribution = z.strictObject({
  benchmark: Id,
  /** The workload's weight for this benchmark, normalised so a workload's weights sum to 1. */
  weight: z.number(),
  /** measured: an exact figure; range: a reported range; label: words read as a range; proxy: a sibling model's figure; missing: no figure, a plausible interval. */
  basis: z.enum(['measured', 'range', 'label', 'proxy', 'missing']),
  /** On the benchmark's fixed 0–1 scale: the point used for the score, and the interval sampled. */
  normalized: z.number(),
  normalizedLow: z.number(),
  normalizedHigh: z.number(),
  /** weight × normalized: this benchmark's share of the quality score. */
  contribution: z.number(),
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  label: z.string().nullable(),
  source: Id.nullable(),
  date: IsoDate.nullable(),
  origin: z.string().nullable(),
  note: z.string().nullable(),
});
export type Contribution = z.infer<typeof Contribution>;

export const RankingEntry = z.strictObject({
  model: Id,
  name: z.string(),
  /** (1 − costWeight)·quality + costWeight·efficiency, at the point estimates. */
  score: z.number(),
  /** The score with every uncertain figure at its worst / best. */
  low: z.number(),
  high: z.number(),
  quality: z.number(),
  efficiency: z.number(),
  /** Share of Monte Carlo draws in which this model ranks first among eligible models (ties split). */
  winProbability: z.number(),
  /** Share of the workload's weight backed by a real figure for this model (not missing, not proxy). */
  coverage: z.number(),
  eligible: z.boolean(),
  reasons: z.array(Reason),
  /** Whether contributions and evidence are kept for this model: the first method.detailModels of the ranking, and always the pick, its runner-up, its production alternative and the single model. Otherwise contributions is empty and efficiencyContribution null. */
  detailed: z.boolean(),
  contributions: z.array(Contribution),
  efficiencyContribution: Contribution.nullable(),
});
export type RankingEntry = z.infer<typeof RankingEntry>;

export const RecommendationPick = z.strictObject({
  model: Id,
  name: z.string(),
  /** production: generally-available API; pilot: not (yet) — see alternative. */
  status: z.enum(['production', 'pilot']),
  alternative: z.strictObject({ model: Id, name: z.string(), score: z.number(), winProbability: z.number() }).nullable().optional(),
  winProbability: z.number(),
  score: z.number(),
  low: z.number(),
  high: z.number(),
  coverage: z.number(),
  lowConfidence: z.boolean(),
  reasons: z.array(Reason),
  runnerUp: z.strictObject({ model: Id, name: z.string(), score: z.number(), margin: z.number() }).nullable(),
});
export type RecommendationPick = z.infer<typeof RecommendationPick>;

export const EvidenceItem = z.strictObject({
  model: Id,
  benchmark: Id,
  value: z.number().optional(),
  low: z.number().optional(),
  high: z.number().optional(),
  label: z.string().optional(),
  /** The source's words, verbatim, so a report can quote its evidence. */
  quote: z.string().optional(),
  source: Id,
  date: IsoDate,
  note: z.string().optional(),
  proxyFor: z.strictObject({ measuredOn: z.string() }).optional(),
  mode: Id.optional(),
  /** "bundled", or the overlay file the figure came from. */
  origin: z.string(),
});
export type EvidenceItem = z.infer<typeof EvidenceItem>;

export const Caveat = z.strictObject({
  /** Where it comes from: a benchmark, model or workload id. */
  about: Id,
  text: z.string(),
  source: Id.optional(),
  date: IsoDate.optional(),
});

export const WorkloadResult = z.strictObject({
  workload: Id,
  name: z.string(),
  share: Share,
  recommendation: RecommendationPick.nullable(),
  /** Present when recommendation is null: why no model could be recommended. */
  noRecommendationReason: z.string().optional(),
  ranking: z.array(RankingEntry),
  /** The observations behind the detailed models' contributions. */
  evidence: z.array(EvidenceItem),
  /** Older observations replaced by a newer one for the same model and benchmark. */
  superseded: z.array(EvidenceItem.extend({ supersededBy: z.strictObject({ source: Id, date: IsoDate }) })),
  caveats: z.array(Caveat),
});
export type WorkloadResult = z.infer<typeof WorkloadResult>;

export const Warning = z.strictObject({
  code: z.enum([
    'stale',
    'conflict',
    'proxy',
    'mode',
    'pilot',
    'override',
    'low-confidence',
    'no-eligible-model',
    'as-of',
    // a benchmark that carries weight but on which no model has a figure: every model spans the whole scale
    'no-figures',
    // more models than method.detailModels: contributions and evidence only for the leading ones
    'detail',
  ]),
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Recommendation = z.strictObject({
  schemaVersion: z.literal('1.0'),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  dataset: z.strictObject({
    id: z.string(),
    title: z.string(),
    /** The date of the newest published (non-private) observation used; staleness is measured from it. */
    asOf: IsoDate.nullable(),
    today: IsoDate,
    ageDays: z.number().int().nullable(),
    stale: z.boolean(),
    sources: z.array(z.strictObject({ id: Id, title: z.string(), publisher: z.string(), date: IsoDate, origin: z.string() })),
    overlays: z.array(z.string()),
  }),
  profile: Profile,
  /** Display facts for every benchmark the report mentions, so renderers need nothing but this object. */
  benchmarks: z.array(
    z.strictObject({
      id: Id,
      name: z.string(),
      unit: z.enum(['percent', 'score', 'rating', 'tokens']),
      higherIsBetter: z.boolean(),
    }),
  ),
  method: z.strictObject({
    samples: z.number().int(),
    seed: z.number().int(),
    costWeight: z.number(),
    lowWinProbability: z.number(),
    lowCoverage: z.number(),
    staleAfterDays: z.number().int(),
    missingPad: z.number(),
    proxyPad: z.number(),
    /** Per model, the widest this-many uncertain terms are drawn exactly; beyond twice as many, the rest as one normal. */
    exactTerms: z.number().int(),
    /** Per workload, how many of the ranking's first models carry contributions and evidence (see ranking[].detailed). */
    detailModels: z.number().int(),
  }),
  workloads: z.array(WorkloadResult),
  portfolio: z.strictObject({
    routes: z.array(z.strictObject({ workload: Id, model: Id.nullable(), share: Share })),
    /** Σ share × score of each workload's routed model; null when a workload has no eligible model. */
    blendedScore: z.number().nullable(),
    singleModel: z
      .strictObject({
        model: Id,
        name: z.string(),
        score: z.number(),
        /** production: generally-available API; pilot: not — consolidating on it is not yet possible. */
        status: z.enum(['production', 'pilot']),
        /** When the single pick is a pilot: the best single model with a generally-available API (null if none is eligible). */
        alternative: z.strictObject({ model: Id, name: z.string(), score: z.number(), totalLoss: z.number() }).nullable(),
        lossByWorkload: z.array(
          z.strictObject({ workload: Id, routedModel: Id, routedScore: z.number(), singleScore: z.number(), loss: z.number() }),
        ),
        /** Total given up against the routing plan: blendedScore − score. */
        totalLoss: z.number(),
        /** For each workload, the range of its share (others rescaled proportionally) within which the pick stays the same. */
        breakEven: z.array(z.strictObject({ workload: Id, share: Share, low: Share, high: Share })),
      })
      .nullable(),
  }),
  warnings: z.array(Warning),
});
export type Recommendation = z.infer<typeof Recommendation>;
