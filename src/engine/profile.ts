import type { Dataset, WithOrigin, Workload } from '../dataset/schema.js';
import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import { alternativesOf, canonicalRequirement, checkShape, type ProfileIssue } from './profile-shape.js';
import type { Profile } from './schema.js';

export type { ProfileIssue } from './profile-shape.js';

// The one check of a profile, whatever it came from: flags (src/commands/profile.ts), an answers file or the
// questionnaire's answers (the same), or a library or MCP caller (src/api.ts). It returns the profile valid
// and canonical, with what the engine needs from it; the engine checks nothing again. A problem is reported
// with its path in the profile (["samples"], ["mix", "coding"]); each edge names that place in its own terms
// (the flag, the file and JSON path, "profile: samples"). Zod-free, for start-up time: README.md, "Performance".

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

export type ProfileCheck = { ok: true; plan: Plan } | { ok: false; issues: ProfileIssue[] };

/** Checks a profile (any value) and every id it names against the dataset; valid, it is planned. */
export function checkProfile(input: unknown, dataset: Dataset): ProfileCheck {
  const shape = checkShape(input);
  if (!shape.ok) return shape;
  const issues = datasetIssues(shape.profile, dataset);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan: plan(shape.profile, dataset) };
}

/** The plan, or a UserError whose one line is the first problem as `line` names it, and how many more there are. */
export function planOrThrow(checked: ProfileCheck, line: (issue: ProfileIssue) => string): Plan {
  if (checked.ok) return checked.plan;
  const { issues } = checked;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  throw new UserError(`${line(issues[0] as ProfileIssue)}${more}`);
}

const useOneOf = (ids: readonly string[]) => `use one of: ${ids.length > 0 ? listOf(ids) : '(none)'}`;

function datasetIssues(p: Profile, dataset: Dataset): ProfileIssue[] {
  const issues: ProfileIssue[] = [];
  const fail = (path: (string | number)[], message: string) => issues.push({ path, message });
  const workloads = dataset.workloads.map((w) => w.id);
  const requirements = dataset.requirements.map((r) => r.id);
  const models = dataset.models.map((m) => m.id);
  for (const id of Object.keys(p.mix)) {
    if (!workloads.includes(id)) fail(['mix', id], `unknown workload ${quoted(id)}; ${useOneOf(workloads)}`);
  }
  p.requirements.forEach((r, i) => {
    for (const id of alternativesOf(r)) {
      if (!requirements.includes(id)) fail(['requirements', i], `unknown requirement ${quoted(id)}; ${useOneOf(requirements)}`);
    }
  });
  p.exclude.forEach((id, i) => {
    if (!models.includes(id)) fail(['exclude', i], `unknown model ${quoted(id)}; ${useOneOf(models)}`);
  });
  for (const id of Object.keys(p.volume)) {
    if (!workloads.includes(id)) fail(['volume', id], `unknown workload ${quoted(id)}; ${useOneOf(workloads)}`);
    else if (!(id in p.mix)) fail(['volume', id], `workload ${quoted(id)} is not in the mix; ${useOneOf(Object.keys(p.mix))}`);
  }
  p.assumptions.forEach((a, i) => {
    const problem = assumptionProblem(a, dataset, p.assumptions.slice(0, i));
    if (problem) fail(['assumptions', i], problem);
  });
  if (issues.length > 0) return issues;

  // Each weight is finite, but 1e308 + 1e308 is not: every share would be 0 and the report empty.
  if (!Number.isFinite(total(p.mix)))
    fail(['mix'], 'has weights that add up to more than a number can hold; use percentages or smaller weights');
  for (const w of dataset.workloads) {
    if ((p.mix[w.id] ?? 0) > 0 && !w.benchmarks.some((b) => b.weight > 0)) {
      fail(['mix', w.id], `workload ${quoted(w.id)} gives no benchmark a weight above 0, so it cannot be scored; fix its weights`);
    }
  }
  return issues;
}

const total = (mix: Record<string, number>) => Object.values(mix).reduce((s, w) => s + w, 0);

const FACT_VALUES = ['yes', 'no', 'unknown'];

/** An assumption names a known model and a requirement (yes/no/unknown) or a benchmark (a number), once. */
function assumptionProblem(a: Profile['assumptions'][number], dataset: Dataset, before: Profile['assumptions']): string | null {
  if (!dataset.models.some((m) => m.id === a.model)) return `unknown model ${quoted(a.model)}; see the ids with: model-advisor models`;
  if (dataset.requirements.some((r) => r.id === a.key)) {
    if (typeof a.value !== 'string' || !FACT_VALUES.includes(a.value)) {
      return `${quoted(a.key)} is a governance fact, so its value is yes, no or unknown`;
    }
  } else if (dataset.benchmarks.some((b) => b.id === a.key)) {
    if (typeof a.value !== 'number') return `${quoted(a.key)} is a benchmark, so its value is a figure (e.g. 74)`;
  } else {
    return `${quoted(a.key)} is neither a requirement nor a benchmark; see them with: model-advisor requirements / model-advisor benchmarks`;
  }
  const key = `${a.model}:${a.key}`;
  return before.some((b) => b.model === a.model && b.key === a.key)
    ? `${quoted(key)} is assumed twice; give each fact or figure once`
    : null;
}

/** The canonical form: shares for weights, workloads at 0 left out, lists sorted and deduplicated. */
function plan(p: Profile, dataset: Dataset): Plan {
  const sum = total(p.mix);
  const workloads = dataset.workloads
    .map((workload, order) => ({ workload, order, share: (p.mix[workload.id] ?? 0) / sum }))
    .filter((x) => x.share > 0)
    .sort((a, b) => b.share - a.share || a.order - b.order)
    .map(({ workload, share }) => ({ workload, share }));
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
