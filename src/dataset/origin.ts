// Kept apart from schema.ts so the code that merges the bundled data never loads zod (see README.md, "Performance").

/** Where a record came from: the bundled data, or the overlay file's name. */
export type Origin = string;
export const BUNDLED: Origin = 'bundled';
