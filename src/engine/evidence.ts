import type { Obs, Resolution } from './resolve.js';
import type { EvidenceItem, WorkloadResult } from './schema.js';

type Superseded = WorkloadResult['superseded'][number];

/** An observation exactly as the dataset holds it, with its origin: every figure shown can be traced. */
export function evidenceItem(o: Obs): EvidenceItem {
  const item: EvidenceItem = { model: o.model, benchmark: o.benchmark, source: o.source, date: o.date, origin: o.origin };
  if (o.value !== undefined) item.value = o.value;
  if (o.low !== undefined) item.low = o.low;
  if (o.high !== undefined) item.high = o.high;
  if (o.label !== undefined) item.label = o.label;
  if (o.quote !== undefined) item.quote = o.quote;
  if (o.note !== undefined) item.note = o.note;
  if (o.proxyFor !== undefined) item.proxyFor = { measuredOn: o.proxyFor.measuredOn };
  if (o.mode !== undefined) item.mode = o.mode;
  return item;
}

/**
 * The observations behind a workload's contributions, models in ranking order and benchmarks in the
 * workload's order, and the older ones they replaced.
 */
export function collectEvidence(
  resolution: Resolution,
  models: readonly string[],
  benchmarks: readonly string[],
): { evidence: EvidenceItem[]; superseded: Superseded[] } {
  const evidence: EvidenceItem[] = [];
  const superseded: Superseded[] = [];
  const unique = [...new Set(benchmarks)];
  for (const model of models) {
    const byBenchmark = resolution.figures.get(model);
    if (!byBenchmark) continue;
    for (const benchmark of unique) {
      const figure = byBenchmark.get(benchmark);
      if (!figure) continue;
      evidence.push(evidenceItem(figure.used));
      if (figure.superseded.length === 0) continue;
      const supersededBy = { source: figure.used.source, date: figure.used.date };
      for (const o of figure.superseded) superseded.push({ ...evidenceItem(o), supersededBy });
    }
  }
  return { evidence, superseded };
}
