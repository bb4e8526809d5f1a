import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../src/engine/schema-money.js';
import { benchmark, dataset, model, observation as obs, profile, workload } from '../helpers/builders.js';
import { run, workloadOf } from '../helpers/engine.js';

// Triggers on tiny hand-built datasets, every score worked out by hand (benchmarks 0–100, weights equal).

const governance = (ts: readonly Trigger[]) => ts.filter((t) => t.kind === 'governance');

describe('governance triggers: one per distinct outcome', () => {
  // b1 carries no noise, b2 ±40 points (0.4 on the 0–1 scale), weights 0.5 each. A gap counts at 0.25.
  //   P: b1 95, b2 gap      → 0.475 + 0.125 = 0.60, noise 0,           coverage 0.5 (production)
  //   R: b1 40, b2 50       → 0.20 + 0.25  = 0.45, noise 0.5·0.4 = 0.2 (production)
  //   E: b1 74, b2 48–52    → 0.37 + 0.25  = 0.62, noise 0.2,          blocked: open-weights and api-ga unknown
  // Before: P leads R by 0.15 ≥ (0 + 0.2)/2: P is the pick. With E let in, E leads, and P (0.02 < 0.1) and R
  // (0.17 < (0.2 + 0.2)/2) cannot be separated from it: the tie goes to production-ready first, then coverage.
  const facts = { 'open-weights': 'yes', 'api-ga': 'yes' } as const;
  const build = (e: { b2: number } | { b2lo: number; b2hi: number }, r: { b2: number } | { b2lo: number; b2hi: number }) =>
    dataset({
      models: [model({ id: 'p', facts }), model({ id: 'r', facts }), model({ id: 'e', facts: {} })],
      benchmarks: [benchmark({ id: 'b1' }), benchmark({ id: 'b2', noise: { halfWidth: 40, note: 'wide' } })],
      observations: [
        obs({ model: 'p', benchmark: 'b1', value: 95 }),
        obs({ model: 'r', benchmark: 'b1', value: 40 }),
        obs({ model: 'e', benchmark: 'b1', value: 74 }),
        'b2' in r ? obs({ model: 'r', benchmark: 'b2', value: r.b2 }) : obs({ model: 'r', benchmark: 'b2', low: r.b2lo, high: r.b2hi }),
        'b2' in e ? obs({ model: 'e', benchmark: 'b2', value: e.b2 }) : obs({ model: 'e', benchmark: 'b2', low: e.b2lo, high: e.b2hi }),
      ],
      workloads: [workload({ id: 'w', weights: { b1: 1, b2: 1 } })],
    });
  const triggersOf = (d: ReturnType<typeof build>) =>
    governance(workloadOf(run(d, profile({ mix: { w: 1 }, requirements: ['open-weights'], samples: 500 })), 'w').triggers);

  it('states a further fact only when it changes the outcome: verifying E makes R the production pick, and E’s API going GA too changes nothing more', () => {
    // E a range on b2 (coverage 0.75), R measured (coverage 1). Verified, E is a pilot: R (production, coverage 1)
    // wins the tie. Also GA, E is production but R still has more coverage: the same outcome, not listed again.
    const d = build({ b2lo: 48, b2hi: 52 }, { b2: 50 });
    const before = workloadOf(run(d, profile({ mix: { w: 1 }, requirements: ['open-weights'], samples: 500 })), 'w');
    expect(before.recommendation).toMatchObject({ model: 'p', status: 'production' });
    expect(triggersOf(d)).toEqual([
      {
        kind: 'governance',
        message: 'If E is verified to meet "open-weights", the production pick for Workload w becomes R.',
        model: 'e',
        requirements: ['open-weights'],
        becomes: { model: 'r', name: 'R', status: 'production' },
      },
    ]);
  });

  it('states both facts when the second changes the model, even with the same status', () => {
    // The coverages swapped: E measured (coverage 1), R a range (0.75). Verified, E is a pilot and R wins the tie;
    // GA too, E has the most coverage of the production-ready models and becomes the pick itself.
    const d = build({ b2: 50 }, { b2lo: 48, b2hi: 52 });
    expect(triggersOf(d).map((t) => [t.requirements, t.becomes])).toEqual([
      [['open-weights'], { model: 'r', name: 'R', status: 'production' }],
      [['api-ga', 'open-weights'], { model: 'e', name: 'E', status: 'production' }],
    ]);
  });

  it('states both facts when the second changes the status of the same model: a pilot pick, then a production pick', () => {
    // E far ahead (b1 100, b2 90 → 0.95) and R with no wide band: verified, E is the pick as a pilot; GA too, in production.
    const d = dataset({
      models: [model({ id: 'p', facts }), model({ id: 'e', name: 'Echo', facts: {} })],
      benchmarks: [benchmark({ id: 'b1' }), benchmark({ id: 'b2' })],
      observations: [
        obs({ model: 'p', benchmark: 'b1', value: 60 }),
        obs({ model: 'p', benchmark: 'b2', value: 60 }),
        obs({ model: 'e', benchmark: 'b1', value: 100 }),
        obs({ model: 'e', benchmark: 'b2', value: 90 }),
      ],
      workloads: [workload({ id: 'w', weights: { b1: 1, b2: 1 } })],
    });
    expect(triggersOf(d as ReturnType<typeof build>).map((t) => t.message)).toEqual([
      'If Echo is verified to meet "open-weights", the pick for Workload w becomes Echo, for a pilot only.',
      'If Echo is verified to meet "open-weights" and its API becomes generally available, the production pick for Workload w becomes Echo.',
    ]);
  });

  it('names a requirement by its label', () => {
    const d = build({ b2lo: 48, b2hi: 52 }, { b2: 50 });
    const labelled = { ...d, requirements: d.requirements.map((r) => (r.id === 'open-weights' ? { ...r, label: 'Open weights' } : r)) };
    expect(triggersOf(labelled)[0]?.message).toBe('If E is verified to meet "Open weights", the production pick for Workload w becomes R.');
  });
});

describe('figure triggers: only rises a figure can still make', () => {
  it('leaves out a benchmark on which the challenger is already at the top of the scale, however heavily it weighs', () => {
    // Weights t 4, a, b, c 1 each (shares 4/7, 1/7 …). P: t 100, a b c 60 → 5.8/7; C: t 100, a b c 50 → 5.5/7.
    // The gap 0.3/7 closes with a rise of 0.3 on a, b or c (to 80%), or 0.075 on t, where C is already at 100%:
    // no headroom there, so the three triggers are a, b and c, each at 80%.
    const d = dataset({
      models: [model({ id: 'p' }), model({ id: 'c' })],
      benchmarks: ['t', 'a', 'b', 'c'].map((id) => benchmark({ id })),
      observations: [
        ...['t', 'a', 'b', 'c'].map((b) => obs({ model: 'p', benchmark: b, value: b === 't' ? 100 : 60 })),
        ...['t', 'a', 'b', 'c'].map((b) => obs({ model: 'c', benchmark: b, value: b === 't' ? 100 : 50 })),
      ],
      workloads: [workload({ id: 'w', weights: { t: 4, a: 1, b: 1, c: 1 } })],
    });
    const w = workloadOf(run(d, profile({ mix: { w: 1 }, samples: 500 })), 'w');
    expect(w.recommendation?.model).toBe('p');
    const figures = w.triggers.filter((t) => t.kind === 'figure');
    expect(figures.map((t) => t.benchmark)).toEqual(['a', 'b', 'c']);
    for (const t of figures) expect(t.figure).toBeCloseTo(80, 6);
  });
});
