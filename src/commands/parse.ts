import { isIsoDate } from '../dataset/ids.js';
import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';

// Flag values → typed values. Each error names the bad token and how to fix it.

const NUMBER_RE = /^\d+(\.\d+)?$|^\.\d+$/;

/** "vision=40,coding=30" → { vision: 40, coding: 30 }: non-negative numbers, known workloads, no duplicates, not all zero. */
export function parseMix(text: string, workloads: readonly string[]): Record<string, number> {
  const valid = `valid workloads: ${listOf(workloads)}`;
  const mix: Record<string, number> = Object.create(null);
  const tokens = text.split(',').map((t) => t.trim());
  for (const token of tokens) {
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
  if (!Object.values(mix).some((w) => w > 0)) {
    throw new UserError(`--mix: every weight is 0; give at least one workload a weight above 0 (${valid})`);
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

/** A number from 0 to 1. */
export function parseUnit(flag: string, text: string): number {
  const x = NUMBER_RE.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(x >= 0 && x <= 1)) throw new UserError(`${flag}: ${quoted(text)} must be a number from 0 to 1 (e.g. 0.3)`);
  return x;
}

export function parseInteger(flag: string, text: string, min: number, max: number): number {
  const x = /^\d+$/.test(text.trim()) ? Number(text) : Number.NaN;
  if (!(Number.isSafeInteger(x) && x >= min && x <= max)) {
    throw new UserError(`${flag}: ${quoted(text)} must be a whole number from ${min} to ${max}`);
  }
  return x;
}

export function parseDate(flag: string, text: string): string {
  if (!isIsoDate(text)) throw new UserError(`${flag}: ${quoted(text)} is not a date; write it YYYY-MM-DD (e.g. 2026-07-04)`);
  return text;
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
