import { describe, expect, it } from 'vitest';
import { model, profile, table } from '../helpers/builders.js';
import { run } from '../helpers/engine.js';

// Rule 8: routes, blended score, the best single model, what it gives up, and exact break-even shares.
// Known answer: per-workload scores X=[.9,.6,.7], Y=[.8,.85,.6], Z=[.7,.7,.9], shares [.5,.3,.2].
const data = table(
  { x: { b1: 90, b2: 60, b3: 70 }, y: { b1: 80, b2: 85, b3: 60 }, z: { b1: 70, b2: 70, b3: 90 } },
  { w1: { b1: 1 }, w2: { b2: 1 }, w3: { b3: 1 } },
);
const mix = { w1: 50, w2: 30, w3: 20 };

describe('portfolio', () => {
  const r = run(data, profile({ mix }));
  const single = r.portfolio.singleModel!;

  it('routes each workload to its own best model and blends their scores by share', () => {
    expect(r.portfolio.routes).toEqual([
      { workload: 'w1', model: 'x', share: 0.5 },
      { workload: 'w2', model: 'y', share: 0.3 },
      { workload: 'w3', model: 'z', share: 0.2 },
    ]);
    expect(r.portfolio.blendedScore).toBeCloseTo(0.5 * 0.9 + 0.3 * 0.85 + 0.2 * 0.9, 12);
  });

  it('picks Y as the single model (.775 against X .77 and Z .74) and states what it gives up', () => {
    expect(single.model).toBe('y');
    expect(single.score).toBeCloseTo(0.775, 12);
    expect(single.lossByWorkload.map((l) => [l.workload, l.routedModel, l.loss])).toEqual([
      ['w1', 'x', expect.closeTo(0.1, 12)],
      ['w2', 'y', 0],
      ['w3', 'z', expect.closeTo(0.3, 12)],
    ]);
    expect(single.totalLoss).toBeCloseTo(r.portfolio.blendedScore! - 0.775, 12);
  });

  it('keeps Y while the first share is in [3/13, 11/21], exactly', () => {
    const w1 = single.breakEven.find((b) => b.workload === 'w1')!;
    expect(w1.share).toBe(0.5);
    expect(w1.low).toBeCloseTo(3 / 13, 12);
    expect(w1.high).toBeCloseTo(11 / 21, 12);
  });

  it('switches pick just outside the break-even range (others rescaled proportionally)', () => {
    const at = (t: number) => run(data, profile({ mix: { w1: t, w2: (1 - t) * 0.6, w3: (1 - t) * 0.4 } })).portfolio.singleModel!.model;
    expect(at(11 / 21 - 1e-6)).toBe('y');
    expect(at(11 / 21 + 1e-6)).toBe('x');
    expect(at(3 / 13 + 1e-6)).toBe('y');
    expect(at(3 / 13 - 1e-6)).toBe('z');
  });

  it('gives every workload with a share below 1 a break-even range that contains its share', () => {
    for (const b of single.breakEven) {
      expect(b.low).toBeLessThanOrEqual(b.share);
      expect(b.high).toBeGreaterThanOrEqual(b.share);
    }
    expect(single.breakEven.map((b) => b.workload)).toEqual(['w1', 'w2', 'w3']);
  });

  it('leaves a zero-share workload out of results, routes, the blend, losses and break-even', () => {
    const z = run(data, profile({ mix: { w1: 1, w2: 1, w3: 0 } }));
    expect(z.workloads.map((w) => w.workload)).toEqual(['w1', 'w2']);
    expect(z.portfolio.routes.map((r) => r.workload)).toEqual(['w1', 'w2']);
    expect(z.portfolio.blendedScore).toBeCloseTo(0.5 * 0.9 + 0.5 * 0.85, 12);
    expect(z.portfolio.singleModel?.lossByWorkload.map((l) => l.workload)).toEqual(['w1', 'w2']);
    expect(z.portfolio.singleModel?.breakEven.map((b) => b.workload)).toEqual(['w1', 'w2']);
  });

  it('has no break-even for a workload that is the whole mix', () => {
    const one = run(data, profile({ mix: { w1: 1 } }));
    expect(one.portfolio.singleModel).toMatchObject({ model: 'x', totalLoss: 0, breakEven: [] });
  });

  it('is production when the single model has a generally-available API', () => {
    expect(single.status).toBe('production');
    expect(single.alternative).toBeNull();
  });

  it('says when the single model is pilot-only, and names the best single model usable in production', () => {
    // Y (the best single model) has only a private preview: consolidating on it is not possible yet.
    const previewY = table(
      { x: { b1: 90, b2: 60, b3: 70 }, y: { b1: 80, b2: 85, b3: 60 }, z: { b1: 70, b2: 70, b3: 90 } },
      { w1: { b1: 1 }, w2: { b2: 1 }, w3: { b3: 1 } },
    );
    previewY.models = previewY.models.map((m) => (m.id === 'y' ? model({ id: 'y', facts: { 'api-ga': 'no' } }) : m));
    const r2 = run(previewY, profile({ mix }));
    const s2 = r2.portfolio.singleModel!;
    expect(s2).toMatchObject({ model: 'y', status: 'pilot', alternative: { model: 'x' } });
    expect(s2.alternative?.score).toBeCloseTo(0.77, 12);
    expect(s2.alternative?.totalLoss).toBeCloseTo(r2.portfolio.blendedScore! - 0.77, 12);
    const warning = r2.warnings.find((w) => w.code === 'pilot' && w.message.startsWith('The best single model'));
    expect(warning?.message).toMatch(/y, has no generally-available API.*X/i);
  });
});
