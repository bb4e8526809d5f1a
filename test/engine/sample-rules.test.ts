import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_TERMS } from '../../src/engine/method.js';
import { Rng, type SampledEntry, winProbabilities } from '../../src/engine/sample.js';

// The sampler's rules stated as properties: a model that cannot win is never sampled (so it changes nothing for
// the others, bit for bit), and the many-term approximation still adds the rest of a model's terms.

/** A model: a sure base plus uniform terms of the given widths. */
const entry = (low: number, spreads: number[]): SampledEntry => ({ low, high: low + spreads.reduce((s, x) => s + x, 0), spreads });

const contender = fc
  .record({
    low: fc.double({ min: 0.3, max: 0.6, noNaN: true }),
    spreads: fc.array(fc.double({ min: 0, max: 0.2, noNaN: true }), { maxLength: 4 }),
  })
  .map(({ low, spreads }) => entry(low, spreads));

describe('winProbabilities: pruning', () => {
  it('does not sample a model whose best case is below another’s worst case, wherever it stands: the others’ shares are bit-identical and it gets exactly 0', () => {
    fc.assert(
      fc.property(fc.array(contender, { minLength: 2, maxLength: 4 }), fc.nat(), fc.integer({ min: 1, max: 1000 }), (others, at, seed) => {
        const maxLow = Math.max(...others.map((c) => c.low));
        // Its best case 0.05 below the leader's worst case, with uncertain terms of its own.
        const hopeless = entry(maxLow - 0.2, [0.1, 0.05]);
        const position = at % (others.length + 1);
        const withIt = [...others.slice(0, position), hopeless, ...others.slice(position)];
        const before = winProbabilities(others, 500, new Rng(seed));
        const after = winProbabilities(withIt, 500, new Rng(seed));
        expect(after[position]).toBe(0);
        expect(after.filter((_, i) => i !== position)).toEqual(before);
      }),
      { seed: 7, numRuns: 40 },
    );
  });

  it('gives a model placed first that cannot win nothing, and leaves the draws of the others untouched', () => {
    const a = entry(0.5, [0.2, 0.1]);
    const b = entry(0.45, [0.3]);
    const hopeless = entry(0.1, [0.3]); // best case 0.4 < b's worst case 0.45
    const before = winProbabilities([a, b], 1000, new Rng(3));
    const after = winProbabilities([hopeless, a, b], 1000, new Rng(3));
    expect(after).toEqual([0, ...before]);
  });
});

describe('winProbabilities: many terms', () => {
  it('counts every term of a model with more than 2·EXACT_TERMS of them: the rest enters as a normal of the same mean and variance', () => {
    // 48 terms U(0, 0.01): sum has mean 0.24 and sd √(48 · 0.01²/12) = 0.02. Against a sure 0.25 it wins with
    // P(sum > 0.25) ≈ 1 − Φ(0.5) = 0.3085 (48 terms: the normal law is accurate to well under 0.01). Drawing only the
    // EXACT_TERMS widest (at most 0.08) it could never win.
    const terms = Array.from({ length: 6 * EXACT_TERMS }, () => 0.01);
    const p = winProbabilities([entry(0.25, []), entry(0, terms)], 4000, new Rng(11));
    expect(p[1]).toBeGreaterThan(0.27);
    expect(p[1]).toBeLessThan(0.35);
    expect((p[0] as number) + (p[1] as number)).toBeCloseTo(1, 12);
  });
});
