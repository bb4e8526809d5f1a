import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_TERMS, TIE_EPSILON } from '../../src/engine/method.js';
import { Rng } from '../../src/engine/prng.js';
import { type Competitor, pack, winProbabilities } from '../../src/engine/sample.js';

// winProbabilities steps the generator inline for speed (README.md, "Performance"). This is the same loop with
// rng.next() and rng.normal() method calls, as it was written first: the two must agree bit for bit, and
// leave the generator in the same state.

function referenceWinProbabilities(competitors: readonly Competitor[], samples: number, rng: Rng): number[] {
  const result = competitors.map(() => 0);
  const maxLow = Math.max(...competitors.map((c) => c.low));
  const active = competitors.flatMap((c, i) => (c.high < maxLow - TIE_EPSILON ? [] : [i]));
  if (active.length === 0) return result;
  if (active.length === 1) {
    result[active[0] as number] = 1;
    return result;
  }
  const { n, base, reach, start, spread, reachAfter, restMean, restSd, restMax } = pack(active.map((i) => competitors[i] as Competitor));
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

const competitor = fc
  .record({
    low: fc.double({ min: 0, max: 1, noNaN: true }),
    spreads: fc.array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 0.2, noNaN: true })), { maxLength: 2 * EXACT_TERMS + 6 }),
  })
  .map(({ low, spreads }) => ({ low, spreads, high: low + spreads.reduce((s, x) => s + x, 0) }));

describe('winProbabilities with the generator stepped inline', () => {
  it('gives exactly the method-call version’s results and leaves the generator where it leaves it', () => {
    fc.assert(
      fc.property(
        fc.array(competitor, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 100, max: 2000 }),
        fc.nat(),
        (cs, samples, seed) => {
          const [fast, slow] = [new Rng(seed, 'w'), new Rng(seed, 'w')];
          expect(winProbabilities(cs, samples, fast)).toEqual(referenceWinProbabilities(cs, samples, slow));
          expect([fast.next(), fast.normal(), fast.normal()]).toEqual([slow.next(), slow.normal(), slow.normal()]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
