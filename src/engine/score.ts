import type { Benchmark, Model, WithOrigin, Workload } from '../dataset/schema.js';
import { type Basis, figureInterval, isReal } from './intervals.js';
import { PARTIAL_COVERAGE } from './method.js';
import type { Obs, Resolution } from './resolve.js';
import type { Contribution } from './schema.js';

// Scores: every model's interval on every benchmark, placed once as columns of numbers and summed per workload
// into a headline score with its worst and best case and its coverage; the --explain contributions.

/** What scoring needs besides the workload and the model; the same for every workload. */
export interface ScoringContext {
  benchmarks: Map<string, WithOrigin<Benchmark>>;
  /** The benchmark the cost weight trades quality against, or null when the dataset has none. */
  efficiency: WithOrigin<Benchmark> | null;
  resolution: Resolution;
  costWeight: number;
}

export const BASES: readonly Basis[] = ['measured', 'range', 'label', 'proxy', 'missing'];
const MEASURED = BASES.indexOf('measured');
const PROXY = BASES.indexOf('proxy');
const MISSING = BASES.indexOf('missing');
export const REAL = BASES.map(isReal);

/** Shares of a score's weight by what backs it: a measured figure, a range or words, a sibling's figure, nothing. */
export interface CoverageSplit {
  measured: number;
  partial: number;
  proxy: number;
  missing: number;
}

/**
 * Every model's interval on every benchmark the mix scores, as flat columns of numbers: term t of a model is
 * at row + column. An interval depends on the model and the benchmark alone, never on the workload or on other models,
 * so it is placed once and each workload only sums; numbers in typed arrays, not an object per term, because
 * 1,000 models × 100 benchmarks are 100,000 terms.
 */
export interface Terms {
  /** Benchmark id → its column. */
  columns: Map<string, number>;
  /** Model id → the offset of its row. */
  rows: Map<string, number>;
  lo: Float64Array;
  hi: Float64Array;
  /** The point the headline score uses: the figure itself, a range's midpoint, a gap's lower quartile (GAP_POSITION). */
  point: Float64Array;
  /** The half-width of the figure's noise band on the 0–1 scale (0 for a gap). */
  noise: Float64Array;
  /** An index into BASES. */
  basis: Uint8Array;
  /** The observation behind each term; for "missing", a bare label when the sources only had words. */
  observation: (Obs | null)[];
}

/** A workload's benchmarks, weights normalised, and where each sits in a row. */
export interface Layout {
  weights: { benchmark: string; weight: number }[];
  columns: Int32Array;
  /** The efficiency benchmark's column, or −1 when the dataset has none. */
  efficiency: number;
}

/** One model's score on one workload: the headline point, its exact bounds, and what sampling needs. */
export interface ModelScore {
  quality: number;
  efficiency: number;
  score: number;
  low: number;
  high: number;
  coverage: number;
  split: CoverageSplit;
  /** Whether the model has evidence of its own (measured, range or words) on a benchmark the workload weighs. */
  assessed: boolean;
  /** Σ coefficient × noise half-width: how far the score's noise reaches either way. */
  noise: number;
  /** Σ coefficient over the terms resting on a sibling's figure (for the proxy-pad sensitivity). */
  proxyWeight: number;
  /** Coefficient × interval width of each uncertain term: a draw is low + Σ spread·U(0,1). */
  spreads: number[];
  /** Observations behind terms with weight above 0 that were measured on a sibling model, or in a named mode. */
  proxies: Obs[];
  modes: Obs[];
  /** Where the model's terms are, and the workload's layout: for tie-breaks on the terms, and for detail. */
  terms: Terms;
  row: number;
  layout: Layout;
}

/** A dataset with no efficiency benchmark: every model's efficiency is unknown over the whole scale. */
const UNKNOWN_EFFICIENCY = { basis: MISSING, lo: 0, hi: 1, point: 0, noise: 0, observation: null };

/**
 * Every term below is a product of non-negative numbers (weights ≥ 0, points and bounds in [0, 1], c in [0, 1]),
 * so a sum cannot fall below 0; it can rise past 1 by rounding (weights 9, 18, 1 normalise to a sum of
 * 1.0000000000000002), so only the top is clamped.
 */
const atMost1 = (x: number) => Math.min(x, 1);

/** The workload's benchmark weights, normalised to sum to 1 (zero weights stay listed, with weight 0). */
export function workloadWeights(workload: Pick<Workload, 'benchmarks'>): { benchmark: string; weight: number }[] {
  const total = workload.benchmarks.reduce((s, b) => s + b.weight, 0);
  return workload.benchmarks.map((b) => ({ benchmark: b.benchmark, weight: b.weight / total }));
}

/** Each model's interval on each of `benchmarks` (and on the efficiency benchmark, when there is one). */
export function placeTerms(ctx: ScoringContext, models: readonly Pick<Model, 'id'>[], benchmarks: readonly string[]): Terms {
  const ids = [...new Set([...benchmarks, ...(ctx.efficiency ? [ctx.efficiency.id] : [])])];
  const placed = ids.map((id) => {
    const benchmark = ctx.benchmarks.get(id);
    if (!benchmark) throw new Error(`workload refers to unknown benchmark "${id}"`);
    return { benchmark };
  });
  const width = placed.length;
  const size = models.length * width;
  const terms: Terms = {
    columns: new Map(ids.map((id, k) => [id, k])),
    rows: new Map(),
    lo: new Float64Array(size),
    hi: new Float64Array(size),
    point: new Float64Array(size),
    noise: new Float64Array(size),
    basis: new Uint8Array(size),
    observation: new Array(size).fill(null),
  };
  models.forEach((model, m) => {
    const row = m * width;
    terms.rows.set(model.id, row);
    const figures = ctx.resolution.figures.get(model.id);
    for (let k = 0; k < width; k++) {
      const { benchmark } = placed[k] as (typeof placed)[number];
      const iv = figureInterval(benchmark, figures?.get(benchmark.id)?.used);
      const t = row + k;
      terms.lo[t] = iv.lo;
      terms.hi[t] = iv.hi;
      terms.point[t] = iv.point;
      terms.noise[t] = iv.noise;
      terms.basis[t] = BASES.indexOf(iv.basis);
      terms.observation[t] = iv.observation;
    }
  });
  return terms;
}

export function layoutOf(ctx: ScoringContext, terms: Terms, workload: Pick<Workload, 'benchmarks'>): Layout {
  const weights = workloadWeights(workload);
  const column = (id: string) => terms.columns.get(id) as number;
  return {
    weights,
    columns: Int32Array.from(weights, (w) => column(w.benchmark)),
    efficiency: ctx.efficiency ? column(ctx.efficiency.id) : -1,
  };
}

interface Uncertain {
  spreads: number[];
  proxies: Obs[];
  modes: Obs[];
}

/** A term with coefficient `coef` in the score: its width to sample, and whether it is a proxy or a named mode. */
function note(acc: Uncertain, coef: number, basis: number, lo: number, hi: number, o: Obs | null) {
  if (coef <= 0) return;
  if (hi > lo) acc.spreads.push(coef * (hi - lo));
  if (basis === PROXY && o) acc.proxies.push(o);
  if (o?.mode && basis !== MISSING) acc.modes.push(o);
}

/**
 * score = (1 − c)·quality + c·efficiency, quality = Σ w·x over the workload's benchmarks, each x the point of
 * its interval (a gap at GAP_POSITION of its band); low/high put every uncertain term at its worst/best. Coverage
 * counts a measured figure fully, a range or words at PARTIAL_COVERAGE, a proxy or a gap not at all. A model
 * is assessed when it has evidence of its own on a benchmark with weight above 0.
 * Numbers only: the per-benchmark contributions are built later, for the models the report details.
 */
export function scoreModel(ctx: ScoringContext, terms: Terms, row: number, layout: Layout): ModelScore {
  const c = ctx.costWeight;
  const { weights, columns } = layout;
  const { lo, hi, point, basis, observation } = terms;
  const acc: Uncertain = { spreads: [], proxies: [], modes: [] };
  let q = 0;
  let qLo = 0;
  let qHi = 0;
  let noise = 0;
  let proxyWeight = 0;
  let assessed = false;
  const split: CoverageSplit = { measured: 0, partial: 0, proxy: 0, missing: 0 };
  const add = (coef: number, t: number) => {
    const b = basis[t] as number;
    noise += coef * (terms.noise[t] as number);
    if (b === MEASURED) split.measured += coef;
    else if (REAL[b]) split.partial += coef;
    else if (b === PROXY) {
      split.proxy += coef;
      proxyWeight += coef;
    } else split.missing += coef;
  };
  for (let k = 0; k < weights.length; k++) {
    const weight = (weights[k] as { weight: number }).weight;
    const t = row + (columns[k] as number);
    q += weight * (point[t] as number);
    qLo += weight * (lo[t] as number);
    qHi += weight * (hi[t] as number);
    if (weight > 0 && REAL[basis[t] as number]) assessed = true;
    add((1 - c) * weight, t);
    note(acc, (1 - c) * weight, basis[t] as number, lo[t] as number, hi[t] as number, observation[t] as Obs | null);
  }
  const t = layout.efficiency;
  const eff =
    t >= 0
      ? { basis: basis[row + t] as number, lo: lo[row + t] as number, hi: hi[row + t] as number, point: point[row + t] as number }
      : UNKNOWN_EFFICIENCY;
  if (t >= 0) add(c, row + t);
  else split.missing += c;
  note(acc, c, eff.basis, eff.lo, eff.hi, t >= 0 ? (observation[row + t] as Obs | null) : null);
  return {
    quality: atMost1(q),
    efficiency: eff.point,
    score: atMost1((1 - c) * q + c * eff.point),
    low: atMost1((1 - c) * qLo + c * eff.lo),
    high: atMost1((1 - c) * qHi + c * eff.hi),
    coverage: atMost1(split.measured + PARTIAL_COVERAGE * split.partial),
    split,
    assessed,
    noise,
    proxyWeight,
    ...acc,
    terms,
    row,
    layout,
  };
}

function contribution(benchmark: string, weight: number, terms: Terms, t: number): Contribution {
  const o = terms.observation[t];
  const point = terms.point[t] as number;
  return {
    benchmark,
    weight,
    basis: BASES[terms.basis[t] as number] as Basis,
    normalized: point,
    normalizedLow: terms.lo[t] as number,
    normalizedHigh: terms.hi[t] as number,
    contribution: weight * point,
    value: o?.value ?? null,
    low: o?.low ?? null,
    high: o?.high ?? null,
    label: o?.label ?? null,
    source: o?.source ?? null,
    date: o?.date ?? null,
    origin: o?.origin ?? null,
    note: o?.note ?? null,
  };
}

/** Each benchmark's part in the score (the --explain view), and the efficiency term's (weight c; null without one). */
export function contributionsOf(
  ctx: Pick<ScoringContext, 'efficiency' | 'costWeight'>,
  s: ModelScore,
): { contributions: Contribution[]; efficiencyContribution: Contribution | null } {
  const { weights, columns, efficiency } = s.layout;
  return {
    contributions: weights.map((w, k) => contribution(w.benchmark, w.weight, s.terms, s.row + (columns[k] as number))),
    efficiencyContribution:
      ctx.efficiency && efficiency >= 0 ? contribution(ctx.efficiency.id, ctx.costWeight, s.terms, s.row + efficiency) : null,
  };
}
