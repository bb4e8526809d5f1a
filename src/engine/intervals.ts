import type { Benchmark, Dataset } from '../dataset/schema.js';
import { MISSING_PAD, PROXY_PAD } from './method.js';
import { normalize } from './normalize.js';
import { allFigures, type Obs, type Resolution } from './resolve.js';

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
function make(basis: Basis, lo: number, hi: number, observation: Obs | null): Interval {
  const a = clamp01(Math.min(lo, hi));
  const b = clamp01(Math.max(lo, hi));
  return { basis, lo: a, hi: b, point: (a + b) / 2, observation };
}

/** The normalised interval of an observation's numbers (lowest first), or null for a bare label. */
function numbers(o: Obs, b: Bench): [number, number] | null {
  if (o.value !== undefined) {
    const x = normalize(o.value, b);
    return [x, x];
  }
  if (o.low === undefined || o.high === undefined) return null;
  const [x, y] = [normalize(o.low, b), normalize(o.high, b)];
  return x <= y ? [x, y] : [y, x];
}

/**
 * What the measured peers span on each benchmark: the normalised hull of every model's scored, non-proxy
 * figure (after the as-of filter). Every model counts, eligible or not, so an exclusion or a requirement
 * never moves anyone's score. Benchmarks no model has a figure on are absent.
 */
export function peerSpans(dataset: Pick<Dataset, 'benchmarks'>, resolution: Resolution): Map<string, [number, number]> {
  const byId = new Map(dataset.benchmarks.map((b) => [b.id, b]));
  const spans = new Map<string, [number, number]>();
  for (const f of allFigures(resolution)) {
    const b = byId.get(f.benchmark);
    if (!b || f.used.proxyFor) continue;
    const xs = numbers(f.used, b);
    if (!xs) continue;
    const [lo, hi] = xs;
    const span = spans.get(b.id);
    if (span) spans.set(b.id, [Math.min(span[0], lo), Math.max(span[1], hi)]);
    else spans.set(b.id, [lo, hi]);
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
export function figureInterval(benchmark: Bench, used: Obs | undefined, span: [number, number] | undefined): Interval {
  const xs = used ? numbers(used, benchmark) : null;
  if (used && xs) {
    if (used.proxyFor) return make('proxy', xs[0] - PROXY_PAD, xs[1] + PROXY_PAD, used);
    if (used.value !== undefined) return make('measured', xs[0], xs[1], used);
    return make(used.label !== undefined ? 'label' : 'range', xs[0], xs[1], used);
  }
  if (!span) return make('missing', 0, 1, used ?? null);
  return make('missing', span[0] - MISSING_PAD, span[1] + MISSING_PAD, used ?? null);
}

/** Whether a basis counts towards coverage: a real figure for this model. */
export const isReal = (basis: Basis) => basis === 'measured' || basis === 'range' || basis === 'label';
