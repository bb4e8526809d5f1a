import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueFindings } from '../../src/dataset/parse.js';

// Each kind of schema problem in plain words, with the fix: what issueFindings says for one bad value.

/** "path: message" for each problem of `value` against `schema` (parsed as the loader does, with the input reported). */
function said(schema: z.ZodType, value: unknown, ignoreKeys?: ReadonlySet<string>): string[] {
  const error = schema.safeParse(value, { reportInput: true }).error;
  if (!error) return [];
  return issueFindings('f.json', error, ignoreKeys ? { ignoreKeys } : {}).map((f) => `${f.path}: ${f.message}`);
}
const field = (schema: z.ZodType, value: unknown) => said(z.strictObject({ x: schema.optional() }), { x: value });

describe('issueFindings: each problem in plain words, with its fix', () => {
  it('names a wrong type by what was given and says how to write the expected one', () => {
    expect(field(z.number(), '70')).toEqual(['$.x: expected number, received string; write a JSON number without quotes, e.g. 42']);
    expect(field(z.string(), 1)).toEqual(['$.x: expected string, received number; write text in double quotes']);
    expect(field(z.boolean(), 'true')).toEqual(['$.x: expected boolean, received string; write true or false without quotes']);
    expect(field(z.array(z.number()), {})).toEqual(['$.x: expected array, received object; write a list in [ ]']);
    expect(said(z.strictObject({}), 3)).toEqual(['$: expected object, received number; write an object in { }']);
    expect(field(z.bigint(), 1)).toEqual(['$.x: expected bigint, received number; use a bigint']);
  });

  it('tells null, a list, infinities and NaN apart from an object or a number', () => {
    expect(field(z.number(), null)).toEqual(['$.x: expected number, received null; write a JSON number without quotes, e.g. 42']);
    expect(field(z.number(), [])).toEqual(['$.x: expected number, received array; write a JSON number without quotes, e.g. 42']);
    expect(field(z.number(), Number.POSITIVE_INFINITY)).toEqual([
      '$.x: expected number, received Infinity; write a JSON number without quotes, e.g. 42',
    ]);
    expect(field(z.number(), Number.NEGATIVE_INFINITY)).toEqual([
      '$.x: expected number, received -Infinity; write a JSON number without quotes, e.g. 42',
    ]);
    expect(field(z.number(), Number.NaN)).toEqual(['$.x: expected number, received NaN; write a JSON number without quotes, e.g. 42']);
    expect(field(z.string(), true)).toEqual(['$.x: expected string, received boolean; write text in double quotes']);
  });

  it('asks to add a missing key by name, or "it" when the missing thing is a list item', () => {
    expect(said(z.strictObject({ value: z.number() }), {})).toEqual([
      '$.value: missing: add "value" (expected number; write a JSON number without quotes, e.g. 42)',
    ]);
    expect(said(z.tuple([z.number(), z.string()]), [1, undefined])).toEqual([
      '$[1]: missing: add it (expected string; write text in double quotes)',
    ]);
  });

  it('lists the allowed values: one, "a or b", "a, b or c", quoting (and cutting at 40) a text given', () => {
    expect(field(z.enum(['x']), 'w')).toEqual(['$.x: "w" is not allowed; use one of "x"']);
    expect(field(z.enum(['x', 'y']), 'w')).toEqual(['$.x: "w" is not allowed; use one of "x" or "y"']);
    expect(field(z.enum(['x', 'y', 'z']), 'w')).toEqual(['$.x: "w" is not allowed; use one of "x", "y" or "z"']);
    expect(field(z.enum(['x', 'y']), 'q'.repeat(41))).toEqual([`$.x: "${'q'.repeat(40)}…" is not allowed; use one of "x" or "y"`]);
    expect(field(z.literal(3), 4)).toEqual(['$.x: use one of 3']);
  });

  it('gives the limit of a list or number that is too big or too small, and zod’s words for text', () => {
    expect(field(z.array(z.number()).max(2), [1, 2, 3])).toEqual([
      '$.x: too many items (at most 2); split them across several overlay files',
    ]);
    expect(field(z.array(z.number()).min(2), [1])).toEqual(['$.x: needs at least 2 items']);
    expect(field(z.array(z.number()).min(1), [])).toEqual(['$.x: needs at least 1 item']);
    expect(field(z.number().max(5), 6)).toEqual(['$.x: must be at most 5']);
    expect(field(z.number().min(5), 4)).toEqual(['$.x: must be at least 5']);
    expect(field(z.string().max(3, 'must be at most 3 characters'), 'abcd')).toEqual(['$.x: must be at most 3 characters']);
    expect(field(z.string().min(2, 'must be at least 2 characters'), 'a')).toEqual(['$.x: must be at least 2 characters']);
  });

  it('explains a record key that is not a valid id, and skips an invalid key that is ignored (reported elsewhere)', () => {
    const ids = z.record(z.string().regex(/^[a-z]+$/, 'must be lowercase'), z.number());
    expect(field(ids, { Bad: 1 })).toEqual(['$.x.Bad: the key "Bad" is not a valid id: it must be lowercase; rename it']);
    expect(said(ids, { Bad: 1, Secret: 2 }, new Set(['Secret']))).toEqual([
      '$.Bad: the key "Bad" is not a valid id: it must be lowercase; rename it',
    ]);
  });

  it('passes any other problem on in zod’s own words', () => {
    expect(
      field(
        z.number().refine((n) => n % 2 === 0, 'must be even'),
        3,
      ),
    ).toEqual(['$.x: must be even']);
  });
});
