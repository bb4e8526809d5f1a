// The user's mistake (UserError) and every exit code; the two ways a message joins names; and why a write
// failed, in words (the file writer and standard output both say it, and stdio.ts loads on every start).

/** A mistake the user can fix: one line on stderr, no stack, exit 2 (usage/input) unless told otherwise. */
export class UserError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 2) {
    super(message);
    this.name = 'UserError';
    this.exitCode = exitCode;
  }
}

export const EXIT = {
  ok: 0,
  bug: 1,
  usage: 2,
  noEligibleModel: 3,
  /** A file or standard output could not be written: disk full, quota, read-only, permission, I/O error. */
  cannotWrite: 4,
  /** `diff --exit-code`: a pick or its status changed (as `git diff --exit-code`, 1 means "differs"). */
  changed: 1,
  cancelled: 130,
} as const;

/** Joins names in a sentence: "a, b and c". */
export function allOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Joins a list of names for an error message: "a, b or c". */
export function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

const why: Record<string, string> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EIO: 'input/output error',
  EFBIG: 'the file is too large for the file system',
  ENAMETOOLONG: 'the name is too long',
};

/** What went wrong with a write, in words, with the system's code: "no space left on the device (ENOSPC)". */
export function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === undefined) return (e as Error)?.message ?? String(e);
  return why[code] ? `${why[code]} (${code})` : code;
}
