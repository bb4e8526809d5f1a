// The profile's numeric bounds and defaults, declared once: flag parsing, the zod Profile and answers
// schemas, the zod-free profile check and --help all read them. Apart from schema.ts so the engine's
// start-up path does not load zod (profile-check.ts).

/** Monte Carlo draws. The default gives ±1 pp (95%) on a win probability near 50%: 1.96·√(.25/n) ≤ .01. */
export const SAMPLES = { min: 100, max: 1_000_000, default: 10_000 } as const;
/** The random seed: any unsigned 32-bit integer. */
export const SEED = { min: 0, max: 4_294_967_295, default: 1 } as const;
/** Quality traded for token efficiency: 0 = quality only. */
export const COST_WEIGHT = { min: 0, max: 1, default: 0 } as const;

export const DEFAULT_SAMPLES = SAMPLES.default;
export const DEFAULT_SEED = SEED.default;
