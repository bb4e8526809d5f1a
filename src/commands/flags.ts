import { isIsoDate } from '../dataset/ids.js';
import type { Assumption } from '../engine/schema.js';
import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import { parseTokens } from '../tokens.js';

export { parseTokens } from '../tokens.js';

// Flag values → typed values: syntax only, and the names the dataset knows (the valid ones are listed). Each
// error names the flag, the bad token and how to fix it. Bounds (a cost weight from 0 to 1, at least one weight
// above 0, …) are the profile check's alone (src/engine/profile.ts), which names the flag too.

const NUMBER_RE = /^\d+(\.\d+)?$|^\.\d+$/;

/** Digits → a number; any other text is passed on as it is, for the profile check to refuse with its rule. */
export const parseNumber = (text: string): number | string => (NUMBER_RE.test(text.trim()) ? Number(text) : text);

/** As parseNumber, for a whole number: "1.5" or "-1" is passed on as text. */
export const parseWholeNumber = (text: string): number | string => (/^\d+$/.test(text.trim()) ? Number(text) : text);

/** "vision=40,coding=30" → { vision: 40, coding: 30 }: known workloads, once each, weights written as plain numbers. */
export function parseMix(text: string, workloads: readonly string[]): Record<string, number> {
  const valid = `valid workloads: ${listOf(workloads)}`;
  const mix: Record<string, number> = Object.create(null);
  for (const token of text.split(',').map((t) => t.trim())) {
    const eq = token.indexOf('=');
    if (eq < 0) throw new UserError(`--mix: ${quoted(token)} is not WORKLOAD=WEIGHT (e.g. coding=60); ${valid}`);
    const name = token.slice(0, eq).trim();
    const raw = token.slice(eq + 1).trim();
    if (!workloads.includes(name)) throw new UserError(`--mix: unknown workload ${quoted(name)}; ${valid}`);
    if (Object.hasOwn(mix, name)) throw new UserError(`--mix: workload ${quoted(name)} is given twice; give each workload once`);
    if (raw.startsWith('-')) throw new UserError(`--mix: ${quoted(token)} has a negative weight; weights must be 0 or more`);
    if (!NUMBER_RE.test(raw)) throw new UserError(`--mix: ${quoted(token)} has a weight that is not a number; use e.g. ${name}=40`);
    mix[name] = Number(raw);
    if (!Number.isFinite(mix[name]))
      throw new UserError(`--mix: ${quoted(token, 40)} is too large a number; use percentages, e.g. ${name}=40`);
  }
  return { ...mix };
}

/** "a,b" → ["a","b"], each one of `valid`, no duplicates kept. */
export function parseIdList(flag: string, text: string, valid: readonly string[], kind: string): string[] {
  const ids = text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
  for (const id of ids) {
    if (!valid.includes(id)) throw new UserError(`${flag}: unknown ${kind} ${quoted(id)}; valid ${kind}s: ${listOf(valid)}`);
  }
  return [...new Set(ids)];
}

/** "api-ga,self-host|fine-tune" → ["api-ga", "self-host|fine-tune"], each alternative a known requirement. */
export function parseRequirements(text: string, valid: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')) {
    const alternatives = token.split('|').map((t) => t.trim());
    for (const id of alternatives) {
      if (!valid.includes(id)) {
        throw new UserError(
          `--require: unknown requirement ${quoted(id)}; valid requirements: ${listOf(valid)} (write alternatives as a|b)`,
        );
      }
    }
    out.push(alternatives.join('|'));
  }
  return [...new Set(out)];
}

export function parseDate(flag: string, text: string): string {
  if (!isIsoDate(text)) throw new UserError(`${flag}: ${quoted(text)} is not a date; write it YYYY-MM-DD (e.g. 2026-07-04)`);
  return text;
}

/** "vision=20M,coding=50M" → { vision: 2e7, coding: 5e7 }: known workloads, once each, amounts with k/M/B. */
export function parseVolume(text: string, workloads: readonly string[]): Record<string, number> {
  const valid = `valid workloads: ${listOf(workloads)}`;
  const volume: Record<string, number> = Object.create(null);
  for (const token of text.split(',').map((t) => t.trim())) {
    const eq = token.indexOf('=');
    if (eq < 0) throw new UserError(`--volume: ${quoted(token)} is not WORKLOAD=TOKENS (e.g. coding=50M, with k, M or B); ${valid}`);
    const name = token.slice(0, eq).trim();
    if (!workloads.includes(name)) throw new UserError(`--volume: unknown workload ${quoted(name)}; ${valid}`);
    if (Object.hasOwn(volume, name)) throw new UserError(`--volume: workload ${quoted(name)} is given twice; give each workload once`);
    const tokens = parseTokens(token.slice(eq + 1));
    if (tokens === null)
      throw new UserError(`--volume: ${quoted(token)} is not a number of monthly tokens; write e.g. ${name}=20M (k, M or B)`);
    volume[name] = tokens;
  }
  return { ...volume };
}

/** "3:1" → { input: 3, output: 1 }. */
export function parseIoRatio(text: string): { input: number; output: number } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  if (!m) throw new UserError(`--io-ratio: ${quoted(text)} is not INPUT:OUTPUT with two numbers above 0; e.g. 3:1 (the default)`);
  return { input: Number(m[1]), output: Number(m[2]) };
}

/**
 * "muse-spark:api-ga=yes" or "claude-opus-4.6:terminal-bench-2=74" → an assumption. Which it is (fact or
 * figure) and whether the ids exist is checked against the dataset with the rest of the profile.
 */
export function parseAssumption(text: string): Assumption {
  const m = /^\s*([^:=\s]+)\s*:\s*([^:=\s]+)\s*=\s*(\S+)\s*$/.exec(text);
  if (!m) throw new UserError(`--assume: ${quoted(text)} is not MODEL:FACT=VALUE or MODEL:BENCHMARK=FIGURE; e.g. muse-spark:api-ga=yes`);
  const [, model, key, raw] = m as unknown as [string, string, string, string];
  const figure = raw.endsWith('%') ? raw.slice(0, -1) : raw;
  const value = ['yes', 'no', 'unknown'].includes(raw)
    ? (raw as 'yes' | 'no' | 'unknown')
    : /^-?\d+(\.\d+)?$/.test(figure)
      ? Number(figure)
      : null;
  if (value === null)
    throw new UserError(`--assume: ${quoted(text)} has the value ${quoted(raw)}; use yes, no or unknown for a fact, a number for a figure`);
  return { model, key, value };
}

export const FORMATS = ['table', 'json', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(text: string): Format {
  if (!(FORMATS as readonly string[]).includes(text))
    throw new UserError(`--format: ${quoted(text)} is not a format; use one of: ${listOf(FORMATS)}`);
  return text as Format;
}

/** --format and --json together must agree; --json alone is --format json. */
export function resolveFormat(opts: { format?: string; json?: boolean }): Format {
  const format = opts.format === undefined ? undefined : parseFormat(opts.format);
  if (opts.json && format !== undefined && format !== 'json') {
    throw new UserError(`--json conflicts with --format ${format}; use one of them`);
  }
  return opts.json ? 'json' : (format ?? 'table');
}
