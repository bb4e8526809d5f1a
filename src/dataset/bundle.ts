import { UserError } from '../errors.js';
import { isoDay } from '../today.js';
import { bundledParts } from './bundled-data.js';
import { checkBounds, checkCitations, checkDates, checkReferences } from './check.js';
import { type Finding, formatFinding } from './findings.js';
import { BUNDLED } from './ids.js';
import type { LoadOptions } from './load.js';
import { type LoadedPart, mergeParts } from './merge.js';
import type { Dataset } from './schema.js';

// Validated parts → one Dataset: merged in order (merge.ts), then cross-checked (check.ts); and loadDatasetLazily,
// the commands' way in, which sends only overlays on to load.ts. Nothing here loads zod: every command that reads
// the data runs this, and most runs have no overlay to validate (README.md, "Performance").

export interface Checked {
  dataset: Dataset;
  /** What later files replaced or corrected, one sentence each. */
  warnings: string[];
  findings: Finding[];
}

/**
 * Merges parts in order (bundled first, then each overlay) and runs every cross-check: duplicate
 * ids in one origin, unknown ids, weights, quotes, figures outside their scale, and dates after
 * `today` in the overlays. Findings come grouped by file, in the order the files were given.
 */
export function checkParts(parts: readonly LoadedPart[], today: string): Checked {
  const { dataset, overrides, findings } = mergeParts(parts);
  const overlays = parts.filter((p) => p.origin !== BUNDLED);
  const all = [findings, checkReferences(dataset), checkCitations(dataset), checkBounds(dataset), checkDates(overlays, today)].flat();
  const order = new Map(parts.map((p, i) => [p.file, i]));
  const rank = (f: Finding) => order.get(f.file) ?? parts.length;
  // Only when there is something to sort: building a collator loads ICU data, ~8 ms of every start otherwise.
  if (all.length > 1) {
    const byPath = new Intl.Collator('en', { numeric: true }).compare;
    all.sort((a, b) => rank(a) - rank(b) || byPath(a.path, b.path));
  }
  return { dataset, warnings: overrides, findings: all };
}

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

/**
 * loadDataset for the commands, which must not load the schema library (zod) on every start: with no
 * overlay there is nothing to validate (the bundled data was validated when it was built), so the bundled
 * parts are only merged and cross-checked here; overlays go through load.ts, zod and all.
 */
export async function loadDatasetLazily(opts: LoadOptions = {}): Promise<LoadResult> {
  if ((opts.overlays ?? []).length === 0) return assemble(bundledParts(), opts.today);
  return (await import('./load.js')).loadDataset(opts);
}
