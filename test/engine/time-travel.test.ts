import { describe, expect, it } from 'vitest';
import { resolveObservations } from '../../src/engine/index.js';
import { benchmark, dataset, model, observation, profile, source, workload } from '../helpers/builders.js';
import { codes, entryOf, run, workloadOf } from '../helpers/engine.js';

// Rule 10: as-of keeps observations published on or before it; the latest per (model, benchmark) wins,
// the rest are listed as superseded; the dataset's age against today gives a staleness warning.
const OLD = { source: 's-old', date: '2026-01-10' };
const NEW = { source: 's-new', date: '2026-02-20' };
const data = dataset({
  sources: [source({ id: 's-old', date: OLD.date }), source({ id: 's-new', date: NEW.date })],
  models: [model({ id: 'a' }), model({ id: 'b' })],
  benchmarks: [benchmark({ id: 'b1' })],
  observations: [
    observation({ model: 'a', benchmark: 'b1', value: 60, ...NEW }),
    observation({ model: 'a', benchmark: 'b1', value: 70, ...OLD }),
    observation({ model: 'b', benchmark: 'b1', low: 50, high: 60, ...OLD }),
    observation({ model: 'b', benchmark: 'b1', value: 55, ...NEW }),
  ],
  workloads: [workload({ id: 'w', weights: { b1: 1 } })],
});

describe('time travel', () => {
  it('uses the latest observation and lists the ones it superseded', () => {
    const r = run(data, profile({ mix: { w: 1 }, today: '2026-03-01' }));
    expect(entryOf(r, 'w', 'a').contributions[0]).toMatchObject({ value: 60, source: 's-new' });
    expect(workloadOf(r, 'w').superseded).toEqual([
      expect.objectContaining({ model: 'a', value: 70, source: 's-old', supersededBy: { source: 's-new', date: '2026-02-20' } }),
      expect.objectContaining({ model: 'b', low: 50, high: 60, supersededBy: { source: 's-new', date: '2026-02-20' } }),
    ]);
    expect(r.dataset).toMatchObject({ asOf: '2026-02-20', ageDays: 9, stale: false });
  });

  it('warns when sources disagree (the figures do not overlap), not when they agree', () => {
    const r = run(data, profile({ mix: { w: 1 }, today: '2026-03-01' }));
    expect(r.warnings.filter((w) => w.code === 'conflict')).toEqual([
      { code: 'conflict', message: "Sources disagree on A's Bench b1: 60% (s-new, 2026-02-20) is used over 70% (s-old, 2026-01-10)." },
    ]);
  });

  it('keeps only observations published on or before the as-of date, and says how many it left out', () => {
    const r = run(data, profile({ mix: { w: 1 }, asOf: '2026-02-01', today: '2026-03-01' }));
    expect(entryOf(r, 'w', 'a').contributions[0]).toMatchObject({ value: 70, source: 's-old' });
    expect(entryOf(r, 'w', 'b').contributions[0]).toMatchObject({ basis: 'range', low: 50, high: 60 });
    expect(workloadOf(r, 'w').superseded).toEqual([]);
    expect(r.dataset).toMatchObject({ asOf: '2026-01-10', ageDays: 50 });
    expect(r.warnings).toContainEqual({
      code: 'as-of',
      message: 'Data as of 2026-02-01: 2 observations published after that date are left out.',
    });
    expect(codes(r)).not.toContain('conflict');
  });

  it('includes an observation published on the as-of date itself', () => {
    const r = run(data, profile({ mix: { w: 1 }, asOf: '2026-02-20', today: '2026-03-01' }));
    expect(codes(r)).not.toContain('as-of');
    expect(entryOf(r, 'w', 'a').contributions[0]?.value).toBe(60);
  });

  it('warns past 60 days of age, and not at 60', () => {
    const at = (today: string) => run(data, profile({ mix: { w: 1 }, today }));
    expect(at('2026-04-21').dataset).toMatchObject({ ageDays: 60, stale: false });
    const old = at('2026-04-22');
    expect(old.dataset).toMatchObject({ ageDays: 61, stale: true });
    expect(old.warnings[0]).toEqual({
      code: 'stale',
      message:
        'The published evidence is 61 days old (newest published figure 2026-02-20, today 2026-04-22), past the 60-day limit: frontier models ship every 6–8 weeks, so newer models and results likely exist.',
    });
  });

  it('on the same date prefers numbers over bare words, a direct figure over a proxy, then the later one', () => {
    const same = (...obs: Parameters<typeof observation>[0][]) =>
      resolveObservations({ observations: obs.map(observation) }, null)
        .figures.get('a')
        ?.get('b1')?.used;
    expect(same({ model: 'a', benchmark: 'b1', value: 50 }, { model: 'a', benchmark: 'b1', label: 'leads' })?.value).toBe(50);
    expect(
      same({ model: 'a', benchmark: 'b1', value: 50 }, { model: 'a', benchmark: 'b1', value: 80, proxyFor: { measuredOn: 'x' } })?.value,
    ).toBe(50);
    expect(same({ model: 'a', benchmark: 'b1', value: 50 }, { model: 'a', benchmark: 'b1', value: 51, source: 'src-b' })?.value).toBe(51);
  });
});
