import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Finding } from './findings.js';
import { type ParseOutcome, parsePartText } from './parse.js';
import { BUNDLED } from './schema.js';

/** An overlay is a person's evaluation results, not a data dump: 5 MiB holds ~20,000 observations. */
export const MAX_OVERLAY_BYTES = 5 * 1024 * 1024;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** The origin recorded for an overlay: the path as typed, unless that would pass for the bundled data. */
export function overlayOrigin(file: string): string {
  return file === BUNDLED ? `./${file}` : file;
}

function readProblem(file: string, e: NodeJS.ErrnoException): Finding {
  const why: Record<string, string> = {
    ENOENT: 'no such file; check the path (relative paths are read from the current folder)',
    EACCES: 'permission denied; make the file readable',
    EPERM: 'permission denied; make the file readable',
    EISDIR: 'this is a folder; give the path of a JSON file',
  };
  const message = why[e.code ?? ''] ?? `cannot read it (${e.code ?? e.message}); check the path`;
  return { file, path: '$', code: 'unreadable', message };
}

const tooLarge = (file: string, size: string): Finding => ({
  file,
  path: '$',
  code: 'too-large',
  message: `the file is ${size}, over the ${mib(MAX_OVERLAY_BYTES)} limit for an overlay; split it into several files and pass each with --data`,
});

/**
 * Reads at most `limit` + 1 bytes, so a huge file, a device or a pipe never fills memory; the size
 * check does not trust stat alone.
 */
export function readLimited(
  file: string,
  cwd: string,
  limit = MAX_OVERLAY_BYTES,
): { ok: true; text: string } | { ok: false; finding: Finding } {
  let fd: number | undefined;
  try {
    fd = openSync(resolve(cwd, file), 'r');
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, finding: readProblem(file, Object.assign(new Error('folder'), { code: 'EISDIR' })) };
    if (stat.isFile() && stat.size > limit) return { ok: false, finding: tooLarge(file, mib(stat.size)) };
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (length > limit) return { ok: false, finding: tooLarge(file, `over ${mib(limit)}`) };
    try {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
      return { ok: true, text };
    } catch {
      return { ok: false, finding: { file, path: '$', code: 'encoding', message: 'not UTF-8 text; save the file as UTF-8 JSON' } };
    }
  } catch (e) {
    return { ok: false, finding: readProblem(file, e as NodeJS.ErrnoException) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Reads and validates one overlay file (schema only; cross-checks need the merged dataset). */
export function readOverlay(file: string, cwd: string): ParseOutcome {
  const read = readLimited(file, cwd);
  if (!read.ok) return { ok: false, findings: [read.finding] };
  return parsePartText(read.text, file, overlayOrigin(file));
}
