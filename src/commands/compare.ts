import { compare } from '../api.js';
import { jsonText } from '../render/sanitize.js';
import type { Io } from './io.js';
import { loadFor, profileFromFlags, type RecommendOptions, todayFrom } from './recommend.js';

export type CompareOptions = Pick<RecommendOptions, 'mix' | 'costWeight' | 'asOf' | 'today' | 'samples' | 'seed' | 'json' | 'data'>;

export async function runCompare(a: string, b: string, opts: CompareOptions, io: Io): Promise<number> {
  const loaded = await loadFor(opts.data, todayFrom(opts, io.env), io);
  const comparison = compare(loaded, a, b, profileFromFlags(opts, loaded.dataset, io.env));
  if (opts.json) io.out(jsonText(comparison));
  else {
    // Imported only for the table: `--json` never loads chalk or the table library (README.md, "Performance").
    const [{ makeChalk }, { renderCompareTable }] = await Promise.all([import('../render/table.js'), import('../render/compare.js')]);
    io.out(renderCompareTable(comparison, { chalk: makeChalk(io.env, io.stdoutIsTTY), width: io.columns }));
  }
  return 0;
}
