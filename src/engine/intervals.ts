import type { Benchmark } from '../dataset/schema.js';
import { DEFAULT_NOISE, GAP_POSITION, PROXY_PAD, WILSON_Z } from './method.js';
import type { Obs } from './resolve.js';

// Figures on the fixed 0–1 scale: each observation as an interval with its noise band (figureInterval), and the
// mapping between a benchmark's own scale and 0–1 (normalize, denormalize).

export type Basis = 'measured' | 'range' | 'label' | 'proxy' | 'missing';

/**
 * A figure on the benchmark's 0–1 scale: the interval sampled, the point the headline score uses, and the
 * half-width of its noise band (what separates two figures; 0 for a gap, whose width is ignorance, not noise).
 */
export interface Interval {
  basis: Basis;
  lo: number;
  hi: number;
  point: number;
  noise: number;
  /** The observation behind it; for "missing" this is a bare label when the sources only had words. */
  observation: Obs | null;
}

export type Bench = Pick<Benchmark, 'id' | 'scale' | 'higherIsBetter' | 'noise' | 'plausible'>;

/** What the sensitivity check varies: every noise band scaled, and the proxy pad. */
export interface IntervalOptions {
  noiseScale: number;
  proxyPad: number;
  /** Where in its band a gap's headline point lies (method.ts GAP_POSITION). */
  gapPosition: number;
}

export const DEFAULTS: IntervalOptions = { noiseScale: 1, proxyPad: PROXY_PAD, gapPosition: GAP_POSITION };

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** The noise half-width in the scale's own units (for a log scale, a fraction of the figure). */
export function noiseHalfWidth(b: Bench): number {
  if (b.noise) return b.noise.halfWidth;
  const { scale } = b;
  return scale.kind === 'elo'
    ? DEFAULT_NOISE.elo
    : scale.kind === 'log'
      ? DEFAULT_NOISE.log
      : DEFAULT_NOISE.linear * (scale.max - scale.min);
}

/** A 95% Wilson interval for a percent figure measured on n items, in percent. */
export function wilson(percent: number, n: number): [number, number] {
  const p = Math.min(Math.max(percent / 100, 0), 1);
  const z2 = WILSON_Z * WILSON_Z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (WILSON_Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [100 * (centre - half), 100 * (centre + half)];
}

/** An observation with numbers, placed on the scale; null for a bare label that cannot be placed. Scalars only: 100,000 terms. */
function place(o: Obs, b: Bench, opts: IntervalOptions): Interval | null {
  let low: number;
  let high: number;
  if (o.value !== undefined) {
    low = o.value;
    high = o.value;
  } else if (o.low !== undefined && o.high !== undefined) {
    low = o.low;
    high = o.high;
  } else return null;
  const x = normalize(low, b);
  const y = normalize(high, b);
  // The noise band: a Wilson interval when the sample size of a percent point is known, else ± the half-width.
  let wl: number;
  let wh: number;
  if (o.n !== undefined && b.scale.unit === 'percent' && low === high) {
    const w = wilson(low, o.n);
    wl = w[0];
    wh = w[1];
  } else {
    const h = noiseHalfWidth(b) * opts.noiseScale;
    const log = b.scale.kind === 'log';
    wl = log ? low / (1 + h) : low - h;
    wh = log ? high * (1 + h) : high + h;
  }
  const u = normalize(wl, b);
  const v = normalize(wh, b);
  const pad = o.proxyFor ? opts.proxyPad : 0;
  const lo = clamp01((u < v ? u : v) - pad);
  const hi = clamp01((u < v ? v : u) + pad);
  // The noise is what the band adds around the figure itself (a range's own width is not noise).
  const noise = (hi - lo - Math.abs(y - x)) / 2;
  const basis: Basis = o.proxyFor ? 'proxy' : o.value !== undefined ? 'measured' : o.label !== undefined ? 'label' : 'range';
  return { basis, lo, hi, point: (x + y) / 2, noise: noise > 0 ? noise : 0, observation: o };
}

/** Where a gap lies: the benchmark's declared plausible band, or the whole scale. */
export function gapInterval(b: Bench): [number, number] {
  if (!b.plausible) return [0, 1];
  const [x, y] = [normalize(b.plausible.low, b), normalize(b.plausible.high, b)];
  return [Math.min(x, y), Math.max(x, y)];
}

/**
 * The interval for one model on one benchmark, from that model's own observation alone (never from other
 * models, so adding or removing a model moves no one else):
 * - a value: the point, widened by the benchmark's noise band (or a Wilson interval when `n` is known);
 * - low/high: that range widened by the band (basis "label" when the source gave words, "range" otherwise);
 * - a sibling's figure (proxy): its numbers widened by the band, ± the proxy pad;
 * - no figure, or only words with no numbers: unknown, never zero — the benchmark's plausible band (or the
 *   whole scale), with the headline point at GAP_POSITION of the band (its lower quartile): pessimistic, never
 *   zero, never borrowed from another model.
 * Everything is clamped to [0, 1].
 */
export function figureInterval(benchmark: Bench, used: Obs | undefined, opts: IntervalOptions = DEFAULTS): Interval {
  const placed = used ? place(used, benchmark, opts) : null;
  if (placed) return placed;
  const [lo, hi] = gapInterval(benchmark);
  return { basis: 'missing', lo, hi, point: lo + opts.gapPosition * (hi - lo), noise: 0, observation: used ?? null };
}

/** Whether a basis is the model's own evidence: a measured figure, a range, or words read as a range. */
export const isReal = (basis: Basis) => basis === 'measured' || basis === 'range' || basis === 'label';

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

/**
 * The inverse of normalize (above): the raw figure whose 0–1 point is `p`, for p strictly inside (0, 1)
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
