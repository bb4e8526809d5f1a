import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { assemble, failure, type LoadResult } from './assemble.js';
import type { LoadedPart } from './merge.js';
import { BUNDLED } from './origin.js';
import { readOverlay } from './overlay.js';
import { parsePartText } from './parse.js';

export { assemble, type LoadResult } from './assemble.js';

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

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

export interface LoadOptions {
  /**
   * Overlays, applied in order after the bundled data: a file, as the user typed it (its origin), or a
   * part an importer built in memory (validated exactly like a file).
   */
  overlays?: readonly (string | LoadedPart)[];
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
  for (const overlay of overlays) {
    const file = typeof overlay === 'string' ? overlay : overlay.file;
    if (seen.has(file)) throw new UserError(`${file}: this file is given twice with --data; pass each overlay once`);
    seen.add(file);
    // An in-memory part goes through the same text → schema path as a file, so it is checked the same way.
    const outcome =
      typeof overlay === 'string'
        ? readOverlay(overlay, o.cwd ?? process.cwd())
        : parsePartText(JSON.stringify(overlay.part), overlay.file, overlay.origin);
    if (!outcome.ok) throw failure(outcome.findings, [file]);
    parts.push(outcome.loaded);
  }
  return assemble(parts, o.today);
}
