import type { Benchmark } from '../dataset/schema.js';

/**
 * The inverse of normalize (normalize.ts): the raw figure whose 0–1 point is `p`, for p strictly inside (0, 1)
 * (the ends are where normalize clamps, so they have no single inverse). Linear: floor + up·(max − floor);
 * elo: reference − 400·log10(1/up − 1); log: exp(ln min + up·(ln max − ln min)); up = p, or 1 − p when lower
 * is better. Null outside (0, 1).
 */
export function denormalize(p: number, benchmark: Pick<Benchmark, 'scale' | 'higherIsBetter'>): number | null {
  if (!(p > 0 && p < 1)) return null;
  const up = benchmark.higherIsBetter ? p : 1 - p;
  const { scale } = benchmark;
  if (scale.kind === 'elo') return (scale.reference ?? 0) - 400 * Math.log10(1 / up - 1);
  if (scale.kind === 'log') return Math.exp(Math.log(scale.min) + up * (Math.log(scale.max) - Math.log(scale.min)));
  const floor = scale.chance ?? scale.min;
  return floor + up * (scale.max - floor);
}
