import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/engine/index.js';
import { benchmark, model, observation, profile, table } from '../helpers/builders.js';
import { entryOf, run } from '../helpers/engine.js';

// Rule 2: each benchmark maps to 0–1 by fixed bounds of its own scale, never by the models present.
const pct = benchmark({ id: 'pct' });
const mcq = benchmark({ id: 'mcq', scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 10, rationale: 'ten options' } });
const elo = benchmark({ id: 'elo', scale: { kind: 'elo', unit: 'rating', min: 0, max: 3000, reference: 1500, rationale: 'Elo' } });
const tokens = benchmark({
  id: 'tok',
  scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'log' },
  higherIsBetter: false,
  role: 'efficiency',
});

describe('normalize', () => {
  it('maps a percentage above its chance floor linearly, clamped to [0, 1]', () => {
    expect(normalize(55, mcq)).toBeCloseTo(0.5, 12);
    expect(normalize(5, mcq)).toBe(0);
    expect(normalize(100, mcq)).toBe(1);
    expect(normalize(120, pct)).toBe(1);
  });

  it('maps a rating to its expected win probability against the fixed reference', () => {
    expect(normalize(1500, elo)).toBeCloseTo(0.5, 12);
    expect(normalize(1900, elo)).toBeCloseTo(1 / 1.1, 12);
    expect(normalize(1100, elo)).toBeCloseTo(1 - 1 / 1.1, 12);
  });

  it('maps token counts on a log scale, fewer is better', () => {
    expect(normalize(1e7, tokens)).toBe(1);
    expect(normalize(1e8, tokens)).toBeCloseTo(0.5, 12);
    expect(normalize(1e9, tokens)).toBe(0);
    expect(normalize(5e9, tokens)).toBe(0);
    expect(normalize(0, tokens)).toBe(1);
  });

  it('flips a linear scale where lower is better', () => {
    expect(normalize(20, { ...pct, higherIsBetter: false })).toBeCloseTo(0.8, 12);
  });

  it('keeps a 2-point accuracy gap smaller than a 250-point rating gap', () => {
    const accuracyGap = normalize(82, pct) - normalize(80, pct);
    const ratingGap = normalize(1676, elo) - normalize(1426, elo);
    expect(accuracyGap).toBeCloseTo(0.02, 12);
    expect(ratingGap).toBeGreaterThan(0.3);
  });

  it("does not move a model's score when a far better model joins", () => {
    const base = table({ a: { pct: 70 }, b: { pct: 60 } }, { w: { pct: 1 } });
    const withStar = {
      ...base,
      models: [...base.models, model({ id: 'star' })],
      observations: [...base.observations, observation({ model: 'star', benchmark: 'pct', value: 99 })],
    };
    const before = entryOf(run(base, profile({ mix: { w: 1 } })), 'w', 'a');
    const after = entryOf(run(withStar, profile({ mix: { w: 1 } })), 'w', 'a');
    expect(after.score).toBe(before.score);
    expect(after.score).toBeCloseTo(0.7, 12);
  });
});
