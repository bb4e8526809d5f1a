import { type FindingCode, jsonPath, quoted } from './findings.js';

// JSON text that people edit by hand, read with care: a one-pass scan for hostile structure before JSON.parse
// (nesting, prototype keys, repeated keys), and where the first syntax error is when JSON.parse fails.

/** Far more than any dataset needs (a governance fact sits at depth 5), far less than a stack can take. */
export const MAX_DEPTH = 32;

/** Keys that reach object prototypes in JavaScript; never meaningful in a dataset. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

export interface ScanProblem {
  code: Extract<FindingCode, 'too-deep' | 'forbidden-key' | 'duplicate-key'>;
  path: string;
  message: string;
}

interface Frame {
  object: boolean;
  keys: Set<string>;
  /** The key whose value is being read (objects) or the current index (arrays). */
  at: string | number | undefined;
  expectKey: boolean;
}

const MAX_PROBLEMS = 100;

function decodeKey(raw: string): string {
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * Reads the bracket structure of JSON text in one pass, without recursion and before JSON.parse
 * builds anything: rejects nesting deeper than `maxDepth` (stopping there), and reports keys that
 * reach prototypes and keys repeated in one object (JSON.parse would silently keep the last).
 * Malformed JSON is left for JSON.parse to describe.
 */
export function scanJson(text: string, maxDepth = MAX_DEPTH): ScanProblem[] {
  const problems: ScanProblem[] = [];
  const stack: Frame[] = [];
  const pathHere = () => jsonPath(stack.map((f) => f.at).filter((k): k is string | number => k !== undefined));
  const n = text.length;
  for (let i = 0; i < n && problems.length < MAX_PROBLEMS; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      // The closing quote: the next one not escaped (after an even run of backslashes), found with indexOf.
      let j = text.indexOf('"', i + 1);
      for (let b = j - 1; j >= 0; b = j - 1) {
        while (text.charCodeAt(b) === 0x5c /* \ */) b--;
        if ((j - 1 - b) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j < 0) j = n;
      const top = stack[stack.length - 1];
      if (top?.object && top.expectKey) {
        const key = decodeKey(text.slice(i + 1, j));
        top.expectKey = false;
        top.at = key;
        if (FORBIDDEN_KEYS.has(key)) {
          problems.push({
            code: 'forbidden-key',
            path: pathHere(),
            message: `the key ${quoted(key)} is not allowed (it could alter JavaScript object prototypes); remove it`,
          });
        } else if (top.keys.has(key)) {
          problems.push({
            code: 'duplicate-key',
            path: pathHere(),
            message: `the key ${quoted(key)} appears twice in one object (only the last would count); merge them into one`,
          });
        }
        top.keys.add(key);
      }
      i = j;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const object = c === 0x7b;
      if (stack.length >= maxDepth) {
        problems.push({
          code: 'too-deep',
          path: pathHere(),
          message: `nested deeper than ${maxDepth} levels (at ${lineColumn(text, i)}); a dataset nests at most 5 levels, so look for runaway brackets`,
        });
        return problems;
      }
      stack.push({ object, keys: new Set(), at: object ? undefined : 0, expectKey: object });
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.object) top.expectKey = true;
      else if (top) top.at = (top.at as number) + 1;
    }
  }
  return problems;
}

// Locates the first JSON syntax error and says what was expected there, for people who edit
// overlays by hand: Node's own message often gives no position ("Unexpected token '}', … is not
// valid JSON"). Iterative, with an explicit stack; only run after JSON.parse has failed.

export interface SyntaxProblem {
  index: number;
  expected: string;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

type Want = 'value' | 'key' | 'colon' | 'after-value' | 'end';

export function findSyntaxError(text: string): SyntaxProblem | undefined {
  const stack: ('object' | 'array')[] = [];
  let i = 0;
  let want: Want = 'value';
  /** After "[" or "{": the closing bracket is allowed in place of a value or key. */
  let justOpened = false;
  const skipWs = () => {
    WS.lastIndex = i;
    WS.exec(text);
    i = WS.lastIndex;
  };
  const fail = (expected: string): SyntaxProblem => ({ index: i, expected });

  /** Reads a string starting at i (a quote); returns false when it is not a valid JSON string. */
  const readString = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return false;
      } else i++;
    }
    return false;
  };

  for (;;) {
    skipWs();
    const ch = text[i];
    if (want === 'end') return ch === undefined ? undefined : fail('the end of the file (something follows the top-level value)');
    if (ch === undefined) return fail(stack.length ? `a closing ${stack[stack.length - 1] === 'object' ? '"}"' : '"]"'}` : 'a value');
    const top = stack[stack.length - 1];
    if (want === 'value') {
      const opened = justOpened;
      justOpened = false;
      if (opened && top === 'array' && ch === ']') {
        stack.pop();
        i++;
        want = stack.length ? 'after-value' : 'end';
        continue;
      }
      if (ch === '{') {
        stack.push('object');
        i++;
        want = 'key';
        justOpened = true;
      } else if (ch === '[') {
        stack.push('array');
        i++;
        justOpened = true;
      } else if (ch === '"') {
        if (!readString()) return fail('a string closed by a double quote (with valid escapes, no raw line breaks)');
        want = stack.length ? 'after-value' : 'end';
      } else if (text.startsWith('true', i) || text.startsWith('null', i) || text.startsWith('false', i)) {
        i += text.startsWith('false', i) ? 5 : 4;
        want = stack.length ? 'after-value' : 'end';
      } else {
        NUMBER.lastIndex = i;
        if (!NUMBER.exec(text)) {
          const trailing = ch === ']' ? ' (no comma before "]")' : '';
          return fail(`a value: a number, "text", true, false, null, [ or {${trailing}`);
        }
        i = NUMBER.lastIndex;
        want = stack.length ? 'after-value' : 'end';
      }
    } else if (want === 'key') {
      if (justOpened && ch === '}') {
        stack.pop();
        i++;
        justOpened = false;
        want = stack.length ? 'after-value' : 'end';
        continue;
      }
      const trailing = ch === '}' ? ' (no comma before "}")' : '';
      justOpened = false;
      if (ch !== '"' || !readString()) return fail(`a key in double quotes${trailing}`);
      want = 'colon';
    } else if (want === 'colon') {
      if (ch !== ':') return fail('":" after the key');
      i++;
      want = 'value';
    } else {
      const close = top === 'object' ? '}' : ']';
      if (ch === ',') {
        i++;
        want = top === 'object' ? 'key' : 'value';
      } else if (ch === close) {
        stack.pop();
        i++;
        want = stack.length ? 'after-value' : 'end';
      } else return fail(`"," or "${close}"`);
    }
  }
}

/** "line L, column C" (both from 1) of a character index. */
export function lineColumn(text: string, index: number): string {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return `line ${line}, column ${index - start + 1}`;
}

/**
 * Where and what for a JSON.parse failure, never quoting the file: Node's own message often has no
 * position and quotes raw text (several lines of it, or NUL bytes), so the error is located here.
 */
export function describeJsonError(text: string, error: Error): string {
  const problem = findSyntaxError(text);
  if (problem) return `expected ${problem.expected} at ${lineColumn(text, problem.index)}`;
  const position = /position (\d+)/.exec(error.message);
  return position ? `a syntax error at ${lineColumn(text, Number(position[1]))}` : 'a syntax error';
}
