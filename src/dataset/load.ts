import { UserError } from '../errors.js';
import { assemble, failure, type LoadResult } from './assemble.js';
import { bundledParts } from './bundled-data.js';
import { readOverlay } from './overlay.js';

export { assemble, type LoadResult } from './assemble.js';

export interface LoadOptions {
  /** Overlay files, applied in order after the bundled data; each as the user typed it (its origin). */
  overlays?: readonly string[];
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
  for (const file of overlays) {
    if (seen.has(file)) throw new UserError(`${file}: this file is given twice with --data; pass each overlay once`);
    seen.add(file);
    const outcome = readOverlay(file, o.cwd ?? process.cwd());
    if (!outcome.ok) throw failure(outcome.findings, [file]);
    parts.push(outcome.loaded);
  }
  return assemble(parts, o.today);
}
