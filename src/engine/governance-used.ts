import type { Dataset } from '../dataset/schema.js';
import type { GovernanceUsed } from './money-schema.js';
import type { Recommendation } from './schema.js';

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The governance facts, as used, of every model the report details (so `diff` can say which facts changed
 * between two reports), ordered by model and requirement. Only detailed models: 1,000 models' every fact
 * would outweigh the rest of the report.
 */
export function governanceUsed(
  dataset: Pick<Dataset, 'models' | 'requirements'>,
  workloads: Recommendation['workloads'],
): GovernanceUsed[] {
  const detailed = new Set(workloads.flatMap((w) => w.ranking.filter((r) => r.detailed).map((r) => r.model)));
  const requirements = dataset.requirements.map((r) => r.id).sort(byId);
  return dataset.models
    .filter((m) => detailed.has(m.id))
    .sort((a, b) => byId(a.id, b.id))
    .flatMap((m) =>
      requirements.flatMap((requirement) => {
        const fact = m.governance[requirement];
        return fact ? [{ model: m.id, requirement, value: fact.value, source: fact.source ?? null, date: fact.date ?? null }] : [];
      }),
    );
}
