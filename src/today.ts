import { isIsoDate } from './dataset/ids.js';
import { UserError } from './errors.js';
import { quoted } from './render/sanitize.js';

// "Today" as a calendar day, from --today, SOURCE_DATE_EPOCH or the clock, so that output can be reproduced.

/** A Date as its UTC calendar day, YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * "Today", for reproducible output: the --today option when given, else SOURCE_DATE_EPOCH (whole
 * seconds since 1970-01-01 UTC, the reproducible-builds convention), else the clock. An empty
 * SOURCE_DATE_EPOCH counts as unset.
 */
export function resolveToday(option: string | undefined, env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  if (option !== undefined) {
    if (!isIsoDate(option)) {
      throw new UserError(`--today ${quoted(option, 40)} is not a date; write it as YYYY-MM-DD, e.g. --today 2026-07-04`);
    }
    return option;
  }
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && epoch !== '') {
    // Up to 9999-12-31T23:59:59Z, so the day is always written YYYY-MM-DD.
    const seconds = /^\d{1,12}$/.test(epoch) && Number(epoch) <= 253_402_300_799 ? Number(epoch) : Number.NaN;
    const date = new Date(seconds * 1000);
    if (Number.isNaN(date.getTime())) {
      throw new UserError(
        `SOURCE_DATE_EPOCH ${quoted(epoch, 40)} is not a whole number of seconds since 1970-01-01 UTC; fix it, or unset it to use the clock`,
      );
    }
    return isoDay(date);
  }
  return isoDay(now());
}
