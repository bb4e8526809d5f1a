import { describe, expect, it } from 'vitest';
import { describeJsonError, findSyntaxError, lineColumn } from '../../src/dataset/read.js';

// The first JSON syntax error: its index (where the reader stopped) and what was expected there.

const VALUE = 'a value: a number, "text", true, false, null, [ or {';
const STRING = 'a string closed by a double quote (with valid escapes, no raw line breaks)';
const END = 'the end of the file (something follows the top-level value)';

const cases: [string, number, string][] = [
  ['', 0, 'a value'],
  ['   ', 3, 'a value'],
  ['[', 1, 'a closing "]"'],
  ['{', 1, 'a closing "}"'],
  ['{"a":1', 6, 'a closing "}"'],
  ['[[1]', 4, 'a closing "]"'],
  ['[1,]', 3, `${VALUE} (no comma before "]")`],
  ['[}', 1, VALUE],
  ['{"a":1,}', 7, 'a key in double quotes (no comma before "}")'],
  ['{a:1}', 1, 'a key in double quotes'],
  ['{]', 1, 'a key in double quotes'],
  ['{"a" 1}', 5, '":" after the key'],
  ['[1 2]', 3, '"," or "]"'],
  ['{"a":1 "b":2}', 7, '"," or "}"'],
  ['{"a":1]', 6, '"," or "}"'],
  ['1 2', 2, END],
  ['[1]]', 3, END],
  ['01', 1, END],
  ['1.', 1, END],
  ['tru', 0, VALUE],
  ['nul', 0, VALUE],
  ['-', 0, VALUE],
  ['"abc', 4, STRING],
  ['"a\nb"', 2, STRING],
  ['"\\x"', 1, STRING],
  ['"\\u12G4"', 1, STRING],
  ['"\\"', 3, STRING],
  ['{"a\\q":1}', 3, 'a key in double quotes'],
];

describe('findSyntaxError: the first syntax error and what was expected', () => {
  it.each(cases)('%j: at %i, expected %s', (text, index, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findSyntaxError(text)).toEqual({ index, expected });
  });

  it('finds nothing wrong in valid JSON of every kind', () => {
    for (const text of [
      '[]',
      '[ ]',
      '{}',
      '{ }',
      ' \t\n\r1 ',
      '[true, false, null]',
      '[false]',
      '{"a": {}, "b": [], "c": [{}], "d": {"e": [1, "x"]}}',
      '-1.5e+3',
      '0',
      '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"',
      '[[1, 2], [3]]',
    ]) {
      expect(() => JSON.parse(text)).not.toThrow();
      expect(findSyntaxError(text), text).toBeUndefined();
    }
  });
});

describe('lineColumn and describeJsonError: where, in words', () => {
  it('counts lines and columns from 1, a newline belonging to the line it ends', () => {
    expect(lineColumn('ab\ncd', 0)).toBe('line 1, column 1');
    expect(lineColumn('ab\ncd', 2)).toBe('line 1, column 3');
    expect(lineColumn('ab\ncd', 3)).toBe('line 2, column 1');
    expect(lineColumn('ab\ncd', 4)).toBe('line 2, column 2');
    expect(lineColumn('a\n\n\nb', 4)).toBe('line 4, column 1');
  });

  it('says what was expected and where, for a syntax error it can locate', () => {
    const text = '{\n  "a": 1,\n}';
    expect(describeJsonError(text, new Error('whatever'))).toBe(
      'expected a key in double quotes (no comma before "}") at line 3, column 1',
    );
  });

  it('falls back to the position in the parser’s message, then to no position at all', () => {
    expect(describeJsonError('{}\n{}', new Error('Unexpected token at position 4'))).toBe(
      'expected the end of the file (something follows the top-level value) at line 2, column 1',
    );
    expect(describeJsonError('[1]\n', new Error('Unexpected token at position 3'))).toBe('a syntax error at line 1, column 4');
    expect(describeJsonError('[1]\n\n', new Error('Unexpected token at position 5'))).toBe('a syntax error at line 3, column 1');
    expect(describeJsonError('[1]', new Error('Unexpected end'))).toBe('a syntax error');
  });
});
