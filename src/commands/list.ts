import { selectObservations } from '../dataset/select.js';
import { evidenceRows } from '../render/format.js';
import { jsonText } from '../render/sanitize.js';
import type { DataOptions } from './options.js';
import { type Io, loadWithOverlays } from './shared.js';

// The listings: `models`, `benchmarks`, `sources` and `workloads` print the dataset, `evidence` its observations
// (by model and benchmark); each as a table or as JSON.

export type Listing = 'models' | 'benchmarks' | 'sources' | 'workloads';

export interface ListOptions extends DataOptions {
  json?: boolean;
}

// The tables are imported only when one is printed: `--json` never loads the table library (README.md, "Performance").
const listing = () => import('../render/listing.js');
const TABLES = { models: 'modelsTable', benchmarks: 'benchmarksTable', sources: 'sourcesTable', workloads: 'workloadsTable' } as const;

export async function runList(what: Listing, opts: ListOptions, io: Io): Promise<number> {
  const { dataset } = await loadWithOverlays(opts, io);
  // Each item keeps its "origin" ("bundled" or the overlay file), as do facts and weights a file corrected.
  if (opts.json) io.out(jsonText(dataset[what]));
  else io.out(`${(await listing())[TABLES[what]](dataset, io.columns)}\n`);
  return 0;
}

export interface EvidenceOptions extends ListOptions {
  model?: string;
  benchmark?: string;
}

export async function runEvidence(opts: EvidenceOptions, io: Io): Promise<number> {
  const { dataset } = await loadWithOverlays(opts, io);
  const selected = selectObservations(dataset, { model: opts.model, benchmark: opts.benchmark });
  if (opts.json) io.out(jsonText(evidenceRows(selected)));
  else
    io.out(
      `${(await listing()).evidenceTable(dataset, selected, io.columns)}\n${selected.length} observation${selected.length === 1 ? '' : 's'}.\n`,
    );
  return 0;
}
