import type { LoadResult } from './dataset/bundle.js';
import type { Dataset } from './dataset/schema.js';
import { type EvidenceFilter, selectObservations } from './dataset/select.js';
import { compareModels } from './engine/compare.js';
import { recommend as runEngine } from './engine/index.js';
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

/**
 * A model per workload, a routing plan and the best single model, with win probabilities, coverage, evidence
 * and warnings: the object `recommend --json` prints. Deterministic for a given profile (seed included).
 * Throws a UserError when the profile is not valid or names a workload, requirement or model the data lacks.
 */
export function recommend(data: DataInput, profile: ProfileInput): Recommendation {
  const loaded = unpack(data);
  return runEngine(loaded.dataset, profile, metaOf(loaded));
}

/** Two models head to head: the object `compare A B --json` prints. Requirements and exclusions do not apply. */
export function compare(data: DataInput, a: string, b: string, profile: ProfileInput): Comparison {
  const loaded = unpack(data);
  return compareModels(loaded.dataset, a, b, profile, metaOf(loaded));
}

/** Every observation (figure, verbatim quote, source, date, note, origin), optionally of one model or benchmark. */
export function evidence(data: DataInput, filter: EvidenceFilter = {}): EvidenceRow[] {
  return evidenceRows(selectObservations(unpack(data).dataset, filter));
}
