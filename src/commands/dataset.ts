import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadResult } from '../dataset/bundle.js';
import { loadDatasetLazily } from '../dataset/bundle.js';
import type { LoadedPart } from '../dataset/merge.js';
import { splitImportSpec } from '../import/formats.js';
import { shownPath, warningLine } from '../render/sanitize.js';
import { resolveToday } from '../today.js';
import type { Io } from './io.js';
import type { DataOptions } from './options.js';

/**
 * `--data FORMAT:FILE` values imported in memory (promptfoo, Artificial Analysis, models.dev, LMArena),
 * each with the import's defaults; other values stay file paths. Imports match models against the bundled data.
 */
export async function withImports(specs: readonly string[], io: Io, today: string): Promise<(string | LoadedPart)[]> {
  // A file that really is named "promptfoo:x.json" stays a file.
  const imported = (s: string) => (splitImportSpec(s) && !existsSync(resolve(io.cwd, s)) ? splitImportSpec(s) : undefined);
  if (!specs.some(imported)) return [...specs];
  const { importFile, importedPart } = await import('../import/index.js');
  const { dataset } = await loadDatasetLazily({ today });
  return specs.map((spec) => {
    const split = imported(spec);
    if (!split) return spec;
    const result = importFile({ format: split.format, file: split.file, cwd: io.cwd }, dataset);
    io.err(
      `imported ${shownPath(spec)}: ${result.summary.length} model${result.summary.length === 1 ? '' : 's'} (see them with: model-advisor data import ${split.format} ${shownPath(split.file)})\n`,
    );
    return importedPart(spec, result);
  });
}

/**
 * The dataset a command works on: the bundled data plus the `--data` overlays, with what they
 * overrode printed as warnings on stderr (stdout stays the command's output). Throws a UserError
 * naming file, JSON path and fix when an overlay is not valid.
 */
export async function loadWithOverlays(opts: DataOptions, io: Io, today: string = resolveToday(undefined, io.env)): Promise<LoadResult> {
  const overlays = await withImports(opts.data ?? [], io, today);
  const result = await loadDatasetLazily({ overlays, ...(overlays.length ? { cwd: io.cwd } : {}), today });
  for (const w of result.warnings) io.err(warningLine(w));
  return result;
}
