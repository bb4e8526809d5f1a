import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { decodeText, ReadProblem, readRegularFile } from '../files/read.js';
import { shownPath } from '../render/sanitize.js';
import { assemble, failure, type LoadResult } from './bundle.js';
import { bundledParts } from './bundled-data.js';
import type { Finding } from './findings.js';
import type { LoadedPart } from './merge.js';
import { type ParseOutcome, parsePartText } from './parse.js';
import { BUNDLED } from './schema.js';

export { assemble, type LoadResult } from './bundle.js';

// The dataset with overlay files: each read (size-limited, without blocking), parsed and validated with zod, then
// merged over the bundled data and cross-checked. The commands come here only when there is an overlay (bundle.ts).

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

/** An overlay is a person's evaluation results, not a data dump: 5 MiB holds ~20,000 observations. */
export const MAX_OVERLAY_BYTES = 5 * 1024 * 1024;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The origin recorded for an overlay: the path as typed, unless that would pass for the bundled data. */
export function overlayOrigin(file: string): string {
  return file === BUNDLED ? `./${file}` : file;
}

function readProblem(file: string, e: ReadProblem): Finding {
  const why: Record<string, string> = {
    ENOENT: 'no such file; check the path (relative paths are read from the current folder)',
    EACCES: 'permission denied; make the file readable',
    EPERM: 'permission denied; make the file readable',
    EISDIR: 'this is a folder; give the path of a JSON file',
    NOTFILE: `this is ${e.kind}, not a file; give the path of a JSON file (save piped data to a file first)`,
  };
  const message = why[e.code] ?? `cannot read it (${e.code}); check the path`;
  return { file, path: '$', code: 'unreadable', message };
}

/** How big a file a reader takes, what the file is to it, and what to do about a bigger one. */
export interface SizeLimit {
  bytes: number;
  what: string;
  fix: string;
}

const OVERLAY_LIMIT: SizeLimit = {
  bytes: MAX_OVERLAY_BYTES,
  what: 'an overlay',
  fix: 'split it into several files and pass each with --data',
};

const tooLarge = (file: string, size: number, limit: SizeLimit): Finding => ({
  file,
  path: '$',
  code: 'too-large',
  message: `the file is ${mib(size)}, over the ${mib(limit.bytes)} limit for ${limit.what}; ${limit.fix}`,
});

/**
 * Reads a regular file of at most `limit` bytes as UTF-8 text: a FIFO, socket, device or folder is refused
 * without blocking (src/files/read.ts), and a huge file never fills memory.
 */
export function readLimited(
  file: string,
  cwd: string,
  limit: SizeLimit = OVERLAY_LIMIT,
): { ok: true; text: string } | { ok: false; finding: Finding } {
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(resolve(cwd, file), limit.bytes);
  } catch (e) {
    if (e instanceof ReadProblem) return { ok: false, finding: readProblem(file, e) };
    throw e;
  }
  if ('tooLarge' in read) return { ok: false, finding: tooLarge(file, read.tooLarge, limit) };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, finding: { file, path: '$', code: 'encoding', message: decoded.message } };
  return { ok: true, text: decoded.text };
}

/** Reads and validates one overlay file (schema only; cross-checks need the merged dataset). */
export function readOverlay(file: string, cwd: string): ParseOutcome {
  const read = readLimited(file, cwd);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parsePartText(read.text, file, overlayOrigin(file));
}
