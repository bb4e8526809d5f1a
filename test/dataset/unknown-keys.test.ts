import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueFindings } from '../../src/dataset/parse.js';

// The "did you mean" of an unknown key: the known key closest to it (case ignored) within two edits, the first
// such key on a tie; no suggestion when the lengths differ by more than two or either key is over 64 characters.

/** The fix issueFindings gives for `key` at the top of an object whose known keys are `known`. */
function fixFor(key: string, known: readonly string[]): string {
  const error = z.strictObject({}).safeParse({ [key]: 1 }).error;
  if (!error) throw new Error('expected an unknown-key issue');
  const findings = issueFindings('f.json', error, { knownKeys: () => [...known] });
  expect(findings).toHaveLength(1);
  const match = /^unknown key ".*" \((.*)\)$/.exec(findings[0]?.message ?? '');
  if (!match) throw new Error(`unexpected message ${findings[0]?.message}`);
  return match[1] as string;
}
const suggests = (key: string, known: readonly string[]) => {
  const m = /^did you mean "(.*)"\?$/.exec(fixFor(key, known));
  return m ? m[1] : undefined;
};

describe('unknown keys: "did you mean" the nearest known key', () => {
  it('suggests a key one edit away: a substitution, an insertion, a deletion, a swap counted as two', () => {
    expect(suggests('vaule', ['value'])).toBe('value');
    expect(suggests('valeu', ['value'])).toBe('value');
    expect(suggests('vlue', ['value'])).toBe('value');
    expect(suggests('valuee', ['value'])).toBe('value');
    expect(suggests('valve', ['value'])).toBe('value');
    expect(suggests('value', ['value'])).toBe('value');
  });

  it('suggests a key exactly two edits away, never one three edits away', () => {
    expect(suggests('vxxue', ['value'])).toBe('value');
    expect(suggests('vxxxe', ['value'])).toBeUndefined();
    expect(suggests('abc', ['xyz'])).toBeUndefined();
    expect(suggests('abcd', ['abxy'])).toBe('abxy');
    expect(suggests('abcdef', ['abcxyz'])).toBeUndefined();
    expect(suggests('ab', ['xy'])).toBe('xy');
    expect(suggests('a', ['bcd'])).toBeUndefined();
    // Deleting a prefix costs one edit per character: "xyzab" is four edits from "abc", not one.
    expect(suggests('xyzab', ['abc'])).toBeUndefined();
    expect(suggests('xyab', ['ab'])).toBe('ab');
  });

  it('suggests a key whose length differs by exactly two (two insertions or deletions), never by three', () => {
    expect(suggests('val', ['value'])).toBe('value');
    expect(suggests('valueXY', ['value'])).toBe('value');
    expect(suggests('va', ['value'])).toBeUndefined();
    expect(suggests('valueXYZ', ['value'])).toBeUndefined();
    expect(suggests('', ['ab'])).toBe('ab');
  });

  it('ignores case when comparing', () => {
    expect(suggests('VALUE', ['value'])).toBe('value');
    expect(suggests('value', ['VALUE'])).toBe('VALUE');
    expect(suggests('VaLuE', ['valve'])).toBe('valve');
  });

  it('prefers the closest key, and the first listed on a tie', () => {
    expect(suggests('modl', ['mode', 'model'])).toBe('mode');
    expect(suggests('modell', ['mode', 'model'])).toBe('model');
    expect(suggests('dat', ['data', 'date'])).toBe('data');
    expect(suggests('dat', ['date', 'data'])).toBe('date');
    expect(suggests('abcd', ['abxy', 'abcx'])).toBe('abcx');
    expect(suggests('abcd', ['abcx', 'abxy'])).toBe('abcx');
  });

  it('suggests for keys up to 64 characters, never when the unknown key is over 64', () => {
    const known64 = 'k'.repeat(64);
    expect(suggests(`${'k'.repeat(63)}x`, [known64])).toBe(known64);
    // 65 characters against a known key of 63 (two insertions away): the unknown key alone is over the limit.
    expect(suggests('k'.repeat(65), ['k'.repeat(63)])).toBeUndefined();
    expect(suggests('k'.repeat(64), ['k'.repeat(62)])).toBe('k'.repeat(62));
    expect(suggests(`${'k'.repeat(64)}x`, [`${'k'.repeat(64)}y`])).toBeUndefined();
  });

  it('never suggests a known key over 64 characters', () => {
    // 63 characters against a known key of 65 (two deletions away): the known key alone is over the limit.
    expect(suggests('k'.repeat(63), ['k'.repeat(65)])).toBeUndefined();
    expect(suggests('k'.repeat(62), ['k'.repeat(64)])).toBe('k'.repeat(64));
  });

  it('lists the allowed keys when none is close, and only says "remove it" when none is known', () => {
    expect(fixFor('zzzzzz', ['model', 'value'])).toBe('remove it; allowed here: model, value');
    expect(fixFor('zzzzzz', [])).toBe('remove it');
    expect(fixFor('vaule', ['model', 'value'])).toBe('did you mean "value"?');
  });

  it('reports each unknown key at its own path, skipping ignored keys, and asks for the keys at the object’s path', () => {
    const schema = z.strictObject({ list: z.array(z.strictObject({ value: z.number() })) });
    const error = schema.safeParse({ list: [{ value: 1 }, { value: 2, vaule: 3, secret: 4, zzzzzz: 5 }] }).error;
    if (!error) throw new Error('expected issues');
    const asked: PropertyKey[][] = [];
    const knownKeys = (path: readonly PropertyKey[]) => {
      asked.push([...path]);
      return ['value'];
    };
    expect(issueFindings('f.json', error, { knownKeys, ignoreKeys: new Set(['secret']) })).toEqual([
      { file: 'f.json', path: '$.list[1].vaule', code: 'schema', message: 'unknown key "vaule" (did you mean "value"?)' },
      { file: 'f.json', path: '$.list[1].zzzzzz', code: 'schema', message: 'unknown key "zzzzzz" (remove it; allowed here: value)' },
    ]);
    expect(asked).toEqual([['list', 1]]);
  });

  it('without knownKeys, says only "remove it"', () => {
    const error = z.strictObject({ value: z.number() }).safeParse({ value: 1, vaule: 2 }).error;
    if (!error) throw new Error('expected issues');
    expect(issueFindings('f.json', error).map((f) => f.message)).toEqual(['unknown key "vaule" (remove it)']);
  });
});
