import { assemble, type LoadResult } from './assemble.js';
import { bundledParts } from './bundled.js';
import type { LoadOptions } from './load.js';

/**
 * What a command loads: loadDataset's result, without loading zod when there is nothing to validate. The
 * bundled data was validated at build time (src/dataset/bundled.ts), so with no overlay it is only merged
 * and cross-checked; overlay files (or another data folder) go through load.ts, schema and all.
 */
export async function loadData(opts: LoadOptions = {}): Promise<LoadResult> {
  if ((opts.overlays ?? []).length === 0 && opts.dir === undefined) return assemble(bundledParts(), opts.today);
  return (await import('./load.js')).loadDataset(opts);
}
