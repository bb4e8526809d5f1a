import { describe, expect, it } from 'vitest';
import { profile, table } from '../helpers/builders.js';
import { entryOf, run } from '../helpers/engine.js';

// Rule 3: a weighted sum over the workload's benchmarks with the dataset's weights, each part kept.
const data = table({ a: { b1: 90, b2: 40, b3: 10 }, b: { b1: 60, b2: 80, b3: 99 } }, { w: { b1: 3, b2: 1, b3: 0 } });

describe('per-workload score', () => {
  const r = run(data, profile({ mix: { w: 1 } }));
  const a = entryOf(r, 'w', 'a');

  it('is the weighted sum of normalised figures, weights normalised to sum to 1', () => {
    expect(a.quality).toBeCloseTo(0.75 * 0.9 + 0.25 * 0.4, 12);
    expect(a.score).toBe(a.quality);
    expect(entryOf(r, 'w', 'b').score).toBeCloseTo(0.75 * 0.6 + 0.25 * 0.8, 12);
  });

  it('keeps each benchmark contribution, and they add up to the quality score', () => {
    expect(a.contributions.map((c) => [c.benchmark, c.weight, c.basis, c.normalized, c.value, c.source, c.date])).toEqual([
      ['b1', 0.75, 'measured', 0.9, 90, 'src-a', '2026-03-01'],
      ['b2', 0.25, 'measured', 0.4, 40, 'src-a', '2026-03-01'],
      ['b3', 0, 'measured', 0.1, 10, 'src-a', '2026-03-01'],
    ]);
    const sum = a.contributions.reduce((s, c) => s + c.contribution, 0);
    expect(sum).toBeCloseTo(a.quality, 12);
  });

  it('lists a zero-weight benchmark with weight 0: it changes nothing', () => {
    const b3 = a.contributions.find((c) => c.benchmark === 'b3');
    expect(b3).toMatchObject({ weight: 0, contribution: 0 });
    expect(entryOf(r, 'w', 'b').score).toBeLessThan(a.score);
  });

  it('has exact bounds equal to the score when every figure is measured', () => {
    expect([a.low, a.high]).toEqual([a.score, a.score]);
    expect(a.coverage).toBe(1);
  });
});
