// The engine's fixed method parameters. They are echoed in every Recommendation's `method` block, so a
// report always states the thresholds it was judged by. docs/scoring.md explains each one.

/** A recommendation winning fewer Monte Carlo draws than this is low-confidence. */
export const LOW_WIN_PROBABILITY = 0.6;
/** A recommendation whose real figures back less than this share of the workload's weight is low-confidence. */
export const LOW_COVERAGE = 0.75;
/** Data older than this (newest observation used vs today) is stale: frontier models ship every 6–8 weeks. */
export const STALE_AFTER_DAYS = 60;
/** A missing figure spans the measured peers' range widened by this much (0–1 scale) on each side. */
export const MISSING_PAD = 0.05;
/** A figure measured on a sibling model stands in for the model ± this much (0–1 scale). */
export const PROXY_PAD = 0.05;
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
 * do the pick, its runner-up, its production alternative and the portfolio's single model); the others are
 * ranked by their numbers only. The bundled data has far fewer models; a 1,000-model dataset would otherwise
 * put every model's every figure, four times over, into the report.
 */
export const DETAIL_MODELS = 25;
