import { describe, expect, it } from 'vitest';
import { PARTIAL_COVERAGE, PROXY_PAD } from '../../src/engine/index.js';
import { benchmark, dataset, model, observation, profile, workload } from '../helpers/builders.js';
import { entryOf, run, workloadOf } from '../helpers/engine.js';

// Rule 4: ranges, words and gaps become intervals; seeded Monte Carlo gives win probabilities; coverage.
const obs = observation;
const models = ['a', 'b', 'c', 'd', 'e'].map((id) => model({ id }));
const data = dataset({
  models,
  benchmarks: [benchmark({ id: 'b1' }), benchmark({ id: 'b2' }), benchmark({ id: 'blank' })],
  observations: [
    obs({ model: 'a', benchmark: 'b1', value: 70 }),
    obs({ model: 'b', benchmark: 'b1', low: 60, high: 80 }),
    obs({ model: 'c', benchmark: 'b1', low: 50, high: 60, label: 'mid 50s' }),
    obs({ model: 'd', benchmark: 'b1', value: 90, proxyFor: { measuredOn: 'D mini' } }),
    obs({ model: 'e', benchmark: 'b1', label: 'below leaders' }),
    obs({ model: 'a', benchmark: 'b2', value: 40 }),
    obs({ model: 'b', benchmark: 'b2', value: 50 }),
  ],
  workloads: [
    workload({ id: 'w', weights: { b1: 1 } }),
    workload({ id: 'w2', weights: { b1: 1, b2: 1 } }),
    workload({ id: 'wb', weights: { b1: 1, blank: 1 } }),
  ],
});
const r = run(data, profile({ mix: { w: 1, w2: 1, wb: 1 }, samples: 10_000 }));
const c = (model: string, wl = 'w', bench = 'b1') => entryOf(r, wl, model).contributions.find((x) => x.benchmark === bench)!;

describe('intervals', () => {
  it('reads a value as a point and a range as an interval, scored at its midpoint', () => {
    expect(c('a')).toMatchObject({ basis: 'measured', normalized: 0.7, normalizedLow: 0.7, normalizedHigh: 0.7 });
    expect(c('b')).toMatchObject({ basis: 'range', normalizedLow: 0.6, normalizedHigh: 0.8, low: 60, high: 80 });
    expect(c('b').normalized).toBeCloseTo(0.7, 12);
  });

  it('reads words given as a range as that range (basis "label")', () => {
    expect(c('c')).toMatchObject({ basis: 'label', label: 'mid 50s', normalizedLow: 0.5, normalizedHigh: 0.6 });
  });

  it("places a sibling's figure (proxy) with a margin of PROXY_PAD", () => {
    expect(PROXY_PAD).toBe(0.05);
    expect(c('d')).toMatchObject({ basis: 'proxy', value: 90 });
    expect(c('d').normalizedLow).toBeCloseTo(0.85, 12);
    expect(c('d').normalizedHigh).toBeCloseTo(0.95, 12);
  });

  it('treats a gap as unknown: the whole scale, whatever other models have, and counted at its lower quartile (GAP_POSITION) in the point', () => {
    // Peers at 0.5–0.8 no longer narrow it (they used to: their span ± a pad).
    const e = c('e');
    expect(e).toMatchObject({
      basis: 'missing',
      label: 'below leaders',
      value: null,
      normalizedLow: 0,
      normalizedHigh: 1,
      normalized: 0.25,
    });
    const gap = c('c', 'w2', 'b2');
    expect(gap).toMatchObject({ basis: 'missing', source: null, label: null, normalizedLow: 0, normalizedHigh: 1, normalized: 0.25 });
  });

  it('spans the whole scale where no model has a figure, and says so', () => {
    expect(c('a', 'wb', 'blank')).toMatchObject({ basis: 'missing', normalizedLow: 0, normalizedHigh: 1, normalized: 0.25 });
    expect(r.warnings).toContainEqual({
      code: 'no-figures',
      message: expect.stringMatching(/^No model has a figure on Bench blank, which carries 50% of Workload wb/),
    });
  });

  it('never lets an exclusion move anyone’s interval', () => {
    const without = run(data, profile({ mix: { w: 1 }, exclude: ['a', 'b', 'c'], samples: 500 }));
    expect(entryOf(without, 'w', 'e').contributions).toEqual(entryOf(r, 'w', 'e').contributions);
  });

  it('gives exact score bounds: every uncertain term at its worst, then at its best', () => {
    const b = entryOf(r, 'w2', 'c');
    expect(b.low).toBeCloseTo(0.5 * 0.5 + 0.5 * 0, 12);
    expect(b.high).toBeCloseTo(0.5 * 0.6 + 0.5 * 1, 12);
  });

  it('measures coverage: a measured figure fully, a range or words at PARTIAL_COVERAGE, a proxy or a gap not at all', () => {
    expect(PARTIAL_COVERAGE).toBe(0.5);
    expect(['a', 'b', 'c', 'd', 'e'].map((m) => entryOf(r, 'w', m).coverage)).toEqual([1, 0.5, 0.5, 0, 0]);
    expect(['a', 'b', 'c', 'd', 'e'].map((m) => entryOf(r, 'w', m).coverageSplit)).toEqual([
      { measured: 1, partial: 0, proxy: 0, missing: 0 },
      { measured: 0, partial: 1, proxy: 0, missing: 0 },
      { measured: 0, partial: 1, proxy: 0, missing: 0 },
      { measured: 0, partial: 0, proxy: 1, missing: 0 },
      { measured: 0, partial: 0, proxy: 0, missing: 1 },
    ]);
    expect(entryOf(r, 'w2', 'c').coverage).toBe(0.25);
  });
});

describe('win probabilities', () => {
  const duel = dataset({
    models: [model({ id: 'point' }), model({ id: 'wide' }), model({ id: 'twin' })],
    benchmarks: [benchmark({ id: 'b' })],
    observations: [obs({ model: 'point', benchmark: 'b', value: 60 }), obs({ model: 'wide', benchmark: 'b', low: 50, high: 80 })],
    workloads: [workload({ id: 'w', weights: { b: 1 } })],
  });

  it('is the share of draws a model ranks first: uniform 50–80 beats a sure 60 in 2/3 of them (±1 pp)', () => {
    const res = run(duel, profile({ mix: { w: 1 }, exclude: ['twin'], samples: 10_000 }));
    expect(entryOf(res, 'w', 'wide').winProbability).toBeCloseTo(2 / 3, 1);
    expect(Math.abs((entryOf(res, 'w', 'wide').winProbability ?? 0) - 2 / 3)).toBeLessThan(0.015);
    expect((entryOf(res, 'w', 'point').winProbability ?? 0) + (entryOf(res, 'w', 'wide').winProbability ?? 0)).toBeCloseTo(1, 12);
  });

  it('splits ties evenly', () => {
    const tie = dataset({
      ...duel,
      observations: [obs({ model: 'point', benchmark: 'b', value: 60 }), obs({ model: 'twin', benchmark: 'b', value: 60 })],
    });
    const res = run(tie, profile({ mix: { w: 1 }, exclude: ['wide'] }));
    expect(entryOf(res, 'w', 'point').winProbability).toBe(0.5);
    expect(entryOf(res, 'w', 'twin').winProbability).toBe(0.5);
  });

  it('gives a model that cannot catch up probability 0, and a sure winner 1', () => {
    const res = run(duel, profile({ mix: { w: 1 }, exclude: ['twin'], samples: 1000 }));
    const sure = run(
      dataset({
        ...duel,
        observations: [obs({ model: 'point', benchmark: 'b', value: 90 }), obs({ model: 'wide', benchmark: 'b', low: 50, high: 80 })],
      }),
      profile({ mix: { w: 1 }, exclude: ['twin'] }),
    );
    expect(entryOf(sure, 'w', 'point').winProbability).toBe(1);
    expect(entryOf(sure, 'w', 'wide').winProbability).toBe(0);
    expect(workloadOf(res, 'w').ranking.every((e) => (e.winProbability ?? 0) >= 0 && (e.winProbability ?? 0) <= 1)).toBe(true);
  });

  it('is reproducible for a seed and moves with another seed', () => {
    const p = (seed: number) =>
      entryOf(run(duel, profile({ mix: { w: 1 }, exclude: ['twin'], samples: 2000, seed })), 'w', 'wide').winProbability;
    expect(p(7)).toBe(p(7));
    expect(p(7)).not.toBe(p(8));
  });
});
