import { UserError } from '../errors.js';
import { bundledParts } from './bundled.js';
import { type Finding, type LoadedPart, mergeParts } from './merge.js';
import { checkReferences } from './references.js';
import type { Dataset } from './schema.js';

// Nothing here imports zod: loading the bundled data is on every command's path (see docs/performance.md).

export const formatFinding = (f: Finding) => `${f.file}: ${f.path}: ${f.message}`;

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

/** The bundled dataset, merged and cross-checked. */
export function loadDataset(): LoadResult {
  return assemble(bundledParts());
}
