import { compareModels } from '../compare/compare.js';
import { jsonText } from '../render/json.js';
import { TOOL } from '../version.js';
import type { Io } from './io.js';
import { loadFor, profileFromFlags, type RecommendOptions, todayFrom } from './recommend.js';

export type CompareOptions = Pick<RecommendOptions, 'mix' | 'costWeight' | 'asOf' | 'today' | 'samples' | 'seed' | 'json' | 'data'>;

export async function runCompare(a: string, b: string, opts: CompareOptions, io: Io): Promise<number> {
  const { dataset, warnings, overlays } = await loadFor(opts.data, todayFrom(opts, io.env), io);
  const profile = profileFromFlags(opts, dataset, io.env);
  const comparison = compareModels(dataset, a, b, profile, { tool: TOOL, overlays, loadWarnings: warnings });
  if (opts.json) io.out(jsonText(comparison));
  else {
    // Imported only for the table: `--json` never loads chalk or the table library (README.md, "Performance").
    const [{ makeChalk }, { renderCompareTable }] = await Promise.all([import('../render/color.js'), import('../render/compare.js')]);
    io.out(renderCompareTable(comparison, { chalk: makeChalk(io.env, io.stdoutIsTTY), width: io.columns }));
  }
  return 0;
}
