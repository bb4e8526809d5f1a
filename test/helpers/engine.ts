import { planOf } from '../../src/api.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { recommend } from '../../src/engine/index.js';
import type { ProfileInput, RankingEntry, Recommendation, WorkloadResult } from '../../src/engine/schema.js';
import { META } from './builders.js';

/** The engine on a profile checked as the library checks it (planOf): a bad profile throws "profile: path: …". */
export const run = (dataset: Dataset, profile: ProfileInput): Recommendation => recommend(dataset, planOf(profile, dataset), META);

export function workloadOf(r: Recommendation, id: string): WorkloadResult {
  const w = r.workloads.find((x) => x.workload === id);
  if (!w) throw new Error(`no workload ${id} in the result`);
  return w;
}

export function entryOf(r: Recommendation, workload: string, model: string): RankingEntry {
  const e = workloadOf(r, workload).ranking.find((x) => x.model === model);
  if (!e) throw new Error(`no model ${model} in ${workload}`);
  return e;
}

export const codes = (r: Recommendation) => r.warnings.map((w) => w.code);
