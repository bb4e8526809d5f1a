import { DATE_FORMAT_MESSAGE, DATE_RE, ID_MESSAGE, ID_RE, isIsoDate, REAL_DATE_MESSAGE } from '../dataset/ids.js';
import type { Dataset, WithOrigin, Workload } from '../dataset/schema.js';
import { UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import { COST_WEIGHT, SAMPLES, SEED } from './method.js';
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

// The Profile schema's rules (schema.ts) without zod. The engine checks every profile it is given, on every
// run; loading zod for that costs more than the rest of `recommend --json` together (README.md, "Performance").
// zod's Profile stays the published contract (JSON Schema, answers files); test/profile-check.test.ts holds
// the two to the same verdicts and the same output, key order included.

export interface ProfileIssue {
  path: (string | number)[];
  message: string;
}
export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

const KEYS = [
  'mix',
  'requirements',
  'exclude',
  'costWeight',
  'asOf',
  'today',
  'samples',
  'seed',
  'volume',
  'ioRatio',
  'assumptions',
] as const;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

export function checkProfile(input: unknown): ProfileCheck {
  const issues: ProfileIssue[] = [];
  const fail = (path: (string | number)[], message: string) => issues.push({ path, message });
  if (!isObject(input)) return { ok: false, issues: [{ path: [], message: 'must be an object' }] };

  const unknown = Object.keys(input).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) fail([], `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')}`);

  const mix: Record<string, number> = {};
  if (!isObject(input.mix)) fail(['mix'], 'must be an object of workload weights');
  else {
    let valid = true;
    for (const [key, w] of Object.entries(input.mix)) {
      // As zod's record does: an own "__proto__" key (JSON.parse makes one) is dropped, value unchecked.
      if (key === '__proto__') continue;
      if (!ID_RE.test(key)) fail(['mix', key], ID_MESSAGE);
      else if (!isNumber(w)) fail(['mix', key], 'must be a finite number');
      else if (!(w >= 0)) fail(['mix', key], 'must not be negative');
      else {
        mix[key] = w;
        continue;
      }
      valid = false;
    }
    if (valid && !Object.values(mix).some((w) => w > 0)) fail(['mix'], 'needs at least one workload with a weight above 0');
  }

  const ids = (key: 'requirements' | 'exclude'): string[] => {
    const value = input[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      fail([key], 'must be a list of ids');
      return [];
    }
    const [re, message] = key === 'requirements' ? [REQUIREMENT_RE, REQUIREMENT_MESSAGE] : [ID_RE, ID_MESSAGE];
    value.forEach((id, i) => {
      if (typeof id !== 'string' || !re.test(id)) fail([key, i], message);
    });
    return [...value];
  };
  const date = (key: 'asOf' | 'today', value: unknown): string | null => {
    if (typeof value !== 'string') {
      fail([key], DATE_FORMAT_MESSAGE);
      return null;
    }
    if (!DATE_RE.test(value)) fail([key], DATE_FORMAT_MESSAGE);
    else if (!isIsoDate(value)) fail([key], REAL_DATE_MESSAGE);
    return value;
  };
  const number = (
    key: 'costWeight' | 'samples' | 'seed',
    bounds: { min: number; max: number; default: number },
    integer: boolean,
  ): number => {
    const { min, max, default: fallback } = bounds;
    const value = input[key];
    if (value === undefined) return fallback;
    if (!isNumber(value) || (integer && !Number.isSafeInteger(value)) || value < min || value > max) {
      fail([key], `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`);
      return fallback;
    }
    return value;
  };

  const requirements = ids('requirements');
  const exclude = ids('exclude');
  const costWeight = number('costWeight', COST_WEIGHT, false);
  const asOf = input.asOf === undefined || input.asOf === null ? null : date('asOf', input.asOf);
  const today = date('today', input.today) ?? '';
  const samples = number('samples', SAMPLES, true);
  const seed = number('seed', SEED, true);
  const volume = checkVolume(input.volume, fail);
  const ioRatio = checkIoRatio(input.ioRatio, fail);
  const assumptions = checkAssumptions(input.assumptions, fail);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, profile: { mix, requirements, exclude, costWeight, asOf, today, samples, seed, volume, ioRatio, assumptions } };
}

// The zod-free checks of the profile's money and what-if fields (volume, ioRatio, assumptions), the same
// verdicts and output as zod's Profile (test/profile-check.test.ts holds them together).

type Fail = (path: (string | number)[], message: string) => void;

export function checkVolume(value: unknown, fail: Fail): Profile['volume'] {
  if (value === undefined) return {};
  if (!isObject(value)) {
    fail(['volume'], 'must be an object of monthly tokens per workload');
    return {};
  }
  const volume: Record<string, number> = {};
  for (const [key, v] of Object.entries(value)) {
    if (key === '__proto__') continue;
    if (!ID_RE.test(key)) fail(['volume', key], ID_MESSAGE);
    else if (!isNumber(v) || v < 0) fail(['volume', key], 'must be a number of tokens, 0 or more');
    else volume[key] = v;
  }
  return volume;
}

export function checkIoRatio(value: unknown, fail: Fail): Profile['ioRatio'] {
  if (value === undefined) return { input: 3, output: 1 };
  const ok = isObject(value) && Object.keys(value).every((k) => k === 'input' || k === 'output');
  const { input, output } = ok ? value : {};
  if (!ok || !isNumber(input) || !isNumber(output) || input <= 0 || output <= 0) {
    fail(['ioRatio'], 'must be { input, output }, two numbers above 0');
    return { input: 3, output: 1 };
  }
  return { input, output };
}

export function checkAssumptions(value: unknown, fail: Fail): Profile['assumptions'] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(['assumptions'], 'must be a list of { model, key, value }');
    return [];
  }
  const out: Profile['assumptions'] = [];
  value.forEach((a: unknown, i) => {
    const ok = isObject(a) && Object.keys(a).every((k) => k === 'model' || k === 'key' || k === 'value');
    if (!ok || typeof a.model !== 'string' || !ID_RE.test(a.model) || typeof a.key !== 'string' || !ID_RE.test(a.key)) {
      fail(['assumptions', i], 'must be { model, key, value } with a model id and a requirement or benchmark id');
      return;
    }
    const v = a.value;
    if (!(v === 'yes' || v === 'no' || v === 'unknown' || isNumber(v))) {
      fail(['assumptions', i, 'value'], 'must be "yes", "no", "unknown" or a number');
      return;
    }
    out.push({ model: a.model, key: a.key, value: v });
  });
  return out;
}

// A requirement in a profile is one requirement id, or alternatives written "a|b": either one will do. Kept
// apart from schema.ts so the engine's zod-free profile check (profile-check.ts) can use it.

const ID = '(?!(?:constructor|prototype)(?:$|\\|))[a-z0-9][a-z0-9._-]{0,63}';
export const REQUIREMENT_RE = new RegExp(`^${ID}(?:\\|${ID})*$`);
export const REQUIREMENT_MESSAGE = `must be a requirement id, or alternatives written "a|b"; each id ${ID_MESSAGE}`;

/** "self-host|fine-tune" → ["self-host", "fine-tune"], duplicates dropped, order kept. */
export const alternativesOf = (requirement: string): string[] => [...new Set(requirement.split('|'))];

/** The canonical spelling: alternatives sorted and deduplicated, so "b|a" and "a|b" are one requirement. */
export const canonicalRequirement = (requirement: string): string => alternativesOf(requirement).sort().join('|');
