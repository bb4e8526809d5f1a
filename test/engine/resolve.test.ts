import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/dataset/schema.js';
import { lookupFigure, rawInterval, resolveObservations } from '../../src/engine/resolve.js';
import { observation } from '../helpers/builders.js';

// Which observation of a (model, benchmark) pair is scored, which are superseded, and which disagree.

const o = (x: Partial<Observation>) => observation({ model: 'm', benchmark: 'b', ...x });
const resolve = (...observations: ReturnType<typeof observation>[]) => resolveObservations({ observations }, null);
const used = (...observations: ReturnType<typeof observation>[]) => lookupFigure(resolve(...observations), 'm', 'b')?.used;

describe('rawInterval: a figure as an interval on its own scale', () => {
  it('is [v, v] for a value, [low, high] for a range, and nothing for bare words', () => {
    expect(rawInterval(o({ value: 70 }))).toEqual([70, 70]);
    expect(rawInterval(o({ low: 60, high: 65 }))).toEqual([60, 65]);
    expect(rawInterval(o({ label: 'leads' }))).toBeNull();
  });
});

describe('the scored figure of a pair', () => {
  it('is the one published last, whatever the dataset order', () => {
    const [old, fresh] = [o({ value: 60, date: '2026-04-01' }), o({ value: 70, date: '2026-07-01', source: 's2' })];
    expect(used(old, fresh)).toBe(fresh);
    expect(used(fresh, old)).toBe(fresh);
  });

  it('on the same date: numbers (a value or a range) over bare words, in either order', () => {
    const [words, value, range] = [
      o({ label: 'leads', source: 's1' }),
      o({ value: 70, source: 's2' }),
      o({ low: 60, high: 65, source: 's3' }),
    ];
    expect(used(value, words)).toBe(value);
    expect(used(words, value)).toBe(value);
    expect(used(range, words)).toBe(range);
    expect(used(words, range)).toBe(range);
  });

  it('on the same date: a direct figure over a sibling’s, and the default mode over a named one', () => {
    const [direct, proxy] = [o({ value: 70, source: 's1' }), o({ value: 72, source: 's2', proxyFor: { measuredOn: 'M mini' } })];
    expect(used(direct, proxy)).toBe(direct);
    expect(used(proxy, direct)).toBe(direct);
    const [plain, moded] = [o({ value: 70, source: 's1' }), o({ value: 75, source: 's2', mode: 'deep' })];
    expect(used(moded, plain)).toBe(plain);
  });

  it('with three or more, keeps the newest and supersedes the rest, newest first', () => {
    const xs = [
      o({ value: 60, date: '2026-01-01' }),
      o({ value: 70, date: '2026-07-01', source: 's2' }),
      o({ value: 65, date: '2026-04-01', source: 's3' }),
    ];
    const figure = lookupFigure(resolve(...xs), 'm', 'b');
    expect(figure?.used).toBe(xs[1]);
    expect(figure?.superseded).toEqual([xs[2], xs[0]]);
  });

  it('is nothing for a pair with no observation', () => {
    expect(lookupFigure(resolve(o({ value: 70 })), 'other', 'b')).toBeUndefined();
    expect(lookupFigure(resolve(o({ value: 70 })), 'm', 'other')).toBeUndefined();
  });
});

describe('conflicts: superseded figures that do not overlap the scored one', () => {
  const conflicts = (...xs: ReturnType<typeof observation>[]) => {
    const r = resolve(...xs);
    return { conflicts: lookupFigure(r, 'm', 'b')?.conflicts ?? [], disputed: r.disputed.length };
  };
  const newer = o({ low: 60, high: 70, date: '2026-07-01', source: 's2' });

  it('touching intervals agree (bounds inclusive, on either side)', () => {
    expect(conflicts(o({ value: 70 }), newer)).toEqual({ conflicts: [], disputed: 0 });
    expect(conflicts(o({ value: 60 }), newer)).toEqual({ conflicts: [], disputed: 0 });
  });

  it('a figure just outside disagrees, and the pair is listed as disputed', () => {
    const older = o({ value: 70.5 });
    expect(conflicts(older, newer)).toEqual({ conflicts: [older], disputed: 1 });
  });

  it('bare words never disagree with a number', () => {
    expect(conflicts(o({ label: 'trails' }), newer)).toEqual({ conflicts: [], disputed: 0 });
  });
});

describe('the as-of date and the data’s effective date', () => {
  const xs = [
    o({ value: 60, date: '2026-04-01' }),
    o({ value: 70, date: '2026-07-01', source: 's2' }),
    o({ value: 65, date: '2026-05-01', source: 's3' }),
  ];

  it('keeps what was published on the as-of date, removes what came after, and dates the data by the newest kept', () => {
    const r = resolveObservations({ observations: xs }, '2026-05-01');
    expect(r.removed).toEqual([xs[1]]);
    expect(r.newestDate).toBe('2026-05-01');
    expect(lookupFigure(r, 'm', 'b')?.used).toBe(xs[2]);
  });

  it('with no as-of date, keeps everything and is dated by the newest, in any order', () => {
    expect(resolveObservations({ observations: xs }, null).newestDate).toBe('2026-07-01');
    expect(resolveObservations({ observations: [...xs].reverse() }, null).newestDate).toBe('2026-07-01');
    expect(resolveObservations({ observations: [] }, null).newestDate).toBeNull();
  });
});
