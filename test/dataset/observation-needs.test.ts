import { describe, expect, it } from 'vitest';
import { Observation } from '../../src/dataset/schema.js';

// An observation needs something to say: a value, a low AND a high, or a label. Answers by the rule.
const NEEDS = 'needs a "value", a "low"/"high" range, or a qualitative "label"';
const base = { model: 'm', benchmark: 'b', source: 's', date: '2026-03-01' };
const messages = (extra: Record<string, unknown>) => {
  const r = Observation.safeParse({ ...base, ...extra });
  return r.success ? [] : r.error.issues.map((i) => i.message);
};

describe('an observation needs a value, a low and a high, or a label', () => {
  it('a value alone: accepted', () => expect(messages({ value: 5 })).toEqual([]));
  it('a low and a high: accepted', () => expect(messages({ low: 4, high: 6 })).toEqual([]));
  it('a label alone: accepted', () => expect(messages({ label: 'strong' })).toEqual([]));
  it('nothing: refused as saying nothing', () => expect(messages({})).toEqual([NEEDS]));
  it('a low alone: refused as saying nothing (and as half a range)', () => expect(messages({ low: 4 })).toContain(NEEDS));
  it('a high alone: refused as saying nothing (and as half a range)', () => expect(messages({ high: 6 })).toContain(NEEDS));
  it('a low alone with a label: the label says something, only the half range is refused', () =>
    expect(messages({ low: 4, label: 'strong' })).toEqual(['"low" and "high" go together']));
});
