// The user's mistake (UserError) and every exit code; and the two ways a message joins names.

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
