import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import type { Dataset } from './schema.js';

// Choosing observations by model and benchmark: `evidence` (the CLI command, the library function and the MCP
// tool) runs this. Apart from src/api.ts so that `evidence --json` does not load the engine.

export interface EvidenceFilter {
  /** Only this model's observations. */
  model?: string | undefined;
  /** Only this benchmark's observations. */
  benchmark?: string | undefined;
}

function checkId(kind: string, id: string | undefined, valid: string[]): void {
  if (id !== undefined && !valid.includes(id)) throw new UserError(`unknown ${kind} ${quoted(id)}; use one of: ${listOf(valid)}`);
}

/** The dataset's observations of one model and/or benchmark (all without a filter); unknown ids are UserErrors. */
export function selectObservations(dataset: Dataset, filter: EvidenceFilter): Dataset['observations'] {
  checkId(
    'model',
    filter.model,
    dataset.models.map((m) => m.id),
  );
  checkId(
    'benchmark',
    filter.benchmark,
    dataset.benchmarks.map((b) => b.id),
  );
  return dataset.observations.filter(
    (o) => (filter.model === undefined || o.model === filter.model) && (filter.benchmark === undefined || o.benchmark === filter.benchmark),
  );
}
