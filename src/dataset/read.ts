import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { describeIssues } from './issues.js';
import type { LoadedPart } from './merge.js';
import { BUNDLED } from './origin.js';
import { DatasetPart } from './schema.js';

// Reading and validating dataset files with zod. The built CLI reaches this module only for files named at run
// time (overlays): the bundled data is validated by this same code at build time (scripts/build.mjs).

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Parses and validates one file's text as a dataset part; throws a UserError naming file and path. */
export function parsePart(text: string, file: string, origin: string): LoadedPart {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${file}: not valid JSON (${(e as Error).message}); fix the syntax and try again`);
  }
  const parsed = DatasetPart.safeParse(json);
  if (!parsed.success) {
    const lines = describeIssues(file, parsed.error);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more; see them all with: model-advisor data validate ${file})` : '';
    throw new UserError(`${lines[0]}${more}`);
  }
  return { origin, file, part: parsed.data };
}

/** The bundled data/*.json files, in name order so the merged order never depends on the file system. */
export function readBundledParts(dir = BUNDLED_DATA_DIR): LoadedPart[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => parsePart(readFileSync(`${dir}/${f}`, 'utf8'), `data/${f}`, BUNDLED));
}
