import type { Benchmark, Model, WithOrigin } from '../dataset/schema.js';
import { type Contender, contender, tiedGroup } from './confidence.js';
import { figureInterval } from './intervals.js';
import { PARTIAL_COVERAGE, PROXY_PAD, SENSITIVITY } from './method.js';
import type { Entry } from './rank.js';
import type { RecommendationPick } from './schema.js';
import type { ScoringContext, Terms } from './score.js';

// Fragile picks: each constant no source gives (method.ts SENSITIVITY) is set to each end of its plausible
// range and the pick recomputed from point scores and the tie rule alone (no re-sampling), so the check costs
// a few sums per model. A constant that changes a benchmark's scale re-places only that benchmark's column.

/** One end of one constant's range: the points it changes (null: none), and its effect on noise and coverage. */
export interface Variant {
  constant: string;
  value: number;
  alternative: number;
  /** Replacement points for the terms it changes (same layout as Terms), or null when no point changes. */
  point: Float64Array | null;
  noiseScale: number;
  proxyPad: number;
  partial: number;
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
export function variants(
  ctx: Pick<ScoringContext, 'benchmarks' | 'resolution'>,
  models: readonly Pick<Model, 'id'>[],
  terms: Terms,
): Variant[] {
  const out: Variant[] = [];
  const width = terms.columns.size;
  for (const s of SENSITIVITY) {
    for (const alternative of s.alternatives) {
      const base = {
        constant: s.constant,
        value: s.value,
        alternative,
        point: null,
        noiseScale: s.constant === 'noise-scale' ? alternative : 1,
        proxyPad: s.constant === 'proxy-pad' ? alternative : PROXY_PAD,
        partial: s.constant === 'partial-coverage' ? alternative : PARTIAL_COVERAGE,
      };
      if (s.constant !== 'elo-reference' && s.constant !== 'log-scale-bounds') {
        out.push(base);
        continue;
      }
      const changed: [number, Bench][] = [];
      for (const [id, column] of terms.columns) {
        const b = ctx.benchmarks.get(id);
        const r = b && rescaled(b, s.constant, s.value, alternative);
        if (r) changed.push([column, r]);
      }
      if (changed.length === 0) continue;
      const point = Float64Array.from(terms.point);
      models.forEach((m, i) => {
        const figures = ctx.resolution.figures.get(m.id);
        for (const [column, b] of changed) point[i * width + column] = figureInterval(b, figures?.get(b.id)?.used).point;
      });
      out.push({ ...base, point });
    }
  }
  return out;
}

/** A contender as the variant sees it: its point score re-summed when points change, its noise and coverage adjusted. */
function under(v: Variant, e: Entry, costWeight: number): Contender {
  const s = e.score;
  const c = contender(e);
  let score = c.score;
  if (v.point) {
    const { weights, columns, efficiency } = s.layout;
    let q = 0;
    for (let k = 0; k < weights.length; k++)
      q += (weights[k] as { weight: number }).weight * (v.point[s.row + (columns[k] as number)] as number);
    const eff = efficiency >= 0 ? (v.point[s.row + efficiency] as number) : 0;
    score = (1 - costWeight) * q + costWeight * eff;
  }
  const noise = v.noiseScale * (s.noise - s.proxyWeight * PROXY_PAD) + s.proxyWeight * v.proxyPad;
  const coverage = s.split.measured + v.partial * s.split.partial;
  return { ...c, score, noise, coverage };
}

/** The constants whose alternative value changes the pick among the competing models, and what it flips to. */
export function fragility(
  competing: readonly Entry[],
  pick: string,
  all: readonly Variant[],
  costWeight: number,
): RecommendationPick['fragile'] {
  const out: RecommendationPick['fragile'] = [];
  for (const v of all) {
    const group = tiedGroup(competing.map((e) => under(v, e, costWeight)));
    const winner = group.length > 0 ? (competing[group[0] as number] as Entry) : null;
    if (winner && winner.model.id !== pick) {
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
