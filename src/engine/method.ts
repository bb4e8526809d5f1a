// Every constant the engine works by, declared once and with no imports: the method's parameters, the profile's
// bounds and defaults, and the report's schema version. Code that must not load zod reads them here.

// The method's parameters. Most are echoed in every Recommendation's `method` block (index.ts), so a report
// states the thresholds it was judged by. docs/scoring.md explains each one; the constants no source gives are
// listed in SENSITIVITY with a plausible range, and a pick that flips within it is fragile.

/** A recommendation winning fewer Monte Carlo draws than this is low-confidence. */
export const LOW_WIN_PROBABILITY = 0.6;
/** A recommendation whose own figures back less than this share of the workload's weight is low-confidence. */
export const LOW_COVERAGE = 0.75;
/** Data older than this (newest observation used vs today) is stale: frontier models ship every 6–8 weeks. */
export const STALE_AFTER_DAYS = 60;
/** A figure measured on a sibling model stands in for the model ± this much (0–1 scale), on top of its noise. */
export const PROXY_PAD = 0.05;
/** How much of a benchmark's weight a range or words (a label read as a range) cover: partly, not as a measurement. */
export const PARTIAL_COVERAGE = 0.5;
/**
 * The noise band of a benchmark whose data declares none: a half-width of 2.5% of a linear scale (the July
 * source's "5-point delta is meaningful" on a 0–100 scale, halved), 25 rating points on an Elo scale, ±5% of
 * a figure on a log scale.
 */
export const DEFAULT_NOISE = { linear: 0.025, elo: 25, log: 0.05 } as const;
/** The z of a 95% Wilson interval, for a percent figure whose sample size is known. */
export const WILSON_Z = 1.96;
/**
 * Per model, the widest this-many uncertain terms are always drawn exactly. A model with more than twice
 * as many has the rest (each no wider than those) drawn as one normal with the same mean and variance,
 * clamped to its exact bounds (central limit theorem), which keeps 1,000 models × 100 benchmarks fast.
 */
export const EXACT_TERMS = 8;
/** Scores closer than this are equal: sums of the same figures in a different order differ in the last bits. */
export const TIE_EPSILON = 1e-12;
/**
 * Per workload, the ranking's first this-many models carry their contributions and evidence (and so, always,
 * do the pick, its runner-up, its challenger, its production alternative and the portfolio's single model);
 * the others are ranked by their numbers only.
 */
export const DETAIL_MODELS = 25;
/** How many blocked models are examined per workload, for what would unblock it or change its pick. */
export const TRIGGER_MODELS = 5;

/**
 * Where in its plausible band an unknown figure counts for the headline score: 0 is the band's worst end, 1 its
 * best. Unknown is never zero and never the peers' average; counted at the lower quartile it is pessimistic (a
 * gap does not flatter a model) without scoring a missing benchmark as a failed one. Sampling still draws it
 * across the whole band, and a pick that flips between the band's worst end and its middle is fragile.
 */
export const GAP_POSITION = 0.25;

/** A constant the sources do not give, the value used, and the ends of its plausible range. */
export interface Sensitivity {
  constant: string;
  value: number;
  alternatives: readonly [number, number];
  rationale: string;
}

/**
 * Every constant that can move a pick and that no source gives, with the ends of its plausible range. The pick
 * is recomputed (point scores, the tie rule) at each end; one that flips is fragile. Elo reference and token
 * bounds are offsets/multipliers of each benchmark's declared scale; the noise scale multiplies every band.
 */
export const SENSITIVITY: readonly Sensitivity[] = [
  {
    constant: 'gap-position',
    value: GAP_POSITION,
    alternatives: [0, 0.5],
    rationale: "where in its plausible band an unknown figure counts in the headline score: the band's worst end, or its middle",
  },
  {
    constant: 'elo-reference',
    value: 1500,
    alternatives: [1300, 1700],
    rationale: 'the fixed rating an Elo figure is compared with; the sources name no rating system',
  },
  {
    constant: 'log-scale-bounds',
    value: 1,
    alternatives: [0.1, 3],
    rationale: "a log scale's min multiplied and its max divided by this: 10M–1B tokens becomes 1M–10B or 30M–333M",
  },
  {
    constant: 'noise-scale',
    value: 1,
    alternatives: [0.4, 2],
    rationale: 'every noise band multiplied by this: 2.5 points becomes 1 or 5 (the whole meaningful delta)',
  },
  {
    constant: 'partial-coverage',
    value: PARTIAL_COVERAGE,
    alternatives: [0.25, 0.75],
    rationale: 'how much a range or words count for coverage, which orders models inside a tie',
  },
  {
    constant: 'proxy-pad',
    value: PROXY_PAD,
    alternatives: [0.02, 0.1],
    rationale: "how far a sibling model's figure may be from the model's own",
  },
];

// The profile's numeric bounds and defaults, declared once: the zod Profile and answers schemas, the
// zod-free profile check (profile.ts) and --help all read them.

/** Monte Carlo draws. The default gives ±1 pp (95%) on a win probability near 50%: 1.96·√(.25/n) ≤ .01. */
export const SAMPLES = { min: 100, max: 1_000_000, default: 10_000 } as const;
/** The random seed: any unsigned 32-bit integer. */
export const SEED = { min: 0, max: 4_294_967_295, default: 1 } as const;
/** Quality traded for token efficiency: 0 = quality only. */
export const COST_WEIGHT = { min: 0, max: 1, default: 0 } as const;

export const DEFAULT_SAMPLES = SAMPLES.default;
export const DEFAULT_SEED = SEED.default;

/**
 * The Recommendation's (and Comparison's) schema version. Code that checks it imports this constant, never the literal; kept apart from
 * schema.ts so that the engine (which must not load zod on every run) can stamp reports with it.
 */
export const SCHEMA_VERSION = '2.0';
