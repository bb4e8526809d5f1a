import { describe, expect, it } from 'vitest';
import { EXACT_TERMS } from '../../src/engine/method.js';
import { Rng, winProbabilities } from '../../src/engine/sample.js';

// The sampler on its own: a seeded stream, and win probabilities that match closed forms.

/** P(sum of n independent U(0,1) ≤ x), the Irwin–Hall distribution function. */
function irwinHall(n: number, x: number): number {
  let fact = 1;
  for (let i = 2; i <= n; i++) fact *= i;
  let sum = 0;
  let binom = 1;
  for (let k = 0; k <= Math.floor(x) && k <= n; k++) {
    sum += (k % 2 === 0 ? 1 : -1) * binom * (x - k) ** n;
    binom = (binom * (n - k)) / (k + 1);
  }
  return sum / fact;
}

describe('Rng', () => {
  it('gives the same uniforms in [0, 1) for the same seed and stream, and others for another stream', () => {
    const draw = (seed: number, stream: string) => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(1, 'coding')).toEqual(draw(1, 'coding'));
    expect(draw(1, 'coding')).not.toEqual(draw(1, 'vision'));
    expect(draw(1, 'coding')).not.toEqual(draw(2, 'coding'));
    const r = new Rng(3);
    const xs = Array.from({ length: 20_000 }, () => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
  });

  it('gives standard normals', () => {
    const r = new Rng(5);
    const zs = Array.from({ length: 20_000 }, () => r.normal());
    const mean = zs.reduce((s, z) => s + z, 0) / zs.length;
    const variance = zs.reduce((s, z) => s + (z - mean) ** 2, 0) / zs.length;
    expect(mean).toBeCloseTo(0, 1);
    expect(variance).toBeCloseTo(1, 1);
  });
});

describe('winProbabilities', () => {
  it('matches the Irwin–Hall law for a sum of uniforms against a sure score', () => {
    // b = 0 + Σ 0.1·U over 4 terms; a = 0.25 for sure: P(b wins) = 1 − F₄(2.5)
    const p = winProbabilities(
      [
        { low: 0.25, high: 0.25, spreads: [] },
        { low: 0, high: 0.4, spreads: [0.1, 0.1, 0.1, 0.1] },
      ],
      20_000,
      new Rng(1),
    );
    expect(p[1]).toBeCloseTo(1 - irwinHall(4, 2.5), 2);
    expect((p[0] as number) + (p[1] as number)).toBeCloseTo(1, 12);
  });

  it('draws the widest terms exactly and approximates only many small ones', () => {
    // 8 wide terms (exact) plus 40 tiny ones (normal): the answer stays the 8-term Irwin–Hall value
    const wide = Array.from({ length: EXACT_TERMS }, () => 0.1);
    const tiny = Array.from({ length: 40 }, () => 0.0001);
    const p = winProbabilities(
      [
        { low: 0.002 + 0.5, high: 0.002 + 0.5, spreads: [] },
        { low: 0, high: 0.8 + 0.004, spreads: [...tiny, ...wide] },
      ],
      40_000,
      new Rng(2),
    );
    expect(p[1]).toBeCloseTo(1 - irwinHall(EXACT_TERMS, 5), 2);
  });

  it('skips a model that cannot reach another’s worst case, and gives a lone contender everything', () => {
    expect(
      winProbabilities(
        [
          { low: 0.6, high: 0.7, spreads: [0.1] },
          { low: 0.2, high: 0.5, spreads: [0.3] },
        ],
        1000,
        new Rng(1),
      ),
    ).toEqual([1, 0]);
    expect(winProbabilities([], 1000, new Rng(1))).toEqual([]);
  });
});
