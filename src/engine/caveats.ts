import type { Caveat as DataCaveat } from '../dataset/schema.js';
import type { WorkloadResult } from './schema.js';

type Caveat = WorkloadResult['caveats'][number];

/** Something with caveats, named by its id: a benchmark, a workload or a model. */
export interface CaveatHolder {
  id: string;
  caveats: readonly DataCaveat[];
}

/**
 * The caveats that travel with a workload's result, in this order: the benchmarks it scored with a weight
 * above 0, the workload's own, then the recommended model's and its alternative's. Duplicates dropped, and
 * so is any caveat dated after the as-of date.
 */
export function collectCaveats(asOf: string | null, holders: readonly CaveatHolder[]): Caveat[] {
  const seen = new Set<string>();
  const out: Caveat[] = [];
  for (const holder of holders) {
    for (const c of holder.caveats) {
      // A caveat published after the as-of date was not known then.
      if (asOf !== null && c.date !== undefined && c.date > asOf) continue;
      const key = `${holder.id}\u0000${c.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        about: holder.id,
        text: c.text,
        ...(c.source !== undefined && { source: c.source }),
        ...(c.date !== undefined && { date: c.date }),
      });
    }
  }
  return out;
}
