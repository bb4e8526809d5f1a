import { quoted } from '../render/sanitize.js';

export { quoted };

// A problem in a data file (Finding), and where each merged record was read from, so that every message can
// name the file and the JSON path.

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

/** "one of: a, b, c" for a message, sorted and capped so a big dataset cannot make it huge. */
export function choices(ids: Iterable<string>, max = 20): string {
  const all = [...ids].sort();
  if (all.length === 0) return '(none)';
  const shown = all.slice(0, max).join(', ');
  return all.length > max ? `${shown} … (${all.length - max} more)` : shown;
}

/** Where a record was read from: the file and the JSON path inside it. */
export interface Location {
  file: string;
  path: string;
}

/** An item of a top-level list, kept as its list and index: the path is spelled out only for a message. */
interface ListItem {
  file: string;
  list: string;
  index: number;
}

/**
 * Where each merged record was read from, for messages that must name the file and JSON path: whole
 * records, and the facts and weights a patch changed in place. A WeakMap, so the records stay plain
 * data (what `--json` prints) and nothing leaks.
 */
const locations = new WeakMap<object, Location | ListItem>();

export function locationOf(record: object): Location | undefined {
  const at = locations.get(record);
  if (at === undefined || !('list' in at)) return at;
  return { file: at.file, path: `$.${at.list}[${at.index}]` };
}

export function setLocation(record: object, location: Location | undefined): void {
  if (location) locations.set(record, location);
}

/**
 * The same as setLocation(record, { file, path: `$.${list}[${index}]` }) without building the path: a
 * 5 MiB overlay holds tens of thousands of records, and their paths are read only when one has a problem.
 */
export function setListLocation(record: object, file: string, list: string, index: number): void {
  locations.set(record, { file, list, index });
}

/** " (also at …)" for a duplicate: the other place, with its file when it is another file. */
export function alsoAt(first: Location | undefined, file: string): string {
  if (!first) return '';
  return ` (also at ${first.file === file ? '' : `${first.file} `}${first.path})`;
}

/** A JSON path in the `$.a[0].b` notation used in every data error message; long keys are cut. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && key.length <= 60 && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${quoted(String(key))}]`;
  }
  return out;
}
