import type { Benchmark, Model, WithOrigin, Workload } from '../dataset/schema.js';
import { figureInterval, type Interval, isReal } from './intervals.js';
import { lookupFigure, type Obs, type Resolution } from './resolve.js';
import type { Contribution } from './schema.js';

/** What scoring needs besides the workload and the model; the same for every workload. */
export interface ScoringContext {
  benchmarks: Map<string, WithOrigin<Benchmark>>;
  /** The benchmark the cost weight trades quality against, or null when the dataset has none. */
  efficiency: WithOrigin<Benchmark> | null;
  resolution: Resolution;
  spans: Map<string, [number, number]>;
  costWeight: number;
}

/** One model's score on one workload: the headline point, its exact bounds, and what sampling needs. */
export interface ModelScore {
  contributions: Contribution[];
  efficiencyContribution: Contribution | null;
  quality: number;
  efficiency: number;
  score: number;
  low: number;
  high: number;
  coverage: number;
  /** Coefficient × interval width of each uncertain term: a draw is low + Σ spread·U(0,1). */
  spreads: number[];
  /** Observations behind terms with weight above 0 that were measured on a sibling model, or in a named mode. */
  proxies: Obs[];
  modes: Obs[];
}

/** A dataset with no efficiency benchmark: every model's efficiency is unknown over the whole scale. */
const UNKNOWN_EFFICIENCY: Interval = { basis: 'missing', lo: 0, hi: 1, point: 0.5, observation: null };

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

function contribution(benchmark: string, weight: number, iv: Interval): Contribution {
  const o = iv.observation;
  return {
    benchmark,
    weight,
    basis: iv.basis,
    normalized: iv.point,
    normalizedLow: iv.lo,
    normalizedHigh: iv.hi,
    contribution: weight * iv.point,
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

/** The workload's benchmark weights, normalised to sum to 1 (zero weights stay listed, with weight 0). */
export function workloadWeights(workload: Pick<Workload, 'benchmarks'>): { benchmark: string; weight: number }[] {
  const total = workload.benchmarks.reduce((s, b) => s + b.weight, 0);
  return workload.benchmarks.map((b) => ({ benchmark: b.benchmark, weight: b.weight / total }));
}

function intervalFor(ctx: ScoringContext, model: string, benchmarkId: string): Interval {
  const benchmark = ctx.benchmarks.get(benchmarkId);
  if (!benchmark) throw new Error(`workload refers to unknown benchmark "${benchmarkId}"`);
  return figureInterval(benchmark, lookupFigure(ctx.resolution, model, benchmarkId)?.used, ctx.spans.get(benchmarkId));
}

/**
 * score = (1 − c)·quality + c·efficiency, quality = Σ w·x over the workload's benchmarks, each x the
 * midpoint of its interval; low/high put every uncertain term at its worst/best. Coverage is the share of
 * the (cost-weighted) weight backed by a real figure: measured, a range, or words given as a range.
 */
export function scoreModel(ctx: ScoringContext, model: Pick<Model, 'id'>, weights: { benchmark: string; weight: number }[]): ModelScore {
  const c = ctx.costWeight;
  const contributions: Contribution[] = [];
  const proxies: Obs[] = [];
  const modes: Obs[] = [];
  const spreads: number[] = [];
  let [q, qLo, qHi, realWeight] = [0, 0, 0, 0];
  const note = (iv: Interval, coef: number) => {
    if (coef <= 0) return;
    if (iv.hi > iv.lo) spreads.push(coef * (iv.hi - iv.lo));
    if (iv.basis === 'proxy' && iv.observation) proxies.push(iv.observation);
    if (iv.observation?.mode && iv.basis !== 'missing') modes.push(iv.observation);
  };
  for (const { benchmark, weight } of weights) {
    const iv = intervalFor(ctx, model.id, benchmark);
    contributions.push(contribution(benchmark, weight, iv));
    q += weight * iv.point;
    qLo += weight * iv.lo;
    qHi += weight * iv.hi;
    if (isReal(iv.basis)) realWeight += weight;
    note(iv, (1 - c) * weight);
  }
  const eff = ctx.efficiency ? intervalFor(ctx, model.id, ctx.efficiency.id) : UNKNOWN_EFFICIENCY;
  const efficiencyContribution = ctx.efficiency ? contribution(ctx.efficiency.id, c, eff) : null;
  note(eff, c);
  const score = clamp01((1 - c) * q + c * eff.point);
  const low = clamp01((1 - c) * qLo + c * eff.lo);
  const high = clamp01((1 - c) * qHi + c * eff.hi);
  const coverage = clamp01((1 - c) * realWeight + (isReal(eff.basis) ? c : 0));
  return {
    contributions,
    efficiencyContribution,
    quality: clamp01(q),
    efficiency: eff.point,
    score,
    low,
    high,
    coverage,
    spreads,
    proxies,
    modes,
  };
}
