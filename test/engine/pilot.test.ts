import { describe, expect, it } from 'vitest';
import { benchmark, dataset, model, observation as obs, profile, workload } from '../helpers/builders.js';
import { run, workloadOf } from '../helpers/engine.js';

// Rule 7: a pick without a generally-available API is a pilot, with the best eligible GA model as alternative.
const make = (facts: Record<string, 'yes' | 'no' | 'unknown' | { value: 'no'; detail: string }>) =>
  dataset({
    models: Object.entries(facts).map(([id, ga]) => model({ id, facts: { 'api-ga': ga } })),
    benchmarks: [benchmark({ id: 'b' })],
    observations: Object.keys(facts).map((id, i) => obs({ model: id, benchmark: 'b', value: 90 - 10 * i })),
    workloads: [workload({ id: 'w', weights: { b: 1 } })],
  });
const rec = (d: ReturnType<typeof make>) => run(d, profile({ mix: { w: 1 } }));

describe('pilot vs production', () => {
  it('marks a private-preview pick as a pilot and names the best generally-available alternative', () => {
    const r = rec(make({ preview: { value: 'no', detail: 'private preview' }, beta: 'unknown', ga: 'yes', ga2: 'yes' }));
    expect(workloadOf(r, 'w').recommendation).toMatchObject({
      model: 'preview',
      status: 'pilot',
      alternative: { model: 'ga', name: 'GA', winProbability: 0 },
    });
    expect(workloadOf(r, 'w').recommendation?.alternative?.score).toBeCloseTo(0.7, 12);
    expect(r.warnings).toContainEqual({
      code: 'pilot',
      message:
        'PREVIEW leads Workload w but its API is not generally available (private preview): pilot it, and use GA (the best model with a generally-available API) in production.',
    });
  });

  it('treats an unconfirmed API as not generally available', () => {
    const r = rec(make({ beta: 'unknown', ga: 'yes' }));
    expect(workloadOf(r, 'w').recommendation).toMatchObject({ model: 'beta', status: 'pilot', alternative: { model: 'ga' } });
    expect(r.warnings.find((w) => w.code === 'pilot')?.message).toMatch(/no source confirms a generally-available API/);
  });

  it('gives no alternative when no eligible model is generally available', () => {
    const r = rec(make({ preview: 'no', beta: 'unknown' }));
    expect(workloadOf(r, 'w').recommendation).toMatchObject({ status: 'pilot', alternative: null });
  });

  it('marks a generally-available pick as production, with no alternative', () => {
    const r = rec(make({ ga: 'yes', preview: 'no' }));
    expect(workloadOf(r, 'w').recommendation).toMatchObject({ model: 'ga', status: 'production', alternative: null });
    expect(r.warnings.filter((w) => w.code === 'pilot')).toEqual([]);
  });

  it('names every generally-available model tied for the alternative, rather than picking one silently', () => {
    const tie = dataset({
      models: [model({ id: 'preview', facts: { 'api-ga': 'no' } }), model({ id: 'ga1' }), model({ id: 'ga2' })],
      benchmarks: [benchmark({ id: 'b' })],
      observations: [
        obs({ model: 'preview', benchmark: 'b', value: 90 }),
        obs({ model: 'ga1', benchmark: 'b', value: 70 }),
        obs({ model: 'ga2', benchmark: 'b', value: 70 }),
      ],
      workloads: [workload({ id: 'w', weights: { b: 1 } })],
    });
    const r = rec(tie);
    expect(workloadOf(r, 'w').recommendation?.alternative?.model).toBe('ga1');
    expect(r.warnings.find((w) => w.code === 'pilot')?.message).toMatch(
      /use GA1 or GA2 \(tied as the best models with a generally-available API\) in production\.$/,
    );
  });
});
