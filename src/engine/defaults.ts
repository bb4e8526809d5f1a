// Profile defaults, apart from schema.ts so the engine's start-up path does not load zod (profile-check.ts).

export const DEFAULT_SAMPLES = 10_000; // ±1 pp (95%) on a win probability near 50%: 1.96·√(.25/n) ≤ .01
export const DEFAULT_SEED = 1;
