import type { Benchmark, WithOrigin } from '../dataset/schema.js';
import { DEFAULTS, figureInterval } from './intervals.js';
import { DETAIL_MODELS, GAP_POSITION, PARTIAL_COVERAGE, PROXY_PAD, SENSITIVITY } from './method.js';
import { type Contender, contender, tiedGroup } from './pick.js';
import type { Entry } from './rank.js';
import type { RecommendationPick } from './schema.js';
import type { ScoringContext, Terms } from './score.js';

// Fragile picks: each constant no source gives (method.ts SENSITIVITY) is set to each end of its plausible
// range and the pick recomputed from point scores and the tie rule alone (no re-sampling), among the leading
// DETAIL_MODELS models of the workload (a model further back would need a constant to move it past two dozen
// others). A constant that changes a benchmark's scale re-places only that benchmark's figures.

/** One end of one constant's range: the points it changes (null: none), and its effect on noise and coverage. */
export interface Variant {
  constant: string;
  value: number;
  alternative: number;
  /** The terms' columns whose benchmark it rescales, with the rescaled benchmark; empty when no point changes. */
  changed: [number, Bench][];
  noiseScale: number;
  proxyPad: number;
  partial: number;
  gapPosition: number;
}

type Bench = WithOrigin<Benchmark>;

function rescaled(b: Bench, constant: string, value: number, alternative: number): Bench | null {
  if (constant === 'elo-reference' && b.scale.kind === 'elo') {
    return { ...b, scale: { ...b.scale, reference: (b.scale.reference ?? 0) + alternative - value } };
  }
  if (constant === 'log-scale-bounds' && b.scale.kind === 'log') {
    const f = alternative / value;
    return { ...b, scale: { ...b.scale, min: b.scale.min * f, max: b.scale.max / f } };
  }
  return null;
}

/** Every variant that could change something for this mix: scale constants only when a scored benchmark uses that scale. */
export function variants(ctx: Pick<ScoringContext, 'benchmarks'>, terms: Terms): Variant[] {
  const out: Variant[] = [];
  for (const s of SENSITIVITY) {
    for (const alternative of s.alternatives) {
      const changed: [number, Bench][] = [];
      for (const [id, column] of terms.columns) {
        const b = ctx.benchmarks.get(id);
        // Where gaps count moves only gaps' points, on every benchmark: each is re-placed as it is.
        const r = b && (s.constant === 'gap-position' ? b : rescaled(b, s.constant, s.value, alternative));
        if (r) changed.push([column, r]);
      }
      const scaleConstant = s.constant === 'elo-reference' || s.constant === 'log-scale-bounds';
      if (scaleConstant && changed.length === 0) continue;
      out.push({
        constant: s.constant,
        value: s.value,
        alternative,
        changed,
        noiseScale: s.constant === 'noise-scale' ? alternative : 1,
        proxyPad: s.constant === 'proxy-pad' ? alternative : PROXY_PAD,
        partial: s.constant === 'partial-coverage' ? alternative : PARTIAL_COVERAGE,
        gapPosition: s.constant === 'gap-position' ? alternative : GAP_POSITION,
      });
    }
  }
  return out;
}

/** Each term's coefficient in the workload's score, by column: (1 − c)·weight, plus c for the efficiency term. */
function coefficients(e: Entry, costWeight: number): Float64Array {
  const { weights, columns, efficiency } = e.score.layout;
  const coef = new Float64Array(e.score.terms.columns.size);
  for (let k = 0; k < weights.length; k++) {
    const column = columns[k] as number;
    coef[column] = (coef[column] as number) + (1 - costWeight) * (weights[k] as { weight: number }).weight;
  }
  if (efficiency >= 0) coef[efficiency] = (coef[efficiency] as number) + costWeight;
  return coef;
}

/** A contender as the variant sees it: its point score moved by each rescaled term, its noise and coverage adjusted. */
function under(v: Variant, e: Entry, coef: Float64Array, ctx: Pick<ScoringContext, 'resolution'>): Contender {
  const s = e.score;
  const c = contender(e);
  let score = c.score;
  if (v.changed.length > 0) {
    const figures = ctx.resolution.figures.get(e.model.id);
    for (const [column, b] of v.changed) {
      const k = coef[column] as number;
      if (k === 0) continue;
      const was = s.terms.point[s.row + column] as number;
      score += k * (figureInterval(b, figures?.get(b.id)?.used, { ...DEFAULTS, gapPosition: v.gapPosition }).point - was);
    }
  }
  const noise = v.noiseScale * (s.noise - s.proxyWeight * PROXY_PAD) + s.proxyWeight * v.proxyPad;
  const coverage = s.split.measured + v.partial * s.split.partial;
  return { ...c, score, noise, coverage };
}

/** The constants whose alternative value changes the pick among the competing models, and what it flips to. */
export function fragility(
  ctx: Pick<ScoringContext, 'resolution' | 'costWeight'>,
  competing: readonly Entry[],
  pick: string,
  all: readonly Variant[],
): RecommendationPick['fragile'] {
  const out: RecommendationPick['fragile'] = [];
  // Competing models come in ranking order (best score first); the pick is among them.
  const leading = competing.slice(0, DETAIL_MODELS);
  if (!leading.some((e) => e.model.id === pick)) leading.push(...competing.filter((e) => e.model.id === pick));
  const first = leading[0];
  if (!first) return out;
  const coef = coefficients(first, ctx.costWeight);
  for (const v of all) {
    const group = tiedGroup(leading.map((e) => under(v, e, coef, ctx)));
    // leading is not empty, so neither is its tied group.
    const winner = leading[group[0] as number] as Entry;
    if (winner.model.id !== pick) {
      out.push({
        constant: v.constant,
        value: v.value,
        alternative: v.alternative,
        flipsTo: { model: winner.model.id, name: winner.model.name },
      });
    }
  }
  return out;
}
