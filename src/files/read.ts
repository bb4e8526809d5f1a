import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';

// The one way model-advisor opens a file it reads (--data, --answers, `data validate`): without blocking,
// and only a regular file. Opening a FIFO for reading waits for a writer, forever if none comes, so the
// open is non-blocking (it returns at once for a FIFO, and changes nothing for a regular file) and the
// descriptor is checked with fstat before any read: no window between a check and the open.

/** Why a path cannot be read as a file; `code` is the system's (ENOENT, EACCES) or NOTFILE with `kind`. */
export class ReadProblem extends Error {
  readonly code: string;
  readonly kind: string | undefined;
  constructor(code: string, kind?: string) {
    super(kind ?? code);
    this.code = code;
    this.kind = kind;
  }
}

const NONBLOCK = constants.O_NONBLOCK ?? 0;

function kindAt(path: string): string | undefined {
  try {
    return kindOf(statSync(path));
  } catch {
    return undefined;
  }
}

/**
 * Reads a regular file of at most `limit` bytes (reading at most `limit` + 1, so a file that grows never
 * fills memory; `tooLarge` holds the size seen). Throws a ReadProblem for anything but a readable regular file.
 */
export function readRegularFile(path: string, limit: number): { bytes: Buffer } | { tooLarge: number } {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    // A socket cannot be opened at all (ENXIO): say what it is.
    const kind = code === 'ENXIO' || code === 'EOPNOTSUPP' ? kindAt(path) : undefined;
    throw kind ? new ReadProblem('NOTFILE', kind) : new ReadProblem(code);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new ReadProblem('EISDIR', kindOf(stat));
    if (!stat.isFile()) throw new ReadProblem('NOTFILE', kindOf(stat));
    if (stat.size > limit) return { tooLarge: stat.size };
    const buffer = Buffer.allocUnsafe(limit + 1);
    let length = 0;
    while (length < buffer.length) {
      let n: number;
      try {
        n = readSync(fd, buffer, length, buffer.length - length, null);
      } catch (e) {
        throw new ReadProblem((e as NodeJS.ErrnoException).code ?? (e as Error).message);
      }
      if (n === 0) break;
      length += n;
    }
    return length > limit ? { tooLarge: length } : { bytes: buffer.subarray(0, length) };
  } finally {
    closeSync(fd);
  }
}

/** Bytes → text, or why not: not UTF-8 (a UTF-16 file, a binary) or holding NUL characters. */
export function decodeText(bytes: Buffer): { ok: true; text: string } | { ok: false; message: string } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return { ok: false, message: 'the file is UTF-16 text; save it as UTF-8 JSON' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, message: 'not UTF-8 text; save the file as UTF-8 JSON' };
  }
  if (text.includes('\u0000')) {
    return { ok: false, message: 'the file holds NUL characters (UTF-16 text, or not text at all); save it as UTF-8 JSON' };
  }
  return { ok: true, text };
}

/** What a path is, in words, for a message refusing anything but a regular file. */
export function kindOf(s: Stats): string {
  if (s.isFile()) return 'a regular file';
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice()) return 'a character device';
  if (s.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}
