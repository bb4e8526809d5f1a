import { EXACT_TERMS, TIE_EPSILON } from './method.js';

// Win probabilities by Monte Carlo draws, and the seeded generator the draws come from.

/** A model as the sampler sees it: its worst case and the widths of its uncertain terms. */
export interface SampledEntry {
  low: number;
  high: number;
  /** Coefficient × interval width of each uncertain term: a draw is low + Σ spread·U(0,1). */
  spreads: readonly number[];
}

/** The active entries packed into typed arrays: nothing is allocated per draw. */
interface Packed {
  n: number;
  base: Float64Array;
  /** Most a draw can add on top of base. */
  reach: Float64Array;
  /** Exact terms of competitor i: spread[start[i]] … spread[start[i + 1] − 1], widest first. */
  start: Int32Array;
  spread: Float64Array;
  /** Most the terms after term k (and the normal part) can still add. */
  reachAfter: Float64Array;
  /** The rest, drawn as one clamped normal: mean, standard deviation, upper bound (0 when none). */
  restMean: Float64Array;
  restSd: Float64Array;
  restMax: Float64Array;
}

export function pack(entries: readonly SampledEntry[]): Packed {
  const n = entries.length;
  const p = {
    n,
    base: new Float64Array(n),
    reach: new Float64Array(n),
    start: new Int32Array(n + 1),
    restMean: new Float64Array(n),
    restSd: new Float64Array(n),
    restMax: new Float64Array(n),
  };
  const exact: number[] = [];
  const after: number[] = [];
  entries.forEach((c, i) => {
    p.base[i] = c.low;
    const spreads = [...c.spreads].sort((x, y) => y - x);
    const cut = spreads.length > 2 * EXACT_TERMS ? EXACT_TERMS : spreads.length;
    const rest = spreads.slice(cut);
    const restMax = rest.reduce((s, x) => s + x, 0);
    p.restMean[i] = restMax / 2;
    p.restSd[i] = Math.sqrt(rest.reduce((s, x) => s + (x * x) / 12, 0));
    p.restMax[i] = restMax;
    let reach = restMax;
    const own: number[] = [];
    for (let k = cut - 1; k >= 0; k--) {
      own.unshift(reach);
      reach += spreads[k] as number;
    }
    p.reach[i] = reach;
    exact.push(...spreads.slice(0, cut));
    after.push(...own);
    p.start[i + 1] = exact.length;
  });
  return { ...p, spread: Float64Array.from(exact), reachAfter: Float64Array.from(after) };
}

/**
 * SMAA-style Monte Carlo: in each draw every uncertain term is uniform within its interval, independently;
 * the model with the highest score wins the draw, and ties (within TIE_EPSILON) split it evenly. Returns
 * each competitor's share of draws won; the shares sum to 1. Competitors must come in a canonical order
 * (not ids, not input order), best first, since draws are taken in that order.
 *
 * Speed, without changing what is estimated: a model whose best case is below another's worst case cannot
 * win and is not sampled; within a draw, a model stops drawing as soon as even its best remaining case
 * cannot reach the leader of that draw. Approximation, only for many uncertain terms: a model with more
 * than 2·EXACT_TERMS draws its EXACT_TERMS widest exactly and the rest as one normal of the same mean and
 * variance, clamped to that rest's exact bounds (central limit theorem).
 */
export function winProbabilities(entries: readonly SampledEntry[], samples: number, rng: Rng): number[] {
  const result = entries.map(() => 0);
  const maxLow = Math.max(...entries.map((c) => c.low));
  const active = entries.flatMap((c, i) => (c.high < maxLow - TIE_EPSILON ? [] : [i]));
  if (active.length === 0) return result;
  if (active.length === 1) {
    result[active[0] as number] = 1;
    return result;
  }
  const { n, base, reach, start, spread, reachAfter, restMean, restSd, restMax } = pack(active.map((i) => entries[i] as SampledEntry));
  const wins = new Float64Array(n);
  const tied = new Int32Array(n);
  for (let s = 0; s < samples; s++) {
    let best = Number.NEGATIVE_INFINITY;
    let ties = 0;
    models: for (let i = 0; i < n; i++) {
      let v = base[i] as number;
      const bar = best - TIE_EPSILON;
      if (v + (reach[i] as number) < bar) continue;
      const end = start[i + 1] as number;
      for (let k = start[i] as number; k < end; k++) {
        v += (spread[k] as number) * rng.next();
        if (v + (reachAfter[k] as number) < bar) continue models;
      }
      const max = restMax[i] as number;
      if (max > 0) {
        const r = (restMean[i] as number) + (restSd[i] as number) * rng.normal();
        v += r < 0 ? 0 : r > max ? max : r;
      }
      if (v > best + TIE_EPSILON) {
        best = v;
        tied[0] = i;
        ties = 1;
      } else if (v >= bar) {
        tied[ties++] = i;
      }
    }
    const share = 1 / ties;
    for (let t = 0; t < ties; t++) {
      const w = tied[t] as number;
      wins[w] = (wins[w] as number) + share;
    }
  }
  active.forEach((index, i) => {
    result[index] = (wins[i] as number) / samples;
  });
  return result;
}

// A small, seeded, portable PRNG: sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 128-bit
// state, passes PractRand) seeded through splitmix32. Hand-written so results never change with a
// dependency's version, and so a stream can be derived from a name (one per workload).

function splitmix32(x: number): number {
  let z = (x + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
  z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
  return (z ^ (z >>> 15)) >>> 0;
}

/** FNV-1a over UTF-16 code units: a stable 32-bit hash of a stream name. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class Rng {
  /** sfc32's words a, b, c, d: kept as 32-bit integers (as fields they would be boxed numbers), ~15% faster sampling. */
  private readonly s = new Int32Array(4);
  private spare = 0;
  private hasSpare = false;

  /** The stream for `seed` and `stream`: the same pair always gives the same draws. */
  constructor(seed: number, stream = '') {
    let x = splitmix32(seed ^ fnv1a(stream));
    for (let i = 0; i < 4; i++) {
      x = splitmix32(x);
      this.s[i] = x;
    }
    for (let i = 0; i < 15; i++) this.next();
  }

  /** Uniform on [0, 1). */
  next(): number {
    const s = this.s;
    const b = s[1] as number;
    const c = s[2] as number;
    const d = (s[3] as number) + 1;
    const t = ((s[0] as number) + b + d) | 0;
    s[0] = b ^ (b >>> 9);
    s[1] = c + (c << 3);
    s[2] = ((c << 21) | (c >>> 11)) + t;
    s[3] = d;
    return (t >>> 0) / 4294967296;
  }

  /** Standard normal (Box–Muller; the second value of each pair is kept for the next call). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const r = Math.sqrt(-2 * Math.log(1 - this.next()));
    const theta = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }
}
