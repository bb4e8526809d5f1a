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
