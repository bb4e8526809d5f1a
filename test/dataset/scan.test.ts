import { describe, expect, it } from 'vitest';
import { scanJson } from '../../src/dataset/read.js';

// The structure scan's paths: the index of each array element is counted by the commas at that array's own level.

const paths = (text: string, maxDepth?: number) => scanJson(text, maxDepth).map((p) => `${p.code} ${p.path}`);

describe('scanJson: where a structural problem is', () => {
  it('reports a problem in the 2nd and 3rd element of an array at [1] and [2]', () => {
    expect(paths('[{}, {"a": 1, "a": 2}]')).toEqual(['duplicate-key $[1].a']);
    expect(paths('[{}, {}, {"a": 1, "a": 2}]')).toEqual(['duplicate-key $[2].a']);
    expect(paths('{"models": [1, 2, {"__proto__": {}}]}')).toEqual(['forbidden-key $.models[2].__proto__']);
  });

  it('counts each element once, in every array of a path', () => {
    expect(paths('[{"a": 1, "a": 2}, {"b": 1, "b": 2}, {"c": 1, "c": 2}]')).toEqual([
      'duplicate-key $[0].a',
      'duplicate-key $[1].b',
      'duplicate-key $[2].c',
    ]);
    expect(paths('[[], [0, 0, {"a": 1, "a": 2}]]')).toEqual(['duplicate-key $[1][2].a']);
  });

  it('does not count commas inside a nested array or object, or inside a string, for the outer array', () => {
    expect(paths('[[1, 2, 3], {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
    expect(paths('[{"p": 1, "q": 2}, {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
    expect(paths('["a,b,c", {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
    expect(paths('["a\\",b", {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
  });

  it('names an object key after a comma, and an array element after a closed object', () => {
    expect(paths('{"a": [1, 2], "b": {"c": 1, "c": 2}}')).toEqual(['duplicate-key $.b.c']);
    expect(paths('{"a": {"b": [{}, {"k": 1, "k": 2}]}}')).toEqual(['duplicate-key $.a.b[1].k']);
  });

  it('reports too-deep nesting at the index reached', () => {
    expect(paths('[0, [1, [2]]]', 2)).toEqual(['too-deep $[1][1]']);
  });

  it('leaves a comma outside any bracket (not JSON) to JSON.parse, without failing', () => {
    expect(scanJson('1, 2')).toEqual([]);
    expect(scanJson('[], {"a": 1, "a": 2}')).toEqual([{ code: 'duplicate-key', path: '$.a', message: expect.any(String) }]);
  });

  it('finds a repeated key however it is escaped, and keeps a key with a bad escape as written', () => {
    expect(paths('{"a": 1, "\\u0061": 2}')).toEqual(['duplicate-key $.a']);
    expect(scanJson('{"\\x": 1, "\\x": 2}').map((p) => p.message)).toEqual([
      'the key "\\\\x" appears twice in one object (only the last would count); merge them into one',
    ]);
  });

  it('ends a string at the first quote after an even run of backslashes', () => {
    expect(paths('["a\\\\", {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
    expect(paths('["a\\\\\\", 1", {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
    expect(paths('["\\\\", {"x": 1, "x": 2}]')).toEqual(['duplicate-key $[1].x']);
  });

  it('stops at an unterminated string without reporting anything', () => {
    expect(scanJson('["abc')).toEqual([]);
    expect(scanJson('{"a": "b')).toEqual([]);
  });

  it('leaves out an object that has no key yet from the path', () => {
    expect(paths('{{', 1)).toEqual(['too-deep $']);
    expect(paths('{"a": {{', 2)).toEqual(['too-deep $.a']);
  });

  it('stops after 100 problems', () => {
    const keys = Array.from({ length: 150 }, () => '"k": 1').join(', ');
    expect(scanJson(`{${keys}}`)).toHaveLength(100);
    expect(scanJson(`{${Array.from({ length: 100 }, () => '"k": 1').join(', ')}}`)).toHaveLength(99);
  });
});
