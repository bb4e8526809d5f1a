import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { TOOL } from '../version.js';
import type { Identity, KnownModel, Resolver } from './identity.js';

// What every importer shares: its inputs, its result, and the small helpers for provenance and numbers.

/**
 * An overlay part as an importer builds it: plain JSON, checked against DatasetPart (the schema every
 * --data file meets) before it is written or used, so a wrong field is caught as it would be in a file.
 */
export type Part = Record<string, unknown>;
export type Json = unknown;

export interface ImportOptions {
  /** The file as the user named it, for messages and provenance. */
  file: string;
  /** YYYY-MM-DD given with --date. */
  date?: string | undefined;
  /** The file's modification day (UTC), for formats whose files carry no date of their own. */
  modified?: string | undefined;
  benchmark?: string | undefined;
  name?: string | undefined;
  workload?: string | undefined;
  weight?: number | undefined;
}

/** What the importers see of the dataset: the models to match, the benchmarks and workloads to fit. */
export interface ImportContext {
  models: readonly KnownModel[];
  /** The governance facts already stated for each model, by requirement (value only). */
  facts: ReadonlyMap<string, Readonly<Record<string, string>>>;
  benchmarks: readonly { id: string; name: string }[];
  workloads: readonly { id: string; benchmarks: readonly { benchmark: string; weight: number }[] }[];
  resolver: Resolver;
}

export interface ImportResult {
  part: Part;
  /** One line per model of the file: what it became. */
  summary: string[];
}

export interface Importer {
  /** What the file looks like, in words, for "it looks like …" messages. */
  describe: string;
  /** Whether a parsed file has this format's shape (its top-level keys), without reading it all. */
  recognise(json: Json): boolean;
  run(json: Json, opts: ImportOptions, ctx: ImportContext): ImportResult;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
export const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
export const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);

/** "model-advisor 0.1.0", for provenance notes. */
export const IMPORTED_BY = `Imported by ${TOOL.name} ${TOOL.version} data import`;

/** The file's own name, as provenance keeps it (never the user's folder). */
export const fileName = (file: string) => basename(file).slice(0, 200);

/** The date figures from a file carry: --date, else the file's own date, else (when allowed) its modification day. */
export function figureDate(
  opts: ImportOptions,
  own: string | undefined,
  format: string,
  allowModified: boolean,
): { date: string; how: string } {
  if (opts.date) return { date: opts.date, how: 'dated with --date' };
  if (own) return { date: own, how: 'dated by the file itself' };
  if (allowModified && opts.modified)
    return { date: opts.modified, how: "dated by the file's modification time (pass --date to set the day it was fetched)" };
  throw new UserError(`${opts.file}: a ${format} file carries no date; say when it was published or fetched with --date YYYY-MM-DD`);
}

/** Rounds for display and storage: figures keep at most `places` decimals, so re-imports are byte-identical. */
export const round = (x: number, places = 2) => {
  const f = 10 ** places;
  return Math.round(x * f) / f;
};

/** The figure as the file states it, for a public source's quote: `"key": value`. */
export const quoteOf = (pairs: readonly [string, unknown][]) => pairs.map(([k, v]) => `"${k}": ${JSON.stringify(v)}`).join(', ');

/** The stderr line for one model. */
export function summaryLine(identity: Identity, source: string, what: string): string {
  if (identity.kind === 'skip') return `skipped "${source}": not a known model (--only-known); map it with --map '${source}=model-id'`;
  if (identity.kind === 'new') return `${identity.model} (new model, ${identity.vendor}) ← "${source}": ${what}`;
  const via = identity.via === 'id' ? '' : ` (by ${identity.via})`;
  return `${identity.model} ← "${source}"${via}: ${what}`;
}

/** A new model's record, as an importer adds it. */
export function newModel(identity: Extract<Identity, { kind: 'new' }>, extra: Record<string, unknown> = {}) {
  return { id: identity.model, name: identity.name, vendor: identity.vendor, ...extra };
}
