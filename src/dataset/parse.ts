import { z } from 'zod';
import type { Finding } from './findings.js';
import { issueFindings } from './issues.js';
import { knownKeys } from './known-keys.js';
import type { LoadedPart } from './merge.js';
import { FORBIDDEN_KEYS, scanJson } from './scan.js';
import { DatasetPart, PART_ITEMS, PART_LIMITS } from './schema.js';
import { describeJsonError } from './syntax.js';

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
      const r = PART_ITEMS[key].safeParse(item, { reportInput: true });
      if (r.success) {
        out.push(r.data);
        continue;
      }
      for (const issue of r.error.issues) {
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
