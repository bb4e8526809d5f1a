import { loadDataset } from '../dataset/load.js';
import type { Dataset } from '../dataset/schema.js';
import { listOf, UserError } from '../errors.js';
import { jsonText } from '../render/json.js';
import { benchmarksTable, evidenceRows, evidenceTable, modelsTable, sourcesTable, workloadsTable } from '../render/listing.js';
import type { Io } from './io.js';

export type Listing = 'models' | 'benchmarks' | 'sources' | 'workloads';

export interface ListOptions {
  json?: boolean;
}

function stripOrigin<T extends { origin: string }>(items: T[]): Omit<T, 'origin'>[] {
  return items.map(({ origin: _origin, ...rest }) => rest);
}

const TABLES: Record<Listing, (d: Dataset, width: number) => string> = {
  models: modelsTable,
  benchmarks: benchmarksTable,
  sources: sourcesTable,
  workloads: workloadsTable,
};

export async function runList(what: Listing, opts: ListOptions, io: Io): Promise<number> {
  const { dataset, warnings } = loadDataset();
  for (const w of warnings) io.err(`warning: ${w}\n`);
  if (opts.json) io.out(jsonText(stripOrigin(dataset[what] as { origin: string }[])));
  else io.out(`${TABLES[what](dataset, io.columns)}\n`);
  return 0;
}

export interface EvidenceOptions extends ListOptions {
  model?: string;
  benchmark?: string;
}

function checkId(kind: string, id: string | undefined, valid: string[]): void {
  if (id !== undefined && !valid.includes(id)) {
    throw new UserError(`unknown ${kind} "${id}"; use one of: ${listOf(valid)}`);
  }
}

export async function runEvidence(opts: EvidenceOptions, io: Io): Promise<number> {
  const { dataset, warnings } = loadDataset();
  for (const w of warnings) io.err(`warning: ${w}\n`);
  checkId(
    'model',
    opts.model,
    dataset.models.map((m) => m.id),
  );
  checkId(
    'benchmark',
    opts.benchmark,
    dataset.benchmarks.map((b) => b.id),
  );
  const selected = dataset.observations.filter(
    (o) => (opts.model === undefined || o.model === opts.model) && (opts.benchmark === undefined || o.benchmark === opts.benchmark),
  );
  if (opts.json) io.out(jsonText(evidenceRows(selected)));
  else io.out(`${evidenceTable(dataset, selected, io.columns)}\n${selected.length} observation${selected.length === 1 ? '' : 's'}.\n`);
  return 0;
}
