import { assemble, type LoadResult } from './assemble.js';
import { bundledParts } from './bundled-data.js';
import type { LoadOptions } from './load.js';

/**
 * loadDataset for the commands, which must not load the schema library (zod) on every start: with no
 * overlay there is nothing to validate (the bundled data was validated when it was built), so the bundled
 * parts are only merged and cross-checked here; overlays go through load.ts, zod and all.
 */
export async function loadDatasetLazily(opts: LoadOptions = {}): Promise<LoadResult> {
  if ((opts.overlays ?? []).length === 0) return assemble(bundledParts(), opts.today);
  return (await import('./load.js')).loadDataset(opts);
}
