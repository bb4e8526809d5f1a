import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';

// The report's money-and-triggers parts: monthly cost, what would change each pick, and what would unblock a
// workload no model passes. Field names are part of the product, like the rest of the Recommendation.

const ModelRef = z.strictObject({ model: Id, name: z.string() });

/** One model's cost on one workload's volume. */
export const CostLine = z.strictObject({
  model: Id,
  name: z.string(),
  /** The price used (newest by date, within --as-of); null = price unknown, never counted as zero. */
  price: z
    .strictObject({
      input: z.number(),
      output: z.number(),
      currency: z.enum(['USD', 'EUR', 'GBP']),
      source: Id,
      date: IsoDate,
      origin: z.string(),
    })
    .nullable(),
  /** Price per 1M tokens at the profile's input:output split; null when the price is unknown. */
  blendedPerMillion: z.number().nullable(),
  /** Monthly cost at the workload's volume; null when the volume or the price is unknown. */
  monthly: z.number().nullable(),
  /**
   * The optional verbosity adjustment, kept apart from the price: the output part of the monthly cost scaled by
   * this model's output tokens on the efficiency benchmark ÷ the median model's. Null when a count is missing.
   */
  verbosityFactor: z.number().nullable(),
  monthlyAdjusted: z.number().nullable(),
});
export type CostLine = z.infer<typeof CostLine>;

const Total = z.strictObject({
  /** Sum over the workloads with a volume; null when a price is unknown or currencies differ. */
  monthly: z.number().nullable(),
  monthlyAdjusted: z.number().nullable(),
  currency: z.enum(['USD', 'EUR', 'GBP']).nullable(),
});

export const Cost = z.strictObject({
  ioRatio: z.strictObject({ input: z.number(), output: z.number() }),
  /** Whether the dataset holds any price at all (the bundled data holds none). */
  pricesInData: z.boolean(),
  /** Said once when the data has no prices or no volume was given: what is missing and how to add it. */
  note: z.string().nullable(),
  /** The benchmark whose token counts the verbosity adjustment reads, and the median count it divides by. */
  verbosity: z.strictObject({ benchmark: Id, median: z.number() }).nullable(),
  workloads: z.array(
    z.strictObject({
      workload: Id,
      /** Monthly tokens (input and output together); null = not given. */
      volume: z.number().nullable(),
      routed: CostLine.nullable(),
      /** When the routed pick is pilot-only: its production alternative, priced the same way (not in the totals). */
      production: CostLine.nullable(),
      single: CostLine.nullable(),
    }),
  ),
  routed: Total,
  single: Total,
  /** single − routed: negative means consolidating saves money; null when either total is unknown. */
  consolidationDelta: z.number().nullable(),
  /** The score consolidating gives up (portfolio.singleModel.totalLoss), beside the money. */
  scoreGivenUp: z.number().nullable(),
  /** Models the plans use whose price is unknown. */
  unknownPrices: z.array(ModelRef),
});
export type Cost = z.infer<typeof Cost>;

/** A governance fact as the report used it. */
export const GovernanceUsed = z.strictObject({
  model: Id,
  requirement: Id,
  value: z.enum(['yes', 'no', 'unknown']),
  source: Id.nullable(),
  date: IsoDate.nullable(),
});
export type GovernanceUsed = z.infer<typeof GovernanceUsed>;

/** Where the pick would land after the change. */
const Outcome = z.strictObject({ model: Id, name: z.string(), status: z.enum(['production', 'pilot']) });

export const Trigger = z.strictObject({
  /** governance: a fact turning "yes"; figure: one benchmark figure; share: the mix; confidence: an evaluation. */
  kind: z.enum(['governance', 'figure', 'share', 'confidence']),
  message: z.string(),
  /** The model the change is about (null for a share). */
  model: Id.nullable(),
  /** governance: the requirement(s) whose facts would have to be "yes". */
  requirements: z.array(Id).optional(),
  /** figure: the benchmark, the figure at which the pick changes, and on which side. */
  benchmark: Id.optional(),
  figure: z.number().optional(),
  direction: z.enum(['at-least', 'at-most']).optional(),
  /** share: the bounds of this workload's share within which the single model holds. */
  low: z.number().optional(),
  high: z.number().optional(),
  /** confidence: the benchmarks whose figures would settle the pick. */
  benchmarks: z.array(Id).optional(),
  /** The pick after the change (governance, figure); null when the trigger changes the single model or confidence. */
  becomes: Outcome.nullable(),
});
export type Trigger = z.infer<typeof Trigger>;

export const Unblock = z.strictObject({
  /** Per requirement in the profile: the pick if only that one were dropped (null: still nothing). */
  drop: z.array(z.strictObject({ requirement: z.string(), becomes: Outcome.nullable() })),
  /** Unknown facts that keep leading models out, best-scoring first. */
  unknownFacts: z.array(z.strictObject({ model: Id, name: z.string(), requirements: z.array(Id) })),
  /** How to verify an unknown fact. */
  verify: z.array(z.string()),
});
export type Unblock = z.infer<typeof Unblock>;
