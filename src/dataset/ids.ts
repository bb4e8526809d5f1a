// The id and date rules, kept apart from schema.ts so code that checks a profile on every run does not load
// zod (see README.md, "Performance"). schema.ts builds its zod types from these.

// "constructor" and "prototype" are excluded in the pattern itself (so the published JSON Schema says so
// too): an id is used as an object key, and those two names are where prototype tricks start.
export const ID_RE = /^(?!(?:constructor|prototype)$)[a-z0-9][a-z0-9._-]{0,63}$/;
export const ID_MESSAGE =
  'must be 1–64 characters of a-z, 0-9, ".", "_" or "-", starting with a letter or digit (and not "constructor" or "prototype")';

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_FORMAT_MESSAGE = 'must be a date written YYYY-MM-DD';
export const REAL_DATE_MESSAGE = 'is not a real calendar date';

// Kept apart from schema.ts so the code that merges the bundled data never loads zod (see README.md, "Performance").

/** Where a record came from: the bundled data, or the overlay file's name. */
export type Origin = string;
export const BUNDLED: Origin = 'bundled';
