import { UserError } from './errors.js';

/**
 * "Today" for the report: --today if given, else SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention), else the clock. Fixing it makes JSON output byte-identical.
 */
export function resolveToday(option: string | undefined, env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  if (option !== undefined) return option;
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    if (!/^\d+$/.test(epoch)) throw new UserError(`SOURCE_DATE_EPOCH: "${epoch}" must be whole seconds since 1970-01-01`);
    return new Date(Number(epoch) * 1000).toISOString().slice(0, 10);
  }
  return now().toISOString().slice(0, 10);
}
