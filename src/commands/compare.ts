import { comparePlanned } from '../api.js';
import { checkPair } from '../engine/compare.js';
import { jsonText } from '../render/sanitize.js';
import type { DataOptions } from './options.js';
import { type ProfileFlags, profileFromFlags } from './profile.js';
import { type Io, loadFor, todayFrom } from './shared.js';

// `model-advisor compare A B`: two models head to head, as a table or as JSON (--json).

export interface CompareOptions extends DataOptions, Pick<ProfileFlags, 'mix' | 'costWeight' | 'asOf' | 'samples' | 'seed'> {
  today?: string;
  json?: boolean;
}

export async function runCompare(a: string, b: string, opts: CompareOptions, io: Io): Promise<number> {
  const today = todayFrom(opts, io.env);
  const loaded = await loadFor(opts.data, today, io);
  checkPair(loaded.dataset, a, b);
  const comparison = comparePlanned(loaded, a, b, profileFromFlags(opts, loaded.dataset, today));
  if (opts.json) io.out(jsonText(comparison));
  else {
    // Imported only for the table: `--json` never loads chalk or the table library (README.md, "Performance").
    const [{ makeChalk }, { renderCompareTable }] = await Promise.all([import('../render/table.js'), import('../render/compare.js')]);
    io.out(renderCompareTable(comparison, { chalk: makeChalk(io.env, io.stdoutIsTTY), width: io.columns }));
  }
  return 0;
}
