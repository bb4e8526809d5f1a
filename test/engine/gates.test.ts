import { describe, expect, it } from 'vitest';
import { benchmark, dataset, model, observation as obs, profile, workload } from '../helpers/builders.js';
import { codes, entryOf, run, workloadOf } from '../helpers/engine.js';

// Rule 6: governance requirements are hard gates; a failed fact and an unknown one are different reasons.
const data = dataset({
  models: [
    model({ id: 'open', facts: { 'api-ga': 'yes', 'open-weights': 'yes', 'self-host': 'yes' } }),
    model({ id: 'closed', facts: { 'api-ga': 'yes', 'open-weights': { value: 'no', detail: 'closed weights' } } }),
    model({ id: 'quiet', facts: { 'api-ga': 'yes', 'open-weights': 'unknown' } }),
    model({ id: 'silent', facts: { 'api-ga': 'yes' } }),
  ],
  benchmarks: [benchmark({ id: 'b' })],
  observations: [
    obs({ model: 'open', benchmark: 'b', value: 50 }),
    obs({ model: 'closed', benchmark: 'b', value: 95 }),
    obs({ model: 'quiet', benchmark: 'b', value: 90 }),
    obs({ model: 'silent', benchmark: 'b', value: 85 }),
  ],
  workloads: [workload({ id: 'w', weights: { b: 1 } })],
});

describe('governance gates', () => {
  const r = run(data, profile({ mix: { w: 1 }, requirements: ['open-weights'] }));

  it('makes a model whose fact is "no" ineligible, quoting the detail and source', () => {
    expect(entryOf(r, 'w', 'closed')).toMatchObject({
      eligible: false,
      winProbability: 0,
      reasons: [
        { code: 'fails-requirement', requirement: 'open-weights', message: 'fails open-weights: closed weights (src-a, 2026-03-01)' },
      ],
    });
  });

  it('makes an unknown or absent fact ineligible as unverified, a different reason', () => {
    for (const id of ['quiet', 'silent']) {
      expect(entryOf(r, 'w', id)).toMatchObject({
        eligible: false,
        reasons: [{ code: 'unverified-requirement', requirement: 'open-weights' }],
      });
    }
    expect(entryOf(r, 'w', 'quiet').reasons[0]?.message).toBe(
      'unverified open-weights: no source in the dataset says whether QUIET meets it',
    );
  });

  it('recommends the best eligible model even when ineligible ones score higher, and ranks eligible models first', () => {
    const w = workloadOf(r, 'w');
    expect(w.recommendation).toMatchObject({ model: 'open', winProbability: 1 });
    expect(w.ranking.map((e) => e.model)).toEqual(['open', 'closed', 'quiet', 'silent']);
  });

  it('excludes a model the profile names, whatever its facts', () => {
    const x = run(data, profile({ mix: { w: 1 }, exclude: ['closed'] }));
    expect(entryOf(x, 'w', 'closed').reasons).toEqual([{ code: 'excluded', message: 'CLOSED is excluded by your profile' }]);
    expect(workloadOf(x, 'w').recommendation?.model).toBe('quiet');
  });

  it('never falls back to an ineligible model: no eligible model means no recommendation, with reasons', () => {
    const none = run(data, profile({ mix: { w: 1 }, requirements: ['self-host'], exclude: ['open'] }));
    const w = workloadOf(none, 'w');
    expect(w.recommendation).toBeNull();
    expect(w.noRecommendationReason).toBe(
      'No model passes the gates: CLOSED (unverified self-host), QUIET (unverified self-host), SILENT (unverified self-host), OPEN (excluded).',
    );
    expect(w.ranking.every((e) => !e.eligible && e.winProbability === 0)).toBe(true);
    expect(none.portfolio).toMatchObject({ blendedScore: null, singleModel: null, routes: [{ workload: 'w', model: null, share: 1 }] });
    expect(codes(none)).toContain('no-eligible-model');
  });

  it('keeps every model eligible with no requirements', () => {
    const all = run(data, profile({ mix: { w: 1 } }));
    expect(workloadOf(all, 'w').ranking.every((e) => e.eligible && e.reasons.length === 0)).toBe(true);
    expect(workloadOf(all, 'w').recommendation?.model).toBe('closed');
  });
});
