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

/**
 * Schema problems item by item, stopping after `budget`: a 5 MiB file of `{}` would otherwise make
 * zod collect millions of issues (gigabytes, minutes). Undefined when the budget was not reached;
 * the whole-part parse then reports everything, exactly.
 */
function itemIssuesOverBudget(json: unknown, budget: number): Issue[] | undefined {
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
  const issues: Issue[] = [];
  for (const key of Object.keys(PART_ITEMS) as (keyof typeof PART_ITEMS)[]) {
    const items = Object.hasOwn(json, key) ? (json as Record<string, unknown>)[key] : undefined;
    if (!Array.isArray(items) || items.length > PART_LIMITS[key]) continue;
    for (const [i, item] of items.entries()) {
      const r = PART_ITEMS[key].safeParse(item, { reportInput: true });
      if (r.success) continue;
      for (const issue of r.error.issues) {
        issues.push({ ...issue, path: [key, i, ...issue.path] } as Issue);
        if (issues.length >= budget) return issues;
      }
    }
  }
  return undefined;
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
  const over = itemIssuesOverBudget(json, MAX_SCHEMA_ISSUES);
  if (over) return { ok: false, findings: findings.concat(schemaFindings(new z.ZodError(over), true)) };
  const parsed = DatasetPart.safeParse(json, { reportInput: true });
  if (!parsed.success) findings = findings.concat(schemaFindings(parsed.error));
  if (findings.length > 0 || !parsed.success) return { ok: false, findings };
  return { ok: true, loaded: { origin, file, part: parsed.data } };
}
