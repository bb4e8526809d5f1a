import { describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { resolveToday } from '../src/today.js';

const clock = () => new Date('2026-11-21T23:59:59Z');

describe('resolveToday: --today, then SOURCE_DATE_EPOCH, then the clock', () => {
  it.each([
    ['the option wins over everything', '2026-07-04', { SOURCE_DATE_EPOCH: '0' }, '2026-07-04'],
    ['SOURCE_DATE_EPOCH, in seconds, as a UTC day', undefined, { SOURCE_DATE_EPOCH: '1783209599' }, '2026-07-04'],
    ['SOURCE_DATE_EPOCH 0 is 1970-01-01', undefined, { SOURCE_DATE_EPOCH: '0' }, '1970-01-01'],
    ['an empty SOURCE_DATE_EPOCH counts as unset', undefined, { SOURCE_DATE_EPOCH: '' }, '2026-11-21'],
    ['the clock, as a UTC day', undefined, {}, '2026-11-21'],
  ])('%s', (_name, option, env, expected) => {
    expect(resolveToday(option, env, clock)).toBe(expected);
  });

  it.each([
    ['2026-02-30', {}, /^--today "2026-02-30" is not a date; write it as YYYY-MM-DD/],
    ['July 4', {}, /^--today "July 4" is not a date/],
    [undefined, { SOURCE_DATE_EPOCH: '-1' }, /^SOURCE_DATE_EPOCH "-1" is not a whole number of seconds since 1970-01-01 UTC/],
    [undefined, { SOURCE_DATE_EPOCH: '1.5' }, /^SOURCE_DATE_EPOCH "1\.5" is not a whole number/],
    [undefined, { SOURCE_DATE_EPOCH: '999999999999' }, /^SOURCE_DATE_EPOCH "999999999999" is not a whole number/],
  ])('rejects %s %o', (option, env, message) => {
    expect(() => resolveToday(option, env, clock)).toThrow(UserError);
    expect(() => resolveToday(option, env, clock)).toThrow(message);
  });
});
