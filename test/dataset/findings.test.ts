import { describe, expect, it } from 'vitest';
import { alsoAt, choices, formatFinding, jsonPath, locationOf, setListLocation, setLocation } from '../../src/dataset/findings.js';

describe('choices: the ids a message offers, sorted and capped', () => {
  it('sorts the ids and joins them with commas', () => {
    expect(choices(['b', 'c', 'a'])).toBe('a, b, c');
    expect(choices(new Set(['only']))).toBe('only');
  });

  it('says "(none)" when there is nothing to choose', () => {
    expect(choices([])).toBe('(none)');
  });

  it('shows all of exactly `max` ids, and cuts one more at `max` with "… (N more)"', () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `id${String(i).padStart(2, '0')}`);
    expect(choices(ids(20))).toBe(ids(20).join(', '));
    expect(choices(ids(21))).toBe(`${ids(20).join(', ')} … (1 more)`);
    expect(choices(ids(25))).toBe(`${ids(20).join(', ')} … (5 more)`);
  });

  it('cuts after the first `max` ids in sorted order, not in the order given', () => {
    expect(choices(['d', 'c', 'b', 'a'], 2)).toBe('a, b … (2 more)');
    expect(choices(['c', 'b', 'a'], 3)).toBe('a, b, c');
    expect(choices(['b', 'a'], 1)).toBe('a … (1 more)');
  });
});

describe('jsonPath: a path in $.a[0].b notation', () => {
  it('is "$" for the whole file', () => {
    expect(jsonPath([])).toBe('$');
  });

  it('writes indexes in brackets and identifier keys after a dot', () => {
    expect(jsonPath(['observations', 0, 'value'])).toBe('$.observations[0].value');
    expect(jsonPath(['$schema', '_a1', 2])).toBe('$.$schema._a1[2]');
  });

  it('quotes keys that are not identifiers, and identifier keys over 60 characters', () => {
    expect(jsonPath(['api-ga'])).toBe('$["api-ga"]');
    expect(jsonPath(['1a'])).toBe('$["1a"]');
    expect(jsonPath(['a b'])).toBe('$["a b"]');
    expect(jsonPath([''])).toBe('$[""]');
    expect(jsonPath(['0'])).toBe('$["0"]');
    expect(jsonPath(['k'.repeat(60)])).toBe(`$.${'k'.repeat(60)}`);
    expect(jsonPath(['k'.repeat(61)])).toBe(`$["${'k'.repeat(60)}…"]`);
  });

  it('quotes a symbol key by its description', () => {
    expect(jsonPath([Symbol('s')])).toBe('$["Symbol(s)"]');
  });
});

describe('where a finding and a record are', () => {
  it('formats a finding as file: path: message', () => {
    expect(formatFinding({ file: 'f.json', path: '$.a', code: 'schema', message: 'bad' })).toBe('f.json: $.a: bad');
  });

  it('names the other place of a duplicate, with its file only when it is another file', () => {
    expect(alsoAt(undefined, 'f.json')).toBe('');
    expect(alsoAt({ file: 'f.json', path: '$.models[0]' }, 'f.json')).toBe(' (also at $.models[0])');
    expect(alsoAt({ file: 'g.json', path: '$.models[0]' }, 'f.json')).toBe(' (also at g.json $.models[0])');
  });

  it('remembers a record’s location, spelling a list item’s path out only when asked', () => {
    const plain = {};
    const listed = {};
    const unknown = {};
    setLocation(plain, { file: 'a.json', path: '$.dataset' });
    setListLocation(listed, 'b.json', 'models', 3);
    setLocation(unknown, undefined);
    expect(locationOf(plain)).toEqual({ file: 'a.json', path: '$.dataset' });
    expect(locationOf(listed)).toEqual({ file: 'b.json', path: '$.models[3]' });
    expect(locationOf(unknown)).toBeUndefined();
  });
});
