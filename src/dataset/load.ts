import { UserError } from '../errors.js';
import { shownPath } from '../render/sanitize.js';
import { assemble, failure, type LoadResult } from './assemble.js';
import { bundledParts } from './bundled-data.js';
import type { LoadedPart } from './merge.js';
import { readOverlay } from './overlay.js';
import { parsePartText } from './parse.js';

export { assemble, type LoadResult } from './assemble.js';

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
}

/**
 * The dataset the engine reads: the bundled data (validated when it was built), then each overlay in order
 * (later files override earlier ones by id; patches correct single facts and weights), validated and
 * cross-checked. Throws a UserError naming file, JSON path and fix on the first problem.
 */
export function loadDataset(o: LoadOptions = {}): LoadResult {
  const overlays = o.overlays ?? [];
  const parts = bundledParts();
  const seen = new Set<string>();
  for (const overlay of overlays) {
    const file = typeof overlay === 'string' ? overlay : overlay.file;
    if (seen.has(file)) throw new UserError(`${shownPath(file)}: this file is given twice with --data; pass each overlay once`);
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
