import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';
import { describeIssues } from './issues.js';
import { type Finding, type LoadedPart, mergeParts } from './merge.js';
import { checkReferences } from './references.js';
import { BUNDLED, type Dataset, DatasetPart } from './schema.js';

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

export const formatFinding = (f: Finding) => `${f.file}: ${f.path}: ${f.message}`;

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

export interface LoadResult {
  dataset: Dataset;
  warnings: string[];
}

/** Merges parts and cross-checks ids; any finding is a UserError (the first one, with a count). */
export function assemble(parts: readonly LoadedPart[]): LoadResult {
  const { dataset, overrides, findings } = mergeParts(parts);
  const all = [...findings, ...checkReferences(dataset)];
  if (all.length > 0) {
    const [first] = all;
    const more = all.length > 1 ? ` (and ${all.length - 1} more problems)` : '';
    throw new UserError(`${formatFinding(first as Finding)}${more}`);
  }
  return { dataset, warnings: overrides };
}

export function loadDataset(dir = BUNDLED_DATA_DIR): LoadResult {
  return assemble(readBundledParts(dir));
}
