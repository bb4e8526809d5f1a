import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';
import { COST_WEIGHT, SAMPLES, SCHEMA_VERSION, SEED } from './method.js';
import { REQUIREMENT_MESSAGE, REQUIREMENT_RE } from './profile-shape.js';
import { Cost, GovernanceUsed, Trigger, Unblock } from './schema-money.js';

// The engine's contracts. Field names are part of the product: procurement tooling reads them.

export { DEFAULT_SAMPLES, DEFAULT_SEED, SCHEMA_VERSION } from './method.js';

const Share = z.number().min(0).max(1);

/** A requirement, or alternatives written "a|b" (either one will do). */
export const RequirementExpr = z.string().regex(REQUIREMENT_RE, REQUIREMENT_MESSAGE);

/** A what-if: a governance fact (yes/no/unknown) or a benchmark figure assumed for one model (--assume). */
export const Assumption = z.strictObject({
  model: Id,
  /** A governance requirement id (a fact) or a benchmark id (a figure). */
  key: Id,
  value: z.union([z.enum(['yes', 'no', 'unknown']), z.number().refine(Number.isFinite, 'must be a finite number')]),
});
export type Assumption = z.infer<typeof Assumption>;

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
  requirements: z.array(RequirementExpr).default([]),
  exclude: z.array(Id).default([]),
  costWeight: z.number().min(COST_WEIGHT.min).max(COST_WEIGHT.max).default(COST_WEIGHT.default),
  /** Keep only observations published on or before this date; null = all. */
  asOf: IsoDate.nullable().default(null),
  /** "Today", for the dataset's age; injected so output is reproducible. */
  today: IsoDate,
  samples: z.number().int().min(SAMPLES.min).max(SAMPLES.max).default(SAMPLES.default),
  seed: z.number().int().min(SEED.min).max(SEED.max).default(SEED.default),
  /** Workload id → monthly tokens (input and output together), for the monthly cost; absent = not known. */
  volume: z.record(Id, z.number().min(0).refine(Number.isFinite, 'must be a finite number')).default({}),
  /** How monthly tokens split between input and output; 3:1, the common blended-price convention, unless told. */
  ioRatio: z.strictObject({ input: z.number().positive(), output: z.number().positive() }).default({ input: 3, output: 1 }),
  /** Hypothetical facts and figures (--assume): a report that uses any is marked hypothetical. */
  assumptions: z.array(Assumption).default([]),
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
  'tie',
  'unresolved',
]);

export const Reason = z.strictObject({
  code: ReasonCode,
  requirement: RequirementExpr.optional(),
  message: z.string(),
});
export type Reason = z.infer<typeof Reason>;

/** One benchmark's part in one model's workload score (the --explain view). */
export const Contribution = z.strictObject({
  benchmark: Id,
  /** The workload's weight for this benchmark, normalised so a workload's weights sum to 1. */
  weight: z.number(),
  /** measured: a figure (with its noise band); range: a reported range; label: words read as a range; proxy: a sibling model's figure; missing: no figure, the benchmark's plausible band (the point at its lower quartile, method GAP_POSITION). */
  basis: z.enum(['measured', 'range', 'label', 'proxy', 'missing']),
  /** On the benchmark's fixed 0–1 scale: the point used for the score (a gap's lower quartile), and the interval sampled. */
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

/** Shares of a score's weight (sum 1) by what backs it: a measured figure, a range or words, a sibling's figure, nothing. */
export const CoverageSplit = z.strictObject({
  measured: z.number(),
  partial: z.number(),
  proxy: z.number(),
  missing: z.number(),
});

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
  /** Share of Monte Carlo draws in which this model ranks first among the assessed eligible models (ties split); null when not assessed. */
  winProbability: z.number().nullable(),
  /** measured + partialCoverage × partial: a measured figure counts fully, a range or words partly, a proxy or a gap not at all. */
  coverage: z.number(),
  coverageSplit: CoverageSplit,
  /** Whether the model has evidence of its own (a figure, a range or words) on a benchmark this workload weighs; if not, it is not ranked. */
  assessed: z.boolean(),
  eligible: z.boolean(),
  /** production: the sources confirm a generally-available API; pilot: they do not, whatever the requirements. */
  status: z.enum(['production', 'pilot']),
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
  /** clear: separated beyond the noise, leading on shared evidence, well covered; likely: ahead but not clearly; tie: cannot be separated from tiedWith; unresolved: no lead on the evidence both have. */
  confidence: z.enum(['clear', 'likely', 'tie', 'unresolved']),
  /** The models the pick cannot be separated from (empty unless confidence is "tie"). */
  tiedWith: z.array(z.strictObject({ model: Id, name: z.string() })),
  /** The other model most likely to win (runnerUp is the closest score). */
  challenger: z.strictObject({ model: Id, name: z.string(), winProbability: z.number() }).nullable(),
  /** The weighted benchmarks both the pick and its challenger have figures on, and whether the pick leads there. */
  sharedEvidence: z.strictObject({ benchmarks: z.array(Id), leads: z.boolean().nullable() }),
  /** The evaluation that would settle a tied or unresolved pick: the benchmarks to run and how to bring the results in. */
  settle: z.strictObject({ benchmarks: z.array(Id), message: z.string() }).nullable(),
  /** Constants the sources do not give whose plausible alternative value changes the pick. */
  fragile: z.array(
    z.strictObject({
      constant: z.string(),
      value: z.number(),
      alternative: z.number(),
      flipsTo: z.strictObject({ model: Id, name: z.string() }),
    }),
  ),
  winProbability: z.number(),
  score: z.number(),
  low: z.number(),
  high: z.number(),
  coverage: z.number(),
  coverageSplit: CoverageSplit,
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
  /** Models with no evidence of their own on this workload's weighted benchmarks: not ranked, never the pick. */
  notAssessed: z.array(z.strictObject({ model: Id, name: z.string(), missing: z.array(Id) })),
  /** The sources' own conclusions for this workload, and whether the computed pick agrees (null without a pick). */
  verdicts: z.array(
    z.strictObject({
      source: Id,
      date: IsoDate,
      quote: z.string(),
      models: z.array(Id),
      agrees: z.boolean().nullable(),
      message: z.string(),
    }),
  ),
  /** The smallest changes that would change the pick or its status: facts, figures, shares, evaluations. */
  triggers: z.array(Trigger),
  /** Present when no model is eligible: which single requirement, dropped, gives an answer; which unknown facts block. */
  unblock: Unblock.optional(),
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
  /** True when the report rests on --assume what-ifs: it describes a world that is not (yet) the case. */
  hypothetical: z.boolean(),
  /** The what-ifs applied, as given. */
  assumptions: z.array(Assumption),
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.strictObject({ name: z.string(), version: z.string() }),
  dataset: z.strictObject({
    id: z.string(),
    title: z.string(),
    /** The date of the newest published (non-private) observation used; staleness is measured from it. */
    asOf: IsoDate.nullable(),
    today: IsoDate,
    ageDays: z.number().int().nullable(),
    stale: z.boolean(),
    sources: z.array(
      z.strictObject({
        id: Id,
        title: z.string(),
        publisher: z.string(),
        date: IsoDate,
        origin: z.string(),
        /** Words the source's terms require every report using its figures to show. */
        attribution: z.string().optional(),
      }),
    ),
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
  /** Display names of the governance requirements the profile applies, so people see names, not ids. */
  requirements: z.array(z.strictObject({ id: Id, label: z.string() })),
  method: z.strictObject({
    samples: z.number().int(),
    seed: z.number().int(),
    costWeight: z.number(),
    lowWinProbability: z.number(),
    lowCoverage: z.number(),
    staleAfterDays: z.number().int(),
    proxyPad: z.number(),
    /** How much a range or words count towards coverage. */
    partialCoverage: z.number(),
    /** The noise band of a benchmark whose data declares none (linear: share of the scale; elo: rating points; log: fraction). */
    defaultNoise: z.strictObject({ linear: z.number(), elo: z.number(), log: z.number() }),
    /** The constants no source gives, with the ends of their plausible ranges; a pick that flips within them is fragile. */
    sensitivity: z.array(
      z.strictObject({ constant: z.string(), value: z.number(), alternatives: z.array(z.number()), rationale: z.string() }),
    ),
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
  /** Monthly cost of the routing plan and of the single model, from the dataset's prices. */
  cost: Cost,
  /** The governance facts of the models the report details, as used: so a later report can say what changed. */
  governance: z.array(GovernanceUsed),
  warnings: z.array(Warning),
});
export type Recommendation = z.infer<typeof Recommendation>;
