import { DATE_FORMAT_MESSAGE, DATE_RE, ID_MESSAGE, ID_RE, REAL_DATE_MESSAGE } from '../dataset/ids.js';
import { isIsoDate } from '../dates.js';
import { COST_WEIGHT, SAMPLES, SEED } from './defaults.js';
import { checkAssumptions, checkIoRatio, checkVolume } from './profile-money-check.js';
import { REQUIREMENT_MESSAGE, REQUIREMENT_RE } from './requirement.js';
import type { Profile } from './schema.js';

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
