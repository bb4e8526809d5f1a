import { type FindingCode, quoted } from './findings.js';
import { jsonPath } from './issues.js';
import { lineColumn } from './syntax.js';

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
      let j = i + 1;
      while (j < n && text.charCodeAt(j) !== 0x22) j += text.charCodeAt(j) === 0x5c /* \ */ ? 2 : 1;
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
