import { UserError } from '../errors.js';
import { isoDay } from '../today.js';
import { checkParts } from './checks.js';
import { type Finding, formatFinding } from './findings.js';
import type { LoadedPart } from './merge.js';
import { BUNDLED } from './origin.js';
import type { Dataset } from './schema.js';

// Merging and cross-checking validated parts. Nothing here loads zod: every command that reads the data
// runs this, and most runs have no overlay to validate (README.md, "Performance").

/** One UserError for a list of findings: the first in full, a count of the rest, and where to see them all. */
export function failure(findings: readonly Finding[], overlays: readonly string[]): UserError {
  const [first] = findings;
  const rest = findings.length - 1;
  const all = overlays.length ? `; see them all with: model-advisor data validate ${overlays.join(' ')}` : '';
  const more = rest > 0 ? ` (and ${rest} more problem${rest === 1 ? '' : 's'}${all})` : '';
  return new UserError(`${formatFinding(first as Finding)}${more}`);
}

export interface LoadResult {
  dataset: Dataset;
  /** What the overlays replaced or corrected, one sentence each; show them as warnings. */
  warnings: string[];
  /** The overlay origins, in order: the paths as given. */
  overlays: string[];
}

/** Merges parts and cross-checks them; any finding is a UserError (the first one, with a count). */
export function assemble(parts: readonly LoadedPart[], today: string = isoDay(new Date())): LoadResult {
  const { dataset, warnings, findings } = checkParts(parts, today);
  const overlays = [...new Set(parts.filter((p) => p.origin !== BUNDLED).map((p) => p.file))];
  if (findings.length > 0) throw failure(findings, overlays);
  return { dataset, warnings, overlays };
}
