import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { denormalize, normalize } from '../../src/engine/intervals.js';

// The figure thresholds invert normalize exactly; these hold the inverse to it on every kind of scale.
const scales = [
  { scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 10, rationale: 'r' }, higherIsBetter: true },
  { scale: { kind: 'elo', unit: 'rating', min: 0, max: 3000, reference: 1500, rationale: 'r' }, higherIsBetter: true },
  { scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'r' }, higherIsBetter: false },
] as const;

describe('denormalize', () => {
  it.each(scales)('inverts normalize on a $scale.kind scale', (bench) => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), (p) => {
        const x = denormalize(p, bench);
        expect(x).not.toBeNull();
        expect(normalize(x as number, bench)).toBeCloseTo(p, 9);
      }),
    );
  });

  it('gives the figures by hand, and nothing at the clamped ends', () => {
    // Linear with chance 10: 10 + 0.5 × 90 = 55. Elo: 1500 − 400·log10(1/0.75 − 1) = 1500 + 400·log10 3 ≈ 1690.85.
    // Log, lower is better: up = 1 − 0.5 = 0.5 → exp(ln 1e7 + 0.5·ln 100) = 1e8.
    expect(denormalize(0.5, scales[0])).toBeCloseTo(55, 12);
    expect(denormalize(0.75, scales[1])).toBeCloseTo(1500 + 400 * Math.log10(3), 9);
    expect(denormalize(0.5, scales[2])).toBeCloseTo(1e8, 3);
    for (const p of [0, 1, -0.1, 1.1, Number.NaN]) expect(denormalize(p, scales[0])).toBeNull();
  });
});
