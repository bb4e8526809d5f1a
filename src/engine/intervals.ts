import type { Benchmark, Dataset } from '../dataset/schema.js';
import { MISSING_PAD, PROXY_PAD } from './method.js';
import { normalize } from './normalize.js';
import type { Obs, Resolution } from './resolve.js';

export type Basis = 'measured' | 'range' | 'label' | 'proxy' | 'missing';

/** A figure on the benchmark's 0–1 scale: the interval sampled and its midpoint, the point estimate. */
export interface Interval {
  basis: Basis;
  lo: number;
  hi: number;
  point: number;
  /** The observation behind it; for "missing" this is a bare label when the sources only had words. */
  observation: Obs | null;
}

type Bench = Pick<Benchmark, 'id' | 'scale' | 'higherIsBetter'>;

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/** lo and hi may come in either order (a lower-is-better scale reverses a range). */
function make(basis: Basis, lo: number, hi: number, observation: Obs | null, pad = 0): Interval {
  const a = clamp01(Math.min(lo, hi) - pad);
  const b = clamp01(Math.max(lo, hi) + pad);
  return { basis, lo: a, hi: b, point: (a + b) / 2, observation };
}

/** An observation with numbers, placed on the scale; null for a bare label that cannot be placed. */
function place(o: Obs, b: Bench): Interval | null {
  if (o.value !== undefined) {
    const x = normalize(o.value, b);
    return o.proxyFor ? make('proxy', x, x, o, PROXY_PAD) : make('measured', x, x, o);
  }
  if (o.low === undefined || o.high === undefined) return null;
  const [x, y] = [normalize(o.low, b), normalize(o.high, b)];
  if (o.proxyFor) return make('proxy', x, y, o, PROXY_PAD);
  return make(o.label !== undefined ? 'label' : 'range', x, y, o);
}

/**
 * What the measured peers span on each benchmark: the normalised hull of every model's scored, non-proxy
 * figure (after the as-of filter). Every model counts, eligible or not, so an exclusion or a requirement
 * never moves anyone's score. Benchmarks no model has a figure on are absent.
 */
export function peerSpans(dataset: Pick<Dataset, 'benchmarks'>, resolution: Resolution): Map<string, [number, number]> {
  const byId = new Map(dataset.benchmarks.map((b) => [b.id, b]));
  const spans = new Map<string, [number, number]>();
  for (const byBenchmark of resolution.figures.values()) {
    for (const f of byBenchmark.values()) {
      const b = byId.get(f.benchmark);
      if (!b || f.used.proxyFor) continue;
      const iv = place(f.used, b);
      if (!iv) continue;
      const span = spans.get(b.id);
      if (!span) spans.set(b.id, [iv.lo, iv.hi]);
      else {
        if (iv.lo < span[0]) span[0] = iv.lo;
        if (iv.hi > span[1]) span[1] = iv.hi;
      }
    }
  }
  return spans;
}

/**
 * The interval for one model on one benchmark:
 * - a value: a point (measured; a figure in a named mode counts as measured);
 * - low/high: that range (basis "label" when the source gave words, "range" otherwise);
 * - a sibling's figure (proxy): its numbers ± PROXY_PAD;
 * - no figure, or only words with no numbers: unknown, never zero — the peers' span ± MISSING_PAD,
 *   or the whole scale [0, 1] when no model has a figure there.
 * Everything is clamped to [0, 1].
 */
export function figureInterval(benchmark: Bench, used: Obs | undefined, span: readonly [number, number] | undefined): Interval {
  const placed = used ? place(used, benchmark) : null;
  if (placed) return placed;
  if (!span) return make('missing', 0, 1, used ?? null);
  return make('missing', span[0], span[1], used ?? null, MISSING_PAD);
}

/** Whether a basis counts towards coverage: a real figure for this model. */
export const isReal = (basis: Basis) => basis === 'measured' || basis === 'range' || basis === 'label';
