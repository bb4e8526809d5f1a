/** What a finding is about; stable strings, part of `data validate --json`. */
export type FindingCode =
  /** The file cannot be read: missing, a folder, no permission. */
  | 'unreadable'
  /** Over the size limit for an overlay. */
  | 'too-large'
  /** Not UTF-8 text. */
  | 'encoding'
  /** Nested deeper than any dataset needs. */
  | 'too-deep'
  /** `__proto__`, `constructor` or `prototype` used as a key. */
  | 'forbidden-key'
  /** The same key twice in one JSON object (JSON.parse would silently keep the last). */
  | 'duplicate-key'
  /** Not valid JSON. */
  | 'json'
  /** Does not match the dataset schema: wrong type, missing or unknown key, bad value. */
  | 'schema'
  /** The same file given twice. */
  | 'duplicate-file'
  /** Two records with one id (or one observation key) inside one file or origin. */
  | 'duplicate-id'
  /** Refers to a model, benchmark, source, requirement, workload or mode that does not exist. */
  | 'unknown-id'
  /** A bundled claim, or one citing a public source, without its verbatim quote. */
  | 'missing-quote'
  /** A benchmark added to a workload without saying why. */
  | 'missing-rationale'
  /** A date after today. */
  | 'future-date'
  /** A figure outside its benchmark's [min, max] scale. */
  | 'out-of-bounds'
  /** A workload whose weights do not sum to a positive number. */
  | 'weights';

/** One problem in one file, at one JSON path, with the fix in the message. */
export interface Finding {
  file: string;
  /** A JSON path in the `$.a[0].b` notation; `$` for the whole file. */
  path: string;
  code: FindingCode;
  message: string;
}

export const formatFinding = (f: Finding) => `${f.file}: ${f.path}: ${f.message}`;

/** A key or value quoted for a one-line message: escaped (no raw newline or control) and cut to `max` characters. */
export { quoted } from '../render/sanitize.js';

/** "one of: a, b, c" for a message, sorted and capped so a big dataset cannot make it huge. */
export function choices(ids: Iterable<string>, max = 20): string {
  const all = [...ids].sort();
  if (all.length === 0) return '(none)';
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown} … (${all.length - max} more)` : shown;
}
