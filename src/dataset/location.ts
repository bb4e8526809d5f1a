/** Where a record was read from: the file and the JSON path inside it. */
export interface Location {
  file: string;
  path: string;
}

/**
 * Where each merged record was read from, for messages that must name the file and JSON path: whole
 * records, and the facts and weights a patch changed in place. A WeakMap, so the records stay plain
 * data (what `--json` prints) and nothing leaks.
 */
const locations = new WeakMap<object, Location>();

export function locationOf(record: object): Location | undefined {
  return locations.get(record);
}

export function setLocation(record: object, location: Location | undefined): void {
  if (location) locations.set(record, location);
}

/** " (also at …)" for a duplicate: the other place, with its file when it is another file. */
export function alsoAt(first: Location | undefined, file: string): string {
  if (!first) return '';
  return ` (also at ${first.file === file ? '' : `${first.file} `}${first.path})`;
}
