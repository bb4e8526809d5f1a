import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LoadResult } from '../dataset/bundle.js';
import { loadDatasetLazily } from '../dataset/bundle.js';
import type { LoadedPart } from '../dataset/merge.js';
import { splitImportSpec } from '../import/formats.js';
import type { Answers } from '../questionnaire/answers.js';
import { shownPath, warningLine } from '../render/sanitize.js';
import { resolveToday } from '../today.js';
import { type Format, parseDate } from './flags.js';
import type { DataOptions } from './options.js';

// What the commands share: the outside world they may touch, "today", and the dataset with the user's
// overlays. Commands import this module, never each other. Nothing here loads the engine, so the listings
// stay light (test/cli/bundle.test.ts).

/** What a command may touch of the outside world; the entry builds it from process, tests fake it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns: number;
  cwd: string;
}

/** Where a report goes: the format, a file (--out) if any, and the files this run reads, which --out must not replace. */
export interface ReportOutput {
  format: Format;
  out?: string;
  explain?: boolean;
  data?: string[];
  /** The answers file the profile came from: like each --data file, never overwritten by --out. */
  answersFile?: string;
}

/** A report from answers, saved (`recommend --answers`) or just given (the questionnaire). */
export interface ReportRequest extends ReportOutput {
  answers: Answers;
  /** "Today" for the report (YYYY-MM-DD): the run's, never the answers'. */
  today: string;
  /** --assume on a replay: what-ifs added to the saved answers. */
  assume?: string[];
}

/** --today, else SOURCE_DATE_EPOCH, else the clock. */
export const todayFrom = (opts: { today?: string }, env: NodeJS.ProcessEnv) =>
  resolveToday(opts.today !== undefined ? parseDate('--today', opts.today) : undefined, env);

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

/** The bundled data plus the user's overlays; what they override becomes report warnings. */
export async function loadFor(data: readonly string[] | undefined, today: string, io: Io): Promise<LoadResult> {
  // The working folder is asked for only when there are files to find in it (it may have been deleted).
  const overlays = await withImports(data ?? [], io, today);
  return loadDatasetLazily({ overlays, ...(overlays.length ? { cwd: io.cwd } : {}), today });
}

/**
 * The dataset a command works on: the bundled data plus the `--data` overlays, with what they
 * overrode printed as warnings on stderr (stdout stays the command's output). Throws a UserError
 * naming file, JSON path and fix when an overlay is not valid.
 */
export async function loadWithOverlays(opts: DataOptions, io: Io, today: string = resolveToday(undefined, io.env)): Promise<LoadResult> {
  const result = await loadFor(opts.data, today, io);
  for (const w of result.warnings) io.err(warningLine(w));
  return result;
}
