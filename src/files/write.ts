import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  openSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { EXIT, UserError, writeFailure } from '../errors.js';
import { shownPath } from '../render/sanitize.js';
import { kindOf } from './read.js';

// The one way model-advisor writes a file (--out, the answers file, `data init`). write-file-atomic, used
// before, replaced a device or a FIFO with a regular file (as root, `--out /dev/null` destroyed the null
// device), named its temporary file after the target (a legal 250-byte name overflowed NAME_MAX) and left
// the checks below to its callers; this module makes every promise itself:
// - only a regular file is ever created or replaced; anything else is refused before any work;
// - an input of this run (--data, --answers) is never the output (same device and inode);
// - every byte is written and checked, flushed to disk (fsync), then renamed over the target in one step;
// - on any failure the temporary file is removed and an existing file is left exactly as it was.

/** A file this run reads, and the flag that named it (for the message when the output would replace it). */
export interface Input {
  flag: string;
  path: string;
  /** The path as the user gave it, when `path` is resolved. */
  shown?: string;
}

/** What a message calls the file ("--out", "data init"), what the run reads, and the path as typed. */
export interface WriteOptions {
  what: string;
  inputs?: readonly Input[];
  /** The path as the user typed it, when `path` was resolved against the working folder. */
  shown?: string;
}

export interface Target {
  /** The path as the user gave it, for messages. */
  shown: string;
  /** Where the bytes go: the file itself, or what a symbolic link points at (the link is kept). */
  path: string;
  /** The file being replaced, if there is one. */
  existing: Stats | undefined;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`${shownPath(path)}: cannot check it (${writeFailure(e)}); check the path`);
  }
}

/**
 * Checks where `what` (e.g. "--out") would write, before any work: the file must be a regular file or not
 * exist yet, in an existing folder, and must not be one of `inputs`. Throws a UserError (exit 2) otherwise.
 */
export function checkWriteTarget(path: string, opts: WriteOptions): Target {
  const { what, inputs = [] } = opts;
  const shown = shownPath(opts.shown ?? path);
  if (path.trim() === '' || opts.shown?.trim() === '')
    throw new UserError(`${what}: the file name is empty; give a file name, e.g. report.md`);
  const existing = statOrUndefined(path);
  if (existing === undefined) {
    const dir = dirname(path);
    const folder = statOrUndefined(dir);
    const folderShown = shownPath(dirname(opts.shown ?? path));
    if (folder === undefined) throw new UserError(`${what}: the folder ${folderShown} does not exist; create it or choose another path`);
    if (!folder.isDirectory()) throw new UserError(`${what}: ${folderShown} is not a folder; choose another path`);
    return { shown, path, existing };
  }
  if (!existing.isFile()) {
    const kind = kindOf(existing);
    const hint = kind === 'a folder' ? 'add a file name' : 'only regular files are written; name a file';
    throw new UserError(`${what}: ${shown} is ${kind}; ${hint}`);
  }
  for (const input of inputs) {
    const s = statOrUndefined(input.path);
    if (s && s.dev === existing.dev && s.ino === existing.ino) {
      throw new UserError(
        `${what}: ${shown} is also this run's input (${input.flag} ${shownPath(input.shown ?? input.path)}); write to another file`,
      );
    }
  }
  return { shown, path: realpathSync(path), existing };
}

/** Within NAME_MAX (255 bytes) for any target name: the temporary file's name does not contain it. */
const tempName = (dir: string) => join(dir, `.model-advisor-${randomBytes(6).toString('hex')}.tmp`);

/**
 * Writes `text` to `path` as described above. A failure to write (disk full, quota, read-only, permission,
 * I/O error) is a UserError with exit code 4 (EXIT.cannotWrite), after the temporary file is removed.
 */
export function writeFileSafely(path: string, text: string, opts: WriteOptions): void {
  const target = checkWriteTarget(path, opts);
  const dir = dirname(target.path);
  const temp = tempName(dir);
  const bytes = Buffer.from(text, 'utf8');
  let fd: number | undefined;
  let created = false;
  try {
    // "wx": created here, never an existing file or a link someone planted under the temporary name.
    fd = openSync(temp, 'wx', 0o666);
    created = true;
    if (target.existing) {
      // The replacement keeps the file's permissions (and, as root, its owner), as an edit in place would.
      fchmodSync(fd, target.existing.mode & 0o7777);
      if (process.getuid?.() === 0) fchownSync(fd, target.existing.uid, target.existing.gid);
    }
    let offset = 0;
    while (offset < bytes.length) {
      const n = writeSync(fd, bytes, offset, bytes.length - offset);
      if (n <= 0) throw Object.assign(new Error('short write'), { code: 'EIO' });
      offset += n;
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, target.path);
    created = false;
  } catch (e) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // Already failing; the close error adds nothing.
      }
    }
    if (created) {
      try {
        unlinkSync(temp);
      } catch {
        // Nothing more can be done; the message below says the write failed.
      }
    }
    throw new UserError(
      `${opts.what}: cannot write ${target.shown}: ${writeFailure(e)}; nothing was written${target.existing ? ' and the existing file is unchanged' : ''}`,
      EXIT.cannotWrite,
    );
  }
  syncFolder(dir);
}

/** The rename itself reaches the disk when the folder is flushed; where a folder cannot be opened, it is skipped. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Some systems (Windows, some network file systems) cannot fsync a folder; the file itself is on disk.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
