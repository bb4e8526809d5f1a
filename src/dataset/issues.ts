import type { z } from 'zod';
import { type Finding, quoted } from './findings.js';

/** A JSON path in the `$.a[0].b` notation used in every data error message; long keys are cut. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= 60 && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${quoted(String(key))}]`;
  }
  return out;
}

const FIX: Record<string, string> = {
  number: 'write a JSON number without quotes, e.g. 42',
  string: 'write text in double quotes',
  boolean: 'write true or false without quotes',
  array: 'write a list in [ ]',
  object: 'write an object in { }',
};

function typeName(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'array';
  if (typeof x === 'number' && !Number.isFinite(x)) return String(x);
  return typeof x;
}

/** The keys a schema object at this path knows, for "did you mean" (empty when not an object). */
export type KnownKeys = (path: readonly PropertyKey[]) => string[];

/** The closest known key within two edits, if any: the usual cause of an unknown key is a typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: { k: string; d: number } | undefined;
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { k, d };
  }
  return best?.k;
}

function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || a.length > 64 || b.length > 64) return 3;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] ?? 3;
}

function message(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const received = 'received' in issue && typeof issue.received === 'string' ? issue.received : typeName(issue.input);
      const fix = FIX[issue.expected] ?? `use a ${issue.expected}`;
      if (received === 'undefined') {
        const key = issue.path[issue.path.length - 1];
        return `missing: add ${typeof key === 'string' ? `"${key}"` : 'it'} (expected ${issue.expected}; ${fix})`;
      }
      return `expected ${issue.expected}, received ${received}; ${fix}`;
    }
    case 'invalid_value': {
      const options = issue.values.map((v) => JSON.stringify(v));
      const got = typeof issue.input === 'string' ? `${quoted(issue.input, 40)} is not allowed; ` : '';
      return `${got}use one of ${options.slice(0, -1).join(', ')}${options.length > 1 ? ' or ' : ''}${options[options.length - 1]}`;
    }
    case 'too_big':
      if (issue.origin === 'array') return `too many items (at most ${issue.maximum}); split them across several overlay files`;
      if (issue.origin === 'number') return `must be at most ${issue.maximum}`;
      return issue.message;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`;
      if (issue.origin === 'number') return `must be at least ${issue.minimum}`;
      return issue.message;
    case 'invalid_key': {
      const inner = issue.issues[0]?.message ?? 'not a valid key';
      const key = issue.path[issue.path.length - 1];
      return `the key ${quoted(String(key))} is not a valid id: it ${inner}; rename it`;
    }
    default:
      return issue.message;
  }
}

/**
 * Turns zod issues into findings, in the order zod found them: one per unknown key (at the key's
 * own path, with a "did you mean" when a known key is close), plain-language messages with the fix.
 */
export function issueFindings(
  file: string,
  error: z.ZodError,
  opts: { knownKeys?: KnownKeys; ignoreKeys?: ReadonlySet<string> } = {},
): Finding[] {
  const out: Finding[] = [];
  const ignored = (key: PropertyKey | undefined) => typeof key === 'string' && opts.ignoreKeys?.has(key) === true;
  for (const issue of error.issues) {
    if (issue.code === 'invalid_key' && ignored(issue.path[issue.path.length - 1])) continue;
    if (issue.code === 'unrecognized_keys') {
      const known = opts.knownKeys?.(issue.path) ?? [];
      for (const key of issue.keys) {
        if (ignored(key)) continue;
        const guess = closest(key, known);
        const fix = guess ? `did you mean "${guess}"?` : `remove it${known.length ? `; allowed here: ${known.join(', ')}` : ''}`;
        out.push({ file, path: jsonPath([...issue.path, key]), code: 'schema', message: `unknown key ${quoted(key)} (${fix})` });
      }
      continue;
    }
    out.push({ file, path: jsonPath(issue.path), code: 'schema', message: message(issue) });
  }
  return out;
}
