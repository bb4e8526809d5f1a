import type { Benchmark } from '../dataset/schema.js';

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * Maps a raw figure to 0–1 by fixed bounds of the benchmark's own scale, never by the models present:
 * - linear: (x − floor) / (max − floor), floor = chance level when given, else min;
 * - elo: expected win probability against the fixed reference rating, 1 / (1 + 10^((reference − x) / 400));
 * - log: (ln x − ln min) / (ln max − ln min), x first clamped into [min, max].
 * Then 1 − that when lower is better (so a log scale of token counts gives (ln max − ln x) / (ln max − ln min)),
 * and the result is clamped to [0, 1].
 */
export function normalize(value: number, benchmark: Pick<Benchmark, 'scale' | 'higherIsBetter'>): number {
  const { scale } = benchmark;
  let up: number;
  if (scale.kind === 'elo') {
    up = 1 / (1 + 10 ** (((scale.reference ?? 0) - value) / 400));
  } else if (scale.kind === 'log') {
    const x = Math.min(Math.max(value, scale.min), scale.max);
    up = (Math.log(x) - Math.log(scale.min)) / (Math.log(scale.max) - Math.log(scale.min));
  } else {
    const floor = scale.chance ?? scale.min;
    up = (value - floor) / (scale.max - floor);
  }
  return clamp01(benchmark.higherIsBetter ? up : 1 - up);
}
