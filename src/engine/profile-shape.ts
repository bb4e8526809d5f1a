import { DATE_FORMAT_MESSAGE, DATE_RE, ID_MESSAGE, ID_RE, isIsoDate, REAL_DATE_MESSAGE } from '../dataset/ids.js';
import { COST_WEIGHT, SAMPLES, SEED } from './method.js';
import type { Profile } from './schema.js';

// The rules of zod's Profile (schema.ts) without zod: the first half of checkProfile (profile.ts), which every
// profile goes through on every run. zod's Profile stays the published contract (its JSON Schema, the library's
// export, the Recommendation's echo); test/engine/profile-shape.test.ts holds the two to the same verdicts and the
// same output, key order included. Why not zod: loading it costs ~32 ms of CPU against the 30 ms budget of
// `recommend --json`. Why not zod/mini: measured (27 November 2026), a bundled zod/mini schema like Profile costs
// ~5 ms of every start, this file under 1 ms, and it would be a second schema beside the published one
// (README.md, "Performance").

export interface ProfileIssue {
  path: (string | number)[];
  message: string;
}
export type ShapeCheck = { ok: true; profile: Profile } | { ok: false; issues: ProfileIssue[] };

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

/** Types, bounds and defaults: the profile as zod's Profile would parse it, or every problem with its path. */
export function checkShape(input: unknown): ShapeCheck {
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
    example = '',
  ): number => {
    const { min, max, default: fallback } = bounds;
    const value = input[key];
    if (value === undefined) return fallback;
    if (!isNumber(value) || (integer && !Number.isSafeInteger(value)) || value < min || value > max) {
      fail([key], `must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}${example}`);
      return fallback;
    }
    return value;
  };

  const requirements = ids('requirements');
  const exclude = ids('exclude');
  const costWeight = number('costWeight', COST_WEIGHT, false, ' (e.g. 0.3)');
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

// The money and what-if fields (volume, ioRatio, assumptions).

type Fail = (path: (string | number)[], message: string) => void;

function checkVolume(value: unknown, fail: Fail): Profile['volume'] {
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

function checkIoRatio(value: unknown, fail: Fail): Profile['ioRatio'] {
  if (value === undefined) return { input: 3, output: 1 };
  const ok = isObject(value) && Object.keys(value).every((k) => k === 'input' || k === 'output');
  const { input, output } = ok ? value : {};
  if (!ok || !isNumber(input) || !isNumber(output)) fail(['ioRatio'], 'must be { input, output }, two numbers above 0');
  else if (input <= 0 || output <= 0) fail(['ioRatio'], 'needs input and output both above 0 (e.g. 3:1, the default)');
  else return { input, output };
  return { input: 3, output: 1 };
}

function checkAssumptions(value: unknown, fail: Fail): Profile['assumptions'] {
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
// here so that schema.ts builds its zod type from the same pattern.

const ID = '(?!(?:constructor|prototype)(?:$|\\|))[a-z0-9][a-z0-9._-]{0,63}';
export const REQUIREMENT_RE = new RegExp(`^${ID}(?:\\|${ID})*$`);
export const REQUIREMENT_MESSAGE = `must be a requirement id, or alternatives written "a|b"; each id ${ID_MESSAGE}`;

/** "self-host|fine-tune" → ["self-host", "fine-tune"], duplicates dropped, order kept. */
export const alternativesOf = (requirement: string): string[] => [...new Set(requirement.split('|'))];

/** The canonical spelling: alternatives sorted and deduplicated, so "b|a" and "a|b" are one requirement. */
export const canonicalRequirement = (requirement: string): string => alternativesOf(requirement).sort().join('|');
