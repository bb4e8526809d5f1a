import type { Dataset, Model } from '../dataset/schema.js';
import { alternativesOf } from './profile-shape.js';
import type { Reason, Recommendation } from './schema.js';
import type { GovernanceUsed } from './schema-money.js';

// The hard gates: which requirements a model fails or leaves unverified, its facts as known on the as-of date,
// whether it is production-ready, and the facts the report says it used.

export const API_GA = 'api-ga';

/**
 * Hard gates, never a score: each requirement the model's governance fact says "no" to fails it; an
 * "unknown" or absent fact leaves it unverified (a different reason, also ineligible); an excluded model
 * is out whatever its facts. No reasons means eligible.
 */
export function gateReasons(
  model: Pick<Model, 'id' | 'name' | 'governance'>,
  requirements: readonly string[],
  excluded: boolean,
): Reason[] {
  const reasons: Reason[] = [];
  if (excluded) reasons.push({ code: 'excluded', message: `${model.name} is excluded by your profile` });
  for (const requirement of requirements) {
    const alternatives = alternativesOf(requirement);
    const facts = alternatives.map((r) => model.governance[r]);
    if (facts.some((f) => f?.value === 'yes')) continue;
    if (facts.every((f) => f?.value === 'no')) {
      const said = alternatives.map((r, i) => {
        const fact = facts[i];
        const detail = fact?.detail ? `: ${fact.detail}` : '';
        const inferred = fact?.basis === 'inferred' ? 'inferred from ' : '';
        const cited = fact?.source ? ` (${inferred}${fact.source}, ${fact.date})` : '';
        return `${r}${detail}${cited}`;
      });
      reasons.push({ code: 'fails-requirement', requirement, message: `fails ${said.join(' and ')}` });
    } else {
      const either = alternatives.length > 1 ? ` any of ${alternatives.join(', ')}` : '';
      reasons.push({
        code: 'unverified-requirement',
        requirement,
        message: `unverified ${requirement}: no source in the dataset says whether ${model.name} meets${either || ' it'}`,
      });
    }
  }
  return reasons;
}

/**
 * The models as known on the as-of date: a governance fact whose source is dated later becomes "unknown" (no
 * source said so yet). The same models back when there is no as-of date or nothing is later.
 */
export function modelsAsOf<M extends Pick<Model, 'governance'>>(models: readonly M[], asOf: string | null): M[] {
  if (asOf === null) return [...models];
  return models.map((m) => {
    const later = Object.entries(m.governance).filter(([, f]) => f.date !== undefined && f.date > asOf);
    if (later.length === 0) return m;
    const governance = { ...m.governance };
    for (const [req, f] of later) {
      governance[req] = { value: 'unknown', note: `Not known on ${asOf}: the only source (${f.source}) is dated ${f.date}.` };
    }
    return { ...m, governance };
  });
}

/** Production needs an API the sources confirm is generally available; anything else is a pilot. */
export const isGenerallyAvailable = (model: Pick<Model, 'governance'>) => model.governance[API_GA]?.value === 'yes';

/** Why a model is not production-ready, in words: the fact's detail when the source gives one. */
export function pilotReason(model: Pick<Model, 'governance'>): string {
  const fact = model.governance[API_GA];
  if (fact?.value === 'no') return fact.detail ?? 'no generally-available API';
  return 'no source confirms a generally-available API';
}

/**
 * Ascending by id (code-unit order), a full comparator (0 for equal ids) as Array.prototype.sort's contract asks,
 * although ids in one list are unique, so mutants of its equal branch cannot be told apart (equivalent mutants).
 */
export const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

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
