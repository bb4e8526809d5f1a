// The id and date rules, and a record's origin, without zod: the profile check and the merge of the bundled data
// must not load it (see README.md, "Performance"). schema.ts builds its zod types from these.

// "constructor" and "prototype" are excluded in the pattern itself (so the published JSON Schema says so
// too): an id is used as an object key, and those two names are where prototype tricks start.
export const ID_RE = /^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9._-]{0,63}$/;
export const ID_MESSAGE =
  'must be 1–64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit (and not "constructor" or "prototype")';

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_FORMAT_MESSAGE = 'must be a date written YYYY-MM-DD';
export const REAL_DATE_MESSAGE = 'is not a real calendar date';

/** Where a record came from: the bundled data, or the overlay file's name. */
export type Origin = string;
export const BUNDLED: Origin = 'bundled';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A real calendar date written YYYY-MM-DD (not 2026-02-30, not 2026-7-4). Arithmetic, not a Date: an
 * overlay of 20,000 observations checks as many dates, and building a Date for each took ~10 µs apiece.
 */
export function isIsoDate(s: string): boolean {
  if (!DATE_RE.test(s)) return false;
  const year = Number(s.slice(0, 4));
  const month = Number(s.slice(5, 7));
  const day = Number(s.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}
