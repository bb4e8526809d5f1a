import type { LoadResult } from '../dataset/assemble.js';
import { loadDatasetLazily } from '../dataset/lazy-load.js';
import { resolveToday } from '../today.js';
import type { Io } from './io.js';
import type { DataOptions } from './options.js';

/**
 * The dataset a command works on: the bundled data plus the `--data` overlays, with what they
 * overrode printed as warnings on stderr (stdout stays the command's output). Throws a UserError
 * naming file, JSON path and fix when an overlay is not valid.
 */
export async function loadWithOverlays(opts: DataOptions, io: Io, today: string = resolveToday(undefined, io.env)): Promise<LoadResult> {
  const result = await loadDatasetLazily({ overlays: opts.data ?? [], cwd: io.cwd, today });
  for (const w of result.warnings) io.err(`warning: ${w}\n`);
  return result;
}
