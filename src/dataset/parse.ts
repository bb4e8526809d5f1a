import { z } from 'zod';
import { type Finding, jsonPath, quoted } from './findings.js';
import type { LoadedPart } from './merge.js';
import { describeJsonError, FORBIDDEN_KEYS, scanJson } from './read.js';
import { DatasetPart, PART_ITEMS, PART_LIMITS } from './schema.js';

// Text → a validated dataset part: the structure scan and JSON.parse (read.ts), then the zod schema, with every
// problem a finding in plain words (the fix, and for an unknown key the nearest known one).

/** Past this many schema problems a file is not worth reading on: stop, and say so. */
export const MAX_SCHEMA_ISSUES = 200;

type Issue = z.core.$ZodIssue;

type ListKey = keyof typeof PART_ITEMS;

/**
 * The part's lists parsed item by item, stopping after `budget` schema problems: a 5 MiB file of `{}`
 * would otherwise make zod collect millions of issues (gigabytes, minutes). `parsed` holds each list
 * whose items all passed, as zod returned them, so a valid part's items are parsed once, not again with
 * the whole part.
 */
function parseItems(json: object, budget: number): { issues: Issue[]; overBudget: boolean; parsed: Map<ListKey, unknown[]> } {
  const issues: Issue[] = [];
  const parsed = new Map<ListKey, unknown[]>();
  for (const key of Object.keys(PART_ITEMS) as ListKey[]) {
    const items = Object.hasOwn(json, key) ? (json as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(items) || items.length > PART_LIMITS[key]) continue;
    const out: unknown[] = [];
    for (const [i, item] of items.entries()) {
      // Without reportInput (which only adds the input to each issue) zod runs about twice as fast: it is asked
      // for only to report an item that failed.
      const r = PART_ITEMS[key].safeParse(item);
      if (r.success) {
        out.push(r.data);
        continue;
      }
      for (const issue of PART_ITEMS[key].safeParse(item, { reportInput: true }).error?.issues ?? []) {
        issues.push({ ...issue, path: [key, i, ...issue.path] } as Issue);
        if (issues.length >= budget) return { issues, overBudget: true, parsed };
      }
    }
    if (out.length === items.length) parsed.set(key, out);
  }
  return { issues, overBudget: false, parsed };
}

/**
 * The whole part against the schema. When every item passed on its own, the rest of the part is parsed
 * with those lists empty and their parsed items put back: the same result and the same problems (none
 * can come from those lists), in half the time of parsing the items twice. Otherwise the whole part, so
 * the problems are reported exactly as zod orders them.
 */
function parseWhole(json: unknown, items: ReturnType<typeof parseItems> | undefined) {
  if (!items || items.issues.length > 0 || items.parsed.size === 0) return DatasetPart.safeParse(json, { reportInput: true });
  const rest = { ...(json as Record<string, unknown>) };
  for (const key of items.parsed.keys()) rest[key] = [];
  const parsed = DatasetPart.safeParse(rest, { reportInput: true });
  if (parsed.success) for (const [key, list] of items.parsed) (parsed.data as Record<string, unknown>)[key] = list;
  return parsed;
}

export type ParseOutcome = { ok: true; loaded: LoadedPart } | { ok: false; findings: Finding[] };

/**
 * Text → validated dataset part, or every problem found: the structure scan (depth, prototype
 * keys, repeated keys), then JSON.parse (data only: nothing is evaluated), then the schema.
 */
export function parsePartText(text: string, file: string, origin: string): ParseOutcome {
  const scanned = scanJson(text);
  let findings: Finding[] = scanned.map((p) => ({ file, ...p }));
  if (scanned.some((p) => p.code === 'too-deep')) return { ok: false, findings };

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    findings.push({ file, path: '$', code: 'json', message: `not valid JSON: ${describeJsonError(text, e as Error)}; fix the syntax` });
    return { ok: false, findings };
  }
  const stop: Finding = {
    file,
    path: '$',
    code: 'schema',
    message: `stopped after ${MAX_SCHEMA_ISSUES} problems with the schema; fix these (is it a dataset overlay at all?) and check again`,
  };
  const schemaFindings = (error: z.ZodError, stopped = false) => {
    const all = issueFindings(file, error, { knownKeys, ignoreKeys: FORBIDDEN_KEYS });
    return stopped || all.length > MAX_SCHEMA_ISSUES ? [...all.slice(0, MAX_SCHEMA_ISSUES), stop] : all;
  };
  const items = json !== null && typeof json === 'object' && !Array.isArray(json) ? parseItems(json, MAX_SCHEMA_ISSUES) : undefined;
  if (items?.overBudget) return { ok: false, findings: findings.concat(schemaFindings(new z.ZodError(items.issues), true)) };
  const parsed = parseWhole(json, items);
  if (!parsed.success) findings = findings.concat(schemaFindings(parsed.error));
  if (findings.length > 0 || !parsed.success) return { ok: false, findings };
  return { ok: true, loaded: { origin, file, part: parsed.data } };
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
      const received = typeName(issue.input);
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

// Walks a zod schema along a JSON path to list the keys allowed there, so an unknown-key message can say
// "did you mean …" or list the choices. Zod's public classes and accessors only (shape, element,
// valueType, unwrap); a refined object is still a ZodObject in zod 4.

function unwrap(node: z.ZodType | undefined): z.ZodType | undefined {
  let n = node;
  while (n instanceof z.ZodOptional || n instanceof z.ZodDefault || n instanceof z.ZodNullable) n = n.unwrap() as z.ZodType;
  return n;
}

/** The keys `root` (default: a dataset part) allows for the object at `path` (a zod issue path); [] if none. */
export function knownKeys(path: readonly PropertyKey[], root: z.ZodType = DatasetPart): string[] {
  let node: z.ZodType | undefined = unwrap(root);
  for (const key of path) {
    // Object.hasOwn: a key such as "constructor" must not find Object.prototype's.
    if (node instanceof z.ZodObject && typeof key === 'string') node = Object.hasOwn(node.shape, key) ? node.shape[key] : undefined;
    else if (node instanceof z.ZodArray && typeof key === 'number') node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return [];
    node = unwrap(node);
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}
