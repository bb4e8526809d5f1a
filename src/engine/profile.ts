import type { Dataset, WithOrigin, Workload } from '../dataset/schema.js';
import { UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import { checkProfile } from './profile-check.js';
import { alternativesOf, canonicalRequirement } from './requirement.js';
import type { Profile, ProfileInput } from './schema.js';
import { checkAssumptionIds } from './whatif.js';

export interface WorkloadShare {
  workload: WithOrigin<Workload>;
  share: number;
}

/** A profile checked against the dataset, in the canonical form the engine works with and echoes. */
export interface Plan {
  /** Shares (summing to 1) in place of weights, lists sorted and deduplicated. */
  profile: Profile;
  /** The workloads in the mix with a share above 0, largest first (then the dataset's order): a workload at 0% is left out everywhere. */
  workloads: WorkloadShare[];
  requirements: string[];
  exclude: Set<string>;
}

function unknown(what: string, id: string, where: string, valid: readonly string[]): UserError {
  return new UserError(`unknown ${what} ${quoted(id)} in ${where}; use one of: ${[...valid].sort().join(', ') || '(none)'}`);
}

/** Validates a profile and checks every id it names against the dataset; a UserError names what is wrong. */
export function planProfile(input: ProfileInput, dataset: Dataset): Plan {
  const checked = checkProfile(input);
  if (!checked.ok) {
    const [first] = checked.issues;
    const path = first?.path.length ? first.path.join('.') : '(profile)';
    const more = checked.issues.length > 1 ? ` (and ${checked.issues.length - 1} more problems)` : '';
    throw new UserError(`profile: ${path}: ${first?.message ?? 'is not valid'}${more}`);
  }
  const p = checked.profile;
  const workloadIds = dataset.workloads.map((w) => w.id);
  for (const id of Object.keys(p.mix)) if (!workloadIds.includes(id)) throw unknown('workload', id, 'the mix', workloadIds);
  const requirementIds = dataset.requirements.map((r) => r.id);
  for (const r of p.requirements) {
    for (const id of alternativesOf(r))
      if (!requirementIds.includes(id)) throw unknown('requirement', id, 'the requirements', requirementIds);
  }
  const modelIds = dataset.models.map((m) => m.id);
  for (const id of p.exclude) if (!modelIds.includes(id)) throw unknown('model', id, 'the exclusions', modelIds);
  for (const id of Object.keys(p.volume)) if (!(id in p.mix)) throw unknown('workload', id, 'the volume', Object.keys(p.mix));
  checkAssumptionIds(p.assumptions, dataset);

  const total = Object.values(p.mix).reduce((s, w) => s + w, 0);
  if (!Number.isFinite(total)) {
    // Each weight is finite, but 1e308 + 1e308 is not: every share would be 0 and the report empty.
    throw new UserError(
      'the mix weights add up to more than a number can hold; use percentages or smaller weights, e.g. coding=60,vision=40',
    );
  }
  const workloads = dataset.workloads
    .map((workload, order) => ({ workload, order, weight: p.mix[workload.id] }))
    .filter((x): x is typeof x & { weight: number } => x.weight !== undefined)
    .map((x) => ({ workload: x.workload, order: x.order, share: x.weight / total }))
    .filter((x) => x.share > 0)
    .sort((a, b) => b.share - a.share || a.order - b.order)
    .map(({ workload, share }) => ({ workload, share }));
  for (const { workload } of workloads) {
    if (!workload.benchmarks.some((b) => b.weight > 0)) {
      throw new UserError(`workload "${workload.id}" gives no benchmark a weight above 0, so it cannot be scored; fix its weights`);
    }
  }
  const requirements = [...new Set(p.requirements.map(canonicalRequirement))].sort();
  const exclude = [...new Set(p.exclude)].sort();
  const profile: Profile = {
    ...p,
    mix: Object.fromEntries(workloads.map((w) => [w.workload.id, w.share])),
    requirements,
    exclude,
    volume: Object.fromEntries(
      workloads.flatMap((w) => (w.workload.id in p.volume ? [[w.workload.id, p.volume[w.workload.id] as number]] : [])),
    ),
    assumptions: [...p.assumptions].sort((a, b) =>
      a.model < b.model ? -1 : a.model > b.model ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
    ),
  };
  return { profile, workloads, requirements, exclude: new Set(exclude) };
}
