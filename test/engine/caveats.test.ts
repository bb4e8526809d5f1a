import { describe, expect, it } from 'vitest';
import { benchmark, dataset, model, observation as obs, profile, workload } from '../helpers/builders.js';
import { run, workloadOf } from '../helpers/engine.js';

// Rule 11: benchmark, workload and model caveats travel with the workload results that used them.
const data = dataset({
  models: [
    model({ id: 'lead', facts: { 'api-ga': 'no' }, caveats: [{ text: 'private preview only' }] }),
    model({ id: 'ga', caveats: [{ text: 'a newer version exists', source: 'src-a', date: '2026-03-01' }] }),
    model({ id: 'other', caveats: [{ text: 'never shown' }] }),
  ],
  benchmarks: [
    benchmark({ id: 'health', caveats: [{ text: 'not clinical validation' }] }),
    benchmark({ id: 'unused', caveats: [{ text: 'weight 0, not shown' }] }),
  ],
  observations: [
    obs({ model: 'lead', benchmark: 'health', value: 90 }),
    obs({ model: 'ga', benchmark: 'health', value: 80 }),
    obs({ model: 'other', benchmark: 'health', value: 10 }),
  ],
  workloads: [workload({ id: 'w', weights: { health: 1, unused: 0 }, caveats: [{ text: 'information, not decisions' }] })],
});

describe('caveats', () => {
  it('carries the scored benchmarks’, the workload’s, the pick’s and its alternative’s caveats, each with its subject', () => {
    expect(workloadOf(run(data, profile({ mix: { w: 1 } })), 'w').caveats).toEqual([
      { about: 'health', text: 'not clinical validation' },
      { about: 'w', text: 'information, not decisions' },
      { about: 'lead', text: 'private preview only' },
      { about: 'ga', text: 'a newer version exists', source: 'src-a', date: '2026-03-01' },
    ]);
  });

  it('drops the caveats of a model that is not recommended', () => {
    const r = run(data, profile({ mix: { w: 1 }, exclude: ['lead'] }));
    expect(workloadOf(r, 'w').caveats.map((c) => c.about)).toEqual(['health', 'w', 'ga']);
  });
});
