import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { isoDay } from '../today.js';
import { checkParts } from './checks.js';
import { type Finding, formatFinding } from './findings.js';
import type { LoadedPart } from './merge.js';
import { readOverlay } from './overlay.js';
import { parsePartText } from './parse.js';
import { BUNDLED, type Dataset } from './schema.js';

export { formatFinding } from './findings.js';

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** One UserError for a list of findings: the first in full, a count of the rest, and where to see them all. */
function failure(findings: readonly Finding[], overlays: readonly string[]): UserError {
  const [first] = findings;
  const rest = findings.length - 1;
  const all = overlays.length ? `; see them all with: model-advisor data validate ${overlays.join(' ')}` : '';
  const more = rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'}${all})` : '';
  return new UserError(`${formatFinding(first as Finding)}${more}`);
}

/** Parses and validates one file's text as a dataset part; throws a UserError naming file and path. */
export function parsePart(text: string, file: string, origin: string): LoadedPart {
  const outcome = parsePartText(text, file, origin);
  if (!outcome.ok) throw failure(outcome.findings, origin === BUNDLED ? [] : [file]);
  return outcome.loaded;
}

/** The bundled data/*.json files, in name order so the merged order never depends on the file system. */
export function readBundledParts(dir = BUNDLED_DATA_DIR): LoadedPart[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parsePart(readFileSync(`${dir}/${f}`, 'utf8'), `data/${f}`, BUNDLED));
}

export interface LoadResult {
  dataset: Dataset;
  /** What the overlays replaced or corrected, one sentence each; show them as warnings. */
  warnings: string[];
  /** The overlay origins, in order: the paths as given. */
  overlays: string[];
}

/** Merges parts and cross-checks them; any finding is a UserError (the first one, with a count). */
export function assemble(parts: readonly LoadedPart[], today: string = isoDay(new Date())): LoadResult {
  const { dataset, warnings, findings } = checkParts(parts, today);
  const overlays = [...new Set(parts.filter((p) => p.origin !== BUNDLED).map((p) => p.file))];
  if (findings.length > 0) throw failure(findings, overlays);
  return { dataset, warnings, overlays };
}

export interface LoadOptions {
  /** Overlay files, applied in order after the bundled data; each as the user typed it (its origin). */
  overlays?: readonly string[];
  /** Where relative overlay paths are read from; default process.cwd(). */
  cwd?: string;
  /** YYYY-MM-DD: overlay dates after it are errors; default the clock's UTC day. */
  today?: string;
  /** The bundled data folder; default the package's data/. */
  dir?: string;
}

/**
 * The dataset the engine reads: the bundled data, then each overlay in order (later files override
 * earlier ones by id; patches correct single facts and weights), validated and cross-checked.
 * Throws a UserError naming file, JSON path and fix on the first problem. `loadDataset(dir)` (a
 * string) still loads only the bundled data from `dir`.
 */
export function loadDataset(opts: LoadOptions | string = {}): LoadResult {
  const o: LoadOptions = typeof opts === 'string' ? { dir: opts } : opts;
  const overlays = o.overlays ?? [];
  const parts = readBundledParts(o.dir);
  const seen = new Set<string>();
  for (const file of overlays) {
    if (seen.has(file)) throw new UserError(`${file}: this file is given twice with --data; pass each overlay once`);
    seen.add(file);
    const outcome = readOverlay(file, o.cwd ?? process.cwd());
    if (!outcome.ok) throw failure(outcome.findings, [file]);
    parts.push(outcome.loaded);
  }
  return assemble(parts, o.today);
}
