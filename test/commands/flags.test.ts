import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate, parseIdList, parseMix, parseNumber, parseWholeNumber, resolveFormat } from '../../src/commands/flags.js';

const WORKLOADS = ['vision', 'health', 'coding', 'agentic'];

describe('parseMix', () => {
  it.each([
    ['vision=40,coding=60', { vision: 40, coding: 60 }],
    [' vision = 40 , coding=0.5 ', { vision: 40, coding: 0.5 }],
    ['health=1,coding=0', { health: 1, coding: 0 }],
    ['agentic=.25', { agentic: 0.25 }],
    // Syntax only: that some weight is above 0 is the profile check's rule (test/commands/profile.test.ts).
    ['vision=0,coding=0', { vision: 0, coding: 0 }],
  ])('%s', (text, mix) => {
    expect(parseMix(text, WORKLOADS)).toEqual(mix);
  });

  it.each([
    ['visoin=40', /unknown workload "visoin"; valid workloads: vision, health, coding or agentic/],
    ['vision=40,vision=10', /workload "vision" is given twice/],
    ['vision=-5', /"vision=-5" has a negative weight/],
    ['vision=lots', /"vision=lots" has a weight that is not a number/],
    ['vision=1e3', /not a number/],
    ['vision=NaN', /not a number/],
    ['vision=Infinity', /not a number/],
    ['vision', /"vision" is not WORKLOAD=WEIGHT/],
    ['', /"" is not WORKLOAD=WEIGHT/],
  ])('rejects %s', (text, message) => {
    expect(() => parseMix(text, WORKLOADS)).toThrow(message);
  });

  it('round-trips any mix of known workloads and non-negative weights', () => {
    const weight = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
    fc.assert(
      fc.property(fc.subarray(WORKLOADS, { minLength: 1 }), fc.array(weight, { minLength: 4, maxLength: 4 }), (names, weights) => {
        const text = names.map((n, i) => `${n}=${weights[i]}`).join(',');
        expect(parseMix(text, WORKLOADS)).toEqual(Object.fromEntries(names.map((n, i) => [n, weights[i]])));
      }),
    );
  });

  it('never throws anything but a one-line UserError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          parseMix(text, WORKLOADS);
        } catch (e) {
          expect((e as Error).name).toBe('UserError');
          expect((e as Error).message).not.toContain('\n');
        }
      }),
    );
  });
});

describe('other flag values', () => {
  it('lists valid ids for an unknown requirement', () => {
    expect(() => parseIdList('--require', 'api-ga,open-wieghts', ['api-ga', 'open-weights'], 'requirement')).toThrow(
      '--require: unknown requirement "open-wieghts"; valid requirements: api-ga or open-weights',
    );
    expect(parseIdList('--require', 'api-ga,,api-ga', ['api-ga'], 'requirement')).toEqual(['api-ga']);
  });
  // Numbers are read, not judged: text that is not one is passed on for the profile check to refuse with its
  // bounds (test/commands/profile.test.ts), so a bound is stated in one place.
  it.each([
    ['0', 0],
    ['1.5', 1.5],
    [' 0.25 ', 0.25],
    ['.5', 0.5],
  ])('reads the number %j', (t, x) => expect(parseNumber(t)).toBe(x));
  it.each(['-0.1', 'x', '', '1e-1', '0.'])('passes on %j as text', (t) => expect(parseNumber(t)).toBe(t));
  it.each([
    ['99', 99],
    ['1000001', 1_000_001],
  ])('reads the whole number %j', (t, x) => expect(parseWholeNumber(t)).toBe(x));
  it.each(['-1', '1.5', 'abc', '1e3', '1.0'])('passes on %j as text', (t) => expect(parseWholeNumber(t)).toBe(t));
  it.each(['2026-02-30', '2026-7-4', 'today', '20260704'])('rejects date %j', (t) =>
    expect(() => parseDate('--as-of', t)).toThrow(/YYYY-MM-DD/),
  );
  it('format: --json is short for --format json and conflicts with another format', () => {
    expect(resolveFormat({})).toBe('table');
    expect(resolveFormat({ json: true })).toBe('json');
    expect(resolveFormat({ format: 'markdown' })).toBe('markdown');
    expect(resolveFormat({ json: true, format: 'json' })).toBe('json');
    expect(() => resolveFormat({ json: true, format: 'markdown' })).toThrow('--json conflicts with --format markdown');
    expect(resolveFormat({ format: 'html' })).toBe('html');
    expect(() => resolveFormat({ format: 'pdf' })).toThrow('--format: "pdf" is not a format; use one of: table, json, markdown or html');
  });
});
