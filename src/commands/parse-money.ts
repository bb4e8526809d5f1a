import type { Assumption, ProfileInput } from '../engine/schema.js';
import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import { parseTokens } from '../tokens.js';

export { parseTokens } from '../tokens.js';

// Flag values of the money-and-triggers flags → typed values: --volume, --io-ratio, --assume and --require
// with alternatives. Each error names the bad token and how to fix it.

/** "vision=20M,coding=50M" → { vision: 2e7, coding: 5e7 }: known workloads, once each, amounts with k/M/B. */
export function parseVolume(text: string, workloads: readonly string[]): Record<string, number> {
  const valid = `valid workloads: ${listOf(workloads)}`;
  const volume: Record<string, number> = Object.create(null);
  for (const token of text.split(',').map((t) => t.trim())) {
    const eq = token.indexOf('=');
    if (eq < 0) throw new UserError(`--volume: ${quoted(token)} is not WORKLOAD=TOKENS (e.g. coding=50M, with k, M or B); ${valid}`);
    const name = token.slice(0, eq).trim();
    if (!workloads.includes(name)) throw new UserError(`--volume: unknown workload ${quoted(name)}; ${valid}`);
    if (Object.hasOwn(volume, name)) throw new UserError(`--volume: workload ${quoted(name)} is given twice; give each workload once`);
    const tokens = parseTokens(token.slice(eq + 1));
    if (tokens === null)
      throw new UserError(`--volume: ${quoted(token)} is not a number of monthly tokens; write e.g. ${name}=20M (k, M or B)`);
    volume[name] = tokens;
  }
  return { ...volume };
}

/** "3:1" → { input: 3, output: 1 }. */
export function parseIoRatio(text: string): { input: number; output: number } {
  const m = /^\s*(\d+(?:\.\d+)?)\s*:\s*(\d+(?:\.\d+)?)\s*$/.exec(text);
  const [input, output] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
  if (!(input > 0 && output > 0))
    throw new UserError(`--io-ratio: ${quoted(text)} is not INPUT:OUTPUT with two numbers above 0; e.g. 3:1 (the default)`);
  return { input, output };
}

/**
 * "muse-spark:api-ga=yes" or "claude-opus-4.6:terminal-bench-2=74" → an assumption. Which it is (fact or
 * figure) and whether the ids exist is checked against the dataset by the engine.
 */
export function parseAssumption(text: string): Assumption {
  const m = /^\s*([^:=\s]+)\s*:\s*([^:=\s]+)\s*=\s*(\S+)\s*$/.exec(text);
  if (!m) throw new UserError(`--assume: ${quoted(text)} is not MODEL:FACT=VALUE or MODEL:BENCHMARK=FIGURE; e.g. muse-spark:api-ga=yes`);
  const [, model, key, raw] = m as unknown as [string, string, string, string];
  const figure = raw.endsWith('%') ? raw.slice(0, -1) : raw;
  const value = ['yes', 'no', 'unknown'].includes(raw)
    ? (raw as 'yes' | 'no' | 'unknown')
    : /^-?\d+(\.\d+)?$/.test(figure)
      ? Number(figure)
      : null;
  if (value === null)
    throw new UserError(`--assume: ${quoted(text)} has the value ${quoted(raw)}; use yes, no or unknown for a fact, a number for a figure`);
  return { model, key, value };
}

/** "api-ga,self-host|fine-tune" → ["api-ga", "self-host|fine-tune"], each alternative a known requirement. */
export function parseRequirements(text: string, valid: readonly string[]): string[] {
  const out: string[] = [];
  for (const token of text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')) {
    const alternatives = token.split('|').map((t) => t.trim());
    for (const id of alternatives) {
      if (!valid.includes(id)) {
        throw new UserError(
          `--require: unknown requirement ${quoted(id)}; valid requirements: ${listOf(valid)} (write alternatives as a|b)`,
        );
      }
    }
    out.push(alternatives.join('|'));
  }
  return [...new Set(out)];
}

export interface MoneyOptions {
  volume?: string;
  ioRatio?: string;
  assume?: string[];
}

/** The profile fields the money flags set (absent flags leave the defaults). */
export function moneyProfile(opts: MoneyOptions, workloads: readonly string[]): Pick<ProfileInput, 'volume' | 'ioRatio' | 'assumptions'> {
  return {
    ...(opts.volume !== undefined ? { volume: parseVolume(opts.volume, workloads) } : {}),
    ...(opts.ioRatio !== undefined ? { ioRatio: parseIoRatio(opts.ioRatio) } : {}),
    ...(opts.assume !== undefined ? { assumptions: opts.assume.map(parseAssumption) } : {}),
  };
}
