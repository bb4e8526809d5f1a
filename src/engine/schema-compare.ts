import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';
import { CoverageSplit, Recommendation, RecommendationPick, SCHEMA_VERSION, WorkloadResult } from './schema.js';

// The contract of `compare --json` (Comparison), built from the Recommendation's own parts.

const Side = z.strictObject({
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  label: z.string().nullable(),
  source: Id,
  date: IsoDate,
  origin: z.string(),
  note: z.string().nullable(),
  proxyFor: z.string().nullable(),
  /** On the benchmark's fixed 0–1 scale. */
  normalized: z.number(),
  normalizedLow: z.number(),
  normalizedHigh: z.number(),
});

const WorkloadSide = z.strictObject({
  score: z.number(),
  low: z.number(),
  high: z.number(),
  coverage: z.number(),
  coverageSplit: CoverageSplit,
  /** Whether the model has figures of its own on this workload; if not, it is not ranked. */
  assessed: z.boolean(),
});

/** `compare --json`: two models head to head. */
export const Comparison = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: Recommendation.shape.tool,
  dataset: Recommendation.shape.dataset,
  models: z.array(z.strictObject({ id: Id, name: z.string(), vendor: z.string() })).length(2),
  governance: z.array(
    z.strictObject({ requirement: Id, label: z.string(), a: z.enum(['yes', 'no', 'unknown']), b: z.enum(['yes', 'no', 'unknown']) }),
  ),
  benchmarks: z.array(
    z.strictObject({
      benchmark: Id,
      name: z.string(),
      unit: z.enum(['percent', 'score', 'rating', 'tokens']),
      a: Side.nullable(),
      b: Side.nullable(),
      /** The model ahead on the normalised scale; null when either has no figure or they tie. */
      leader: Id.nullable(),
      /** |a − b| on the normalised 0–1 scale, at the point estimates. */
      margin: z.number().nullable(),
      /** true when the two figures' intervals do not overlap. */
      clear: z.boolean(),
    }),
  ),
  workloads: z.array(
    z.strictObject({
      workload: Id,
      name: z.string(),
      share: z.number(),
      a: WorkloadSide,
      b: WorkloadSide,
      /** Share of Monte Carlo draws in which the first model scores higher (ties split); null unless both are assessed. */
      aWinProbability: z.number().nullable(),
      /** The engine's pick between the two (tie rule included); null on a tie or when neither is assessed. */
      leader: Id.nullable(),
      margin: z.number(),
      confidence: RecommendationPick.shape.confidence.nullable(),
      settle: RecommendationPick.shape.settle,
      fragile: RecommendationPick.shape.fragile,
      /** Which of the two has no figures of its own here. */
      notAssessed: z.array(Id),
      verdicts: WorkloadResult.shape.verdicts,
    }),
  ),
  /** Σ share × score for each model over the mix. */
  blended: z.strictObject({ a: z.number(), b: z.number(), leader: Id.nullable() }),
  warnings: Recommendation.shape.warnings,
});
export type Comparison = z.infer<typeof Comparison>;
