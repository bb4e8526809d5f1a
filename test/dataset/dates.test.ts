import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/dataset/ids.js';

describe('isIsoDate: a real calendar date written YYYY-MM-DD', () => {
  it.each([
    ['2026-07-04', true],
    ['2026-01-31', true],
    ['2026-12-31', true],
    ['2026-04-30', true],
    ['2026-04-31', false], // April has 30 days
    ['2026-02-28', true],
    ['2026-02-29', false], // 2026 is not a leap year
    ['2024-02-29', true], // divisible by 4
    ['2100-02-29', false], // by 100 but not by 400
    ['2000-02-29', true], // by 400
    ['2026-00-10', false],
    ['2026-13-01', false],
    ['2026-01-00', false],
    ['2026-01-32', false],
    ['2026-7-4', false],
    ['2026-07-04T00:00:00Z', false],
    ['', false],
  ])('%s → %s', (s, ok) => {
    expect(isIsoDate(s)).toBe(ok);
  });

  it('agrees with the calendar (a Date round trip) on any YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const date = new Date(`${s}T00:00:00Z`);
        const real = !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === s;
        expect(isIsoDate(s)).toBe(real);
      }),
      { numRuns: 5000 },
    );
  });
});
