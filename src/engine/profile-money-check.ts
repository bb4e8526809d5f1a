import { ID_MESSAGE, ID_RE } from '../dataset/ids.js';
import type { Profile } from './schema.js';

// The zod-free checks of the profile's money and what-if fields (volume, ioRatio, assumptions), the same
// verdicts and output as zod's Profile (test/profile-check.test.ts holds them together).

type Fail = (path: (string | number)[], message: string) => void;

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);

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
