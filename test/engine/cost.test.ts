import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { benchmark, dataset, model, observation as obs, profile, tokensBenchmark, workload } from '../helpers/builders.js';
import { codes, entryOf, run, workloadOf } from '../helpers/engine.js';

// Rule 9: score = (1 − c)·quality + c·efficiency, efficiency from output tokens; a missing figure is a gap.
const tok = tokensBenchmark();
const data = dataset({
  models: ['a', 'b', 'c'].map((id) => model({ id })),
  benchmarks: [benchmark({ id: 'q' }), tok],
  observations: [
    obs({ model: 'a', benchmark: 'q', value: 90 }),
    obs({ model: 'b', benchmark: 'q', value: 80 }),
    obs({ model: 'c', benchmark: 'q', value: 85 }),
    obs({ model: 'a', benchmark: 'tok', value: 1e8 }),
    obs({ model: 'b', benchmark: 'tok', value: 1e7 }),
  ],
  workloads: [workload({ id: 'w', weights: { q: 1 } })],
});
const at = (costWeight: number) => run(data, profile({ mix: { w: 1 }, costWeight }));

describe('cost weight', () => {
  it('ignores efficiency at cost weight 0 but still shows it', () => {
    const r = at(0);
    expect(workloadOf(r, 'w').recommendation?.model).toBe('a');
    expect(entryOf(r, 'w', 'a')).toMatchObject({ score: 0.9, quality: 0.9 });
    expect(entryOf(r, 'w', 'a').efficiency).toBeCloseTo(0.5, 12);
    expect(entryOf(r, 'w', 'a').efficiencyContribution).toMatchObject({ benchmark: 'tok', weight: 0, basis: 'measured', value: 1e8 });
    expect(entryOf(r, 'w', 'c').coverage).toBe(1);
  });

  it('trades quality for token efficiency: (1 − c)·quality + c·efficiency', () => {
    const r = at(0.5);
    expect(entryOf(r, 'w', 'a').score).toBeCloseTo(0.5 * 0.9 + 0.5 * 0.5, 12);
    expect(entryOf(r, 'w', 'b').score).toBeCloseTo(0.5 * 0.8 + 0.5 * 1, 12);
    expect(workloadOf(r, 'w').recommendation?.model).toBe('b');
    expect(entryOf(r, 'w', 'b').efficiencyContribution).toMatchObject({ weight: 0.5, contribution: 0.5 });
  });

  it('treats a missing token count as unknown, like any gap: the whole scale, its lower quartile in the point, and less coverage', () => {
    const c = entryOf(at(0.5), 'w', 'c');
    expect(c.efficiencyContribution).toMatchObject({ basis: 'missing', value: null, normalized: 0.25, normalizedLow: 0 });
    expect(c.efficiencyContribution?.normalizedHigh).toBe(1);
    expect(c.coverage).toBe(0.5);
    expect(c.score).toBeCloseTo(0.5 * 0.85 + 0.5 * 0.25, 12);
    expect(c.low).toBeCloseTo(0.5 * 0.85, 12);
    expect(c.high).toBeCloseTo(0.5 * 0.85 + 0.5, 12);
  });

  it('says so when the dataset has no efficiency benchmark at all', () => {
    const plain = { ...data, benchmarks: [benchmark({ id: 'q' })], observations: data.observations.filter((o) => o.benchmark === 'q') };
    const r = run(plain, profile({ mix: { w: 1 }, costWeight: 0.2 }));
    expect(codes(r)).toContain('no-figures');
    expect(entryOf(r, 'w', 'a')).toMatchObject({ efficiency: 0, efficiencyContribution: null });
    expect(entryOf(r, 'w', 'a').low).toBeCloseTo(0.8 * 0.9, 12);
    expect(entryOf(r, 'w', 'a').high).toBeCloseTo(0.8 * 0.9 + 0.2, 12);
  });

  it('rejects a dataset with two efficiency benchmarks', () => {
    const two = { ...data, benchmarks: [...data.benchmarks, { ...tok, id: 'tok2' }] };
    expect(() => run(two, profile({ mix: { w: 1 } }))).toThrow(UserError);
  });
});
