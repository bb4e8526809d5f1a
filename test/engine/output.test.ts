import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/api.js';
import { recommend, SENSITIVITY } from '../../src/engine/index.js';
import { SCHEMA_VERSION } from '../../src/engine/method.js';
import { benchmark, dataset, model, observation as obs, profile, source, workload } from '../helpers/builders.js';

// The Recommendation's frame: tool, dataset block, method, and how warnings are collected.
const data = dataset({
  sources: [source({ id: 'src-b', title: 'B', publisher: 'Pb', date: '2026-02-01' }), source({ origin: 'mine.json' })],
  models: [model({ id: 'a', facts: { 'api-ga': 'no' } }), model({ id: 'b', facts: { 'api-ga': 'no' } })],
  benchmarks: [benchmark({ id: 'x' })],
  observations: [
    obs({ model: 'a', benchmark: 'x', value: 80, proxyFor: { measuredOn: 'A mini' } }),
    obs({ model: 'b', benchmark: 'x', value: 70 }),
  ],
  workloads: [workload({ id: 'w1', weights: { x: 1 } }), workload({ id: 'w2', weights: { x: 2 } })],
});
const meta = {
  tool: { name: 'model-advisor', version: '1.2.3' },
  overlays: ['mine.json'],
  loadWarnings: ['mine.json overrides source "src-a" from bundled'],
};
const r = recommend(data, planOf(profile({ mix: { w1: 1, w2: 1 }, today: '2026-06-01' }), data), meta);

describe('recommendation frame', () => {
  it('names the tool, the dataset, its sources (by id) and the overlays', () => {
    expect(r.schemaVersion).toBe(SCHEMA_VERSION);
    expect(r.tool).toEqual({ name: 'model-advisor', version: '1.2.3' });
    expect(r.dataset).toMatchObject({
      id: 'test',
      title: 'Test dataset',
      asOf: '2026-03-01',
      today: '2026-06-01',
      ageDays: 92,
      stale: true,
      overlays: ['mine.json'],
    });
    expect(r.dataset.sources).toEqual([
      { id: 'src-a', title: 'A source', publisher: 'Publisher', date: '2026-03-01', origin: 'mine.json' },
      { id: 'src-b', title: 'B', publisher: 'Pb', date: '2026-02-01', origin: 'bundled' },
    ]);
  });

  it('states the method: samples, seed, cost weight, thresholds, pads and how many models are detailed', () => {
    expect(r.method).toEqual({
      samples: 2000,
      seed: 1,
      costWeight: 0,
      lowWinProbability: 0.6,
      lowCoverage: 0.75,
      staleAfterDays: 60,
      proxyPad: 0.05,
      partialCoverage: 0.5,
      defaultNoise: { linear: 0.025, elo: 25, log: 0.05 },
      sensitivity: SENSITIVITY.map((s) => ({ ...s, alternatives: [...s.alternatives] })),
      exactTerms: 8,
      detailModels: 25,
    });
  });

  it('reports the loader’s overrides, and orders warnings by kind with duplicates removed', () => {
    expect(r.warnings.map((w) => w.code)).toEqual([
      'stale',
      'override',
      'pilot',
      'pilot',
      'pilot',
      'low-confidence',
      'low-confidence',
      'proxy',
    ]);
    // one pilot warning per pilot pick, and one because the best single model is pilot-only too
    expect(r.warnings.filter((w) => w.message.startsWith('The best single model'))).toHaveLength(1);
    expect(r.warnings[1]).toEqual({ code: 'override', message: 'mine.json overrides source "src-a" from bundled' });
    // the proxy appears in both workloads but is reported once
    expect(r.warnings.filter((w) => w.code === 'proxy')).toHaveLength(1);
  });
});
