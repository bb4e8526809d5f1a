import type { LoadResult } from './dataset/bundle.js';
import type { Dataset } from './dataset/schema.js';
import { type EvidenceFilter, selectObservations } from './dataset/select.js';
import { checkPair, compareModels } from './engine/compare.js';
import { recommend as runEngine } from './engine/index.js';
import { checkProfile, type Plan, planOrThrow } from './engine/profile.js';
import type { ProfileInput, Recommendation } from './engine/schema.js';
import type { Comparison } from './engine/schema-compare.js';
import { type EvidenceRow, evidenceRows } from './render/format.js';
import { TOOL } from './version.js';

export type { EvidenceFilter } from './dataset/select.js';

// The library's functions (src/index.ts publishes them): the CLI, the MCP server and programs call these same
// ones. Nothing here prints, exits or loads zod: `recommend --json` imports this module on every run
// (README.md, "Performance"). Input the caller can fix throws a UserError; any other error is a bug.

/** What `loadDataset` returns (the dataset, what overlays replaced, their files), or a bare dataset. */
export type DataInput = LoadResult | Dataset;

function unpack(data: DataInput): LoadResult {
  return 'dataset' in data ? data : { dataset: data, warnings: [], overlays: [] };
}

const metaOf = (loaded: LoadResult) => ({ tool: TOOL, overlays: loaded.overlays, loadWarnings: loaded.warnings });

/** A caller's profile, checked (checkProfile) with each problem named "profile: path": the library's edge. */
export function planOf(profile: ProfileInput, dataset: Dataset): Plan {
  return planOrThrow(checkProfile(profile, dataset), (i) => `profile: ${i.path.join('.') || '(profile)'}: ${i.message}`);
}

/**
 * A model per workload, a routing plan and the best single model, with win probabilities, coverage, evidence
 * and warnings: the object `recommend --json` prints. Deterministic for a given profile (seed included).
 * Throws a UserError when the profile is not valid or names a workload, requirement or model the data lacks.
 */
export function recommend(data: DataInput, profile: ProfileInput): Recommendation {
  const loaded = unpack(data);
  return recommendPlanned(loaded, planOf(profile, loaded.dataset));
}

/** Two models head to head: the object `compare A B --json` prints. Requirements and exclusions do not apply. */
export function compare(data: DataInput, a: string, b: string, profile: ProfileInput): Comparison {
  const loaded = unpack(data);
  checkPair(loaded.dataset, a, b);
  return comparePlanned(loaded, a, b, planOf({ ...profile, requirements: [], exclude: [] }, loaded.dataset));
}

// The same two on a profile the CLI has already checked at its own edge (flags, an answers file).

export function recommendPlanned(data: DataInput, plan: Plan): Recommendation {
  const loaded = unpack(data);
  return runEngine(loaded.dataset, plan, metaOf(loaded));
}

/** `a` and `b` already checked (checkPair). */
export function comparePlanned(data: DataInput, a: string, b: string, plan: Plan): Comparison {
  const loaded = unpack(data);
  return compareModels(loaded.dataset, a, b, plan, metaOf(loaded));
}

/** Every observation (figure, verbatim quote, source, date, note, origin), optionally of one model or benchmark. */
export function evidence(data: DataInput, filter: EvidenceFilter = {}): EvidenceRow[] {
  return evidenceRows(selectObservations(unpack(data).dataset, filter));
}
