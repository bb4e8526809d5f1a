import { jsonPath } from '../dataset/findings.js';
import type { Dataset } from '../dataset/schema.js';
import { checkProfile, type Plan, type ProfileIssue, planOrThrow } from '../engine/profile.js';
import type { ProfileInput } from '../engine/schema.js';
import type { Answers } from '../questionnaire/answers.js';
import { quoted, shownPath } from '../render/sanitize.js';
import {
  parseAssumption,
  parseDate,
  parseIdList,
  parseIoRatio,
  parseMix,
  parseNumber,
  parseRequirements,
  parseVolume,
  parseWholeNumber,
} from './flags.js';

// The profile from each place it comes from: flags, or answers (an answers file, or the questionnaire's own).
// Each goes through the one check (checkProfile, src/engine/profile.ts), and a problem names its place the way
// the user wrote it: the flag and its value, or the file and the JSON path. The library names its own
// (src/api.ts, "profile: samples").

/** The flags that shape a profile, as commander gives them (text). */
export interface ProfileFlags {
  mix?: string;
  require?: string;
  exclude?: string;
  costWeight?: string;
  asOf?: string;
  samples?: string;
  seed?: string;
  volume?: string;
  ioRatio?: string;
  assume?: string[];
}

/** Each field of a profile, the flag that sets it and that flag's option key. */
const FLAGS: Record<keyof Required<ProfileInput>, readonly [string, keyof ProfileFlags | 'today']> = {
  mix: ['--mix', 'mix'],
  requirements: ['--require', 'require'],
  exclude: ['--exclude', 'exclude'],
  costWeight: ['--cost-weight', 'costWeight'],
  asOf: ['--as-of', 'asOf'],
  today: ['--today', 'today'],
  samples: ['--samples', 'samples'],
  seed: ['--seed', 'seed'],
  volume: ['--volume', 'volume'],
  ioRatio: ['--io-ratio', 'ioRatio'],
  assumptions: ['--assume', 'assume'],
};

/** A problem as the flags name it: `--samples: "0" must be …`, `--assume "x:y=1": unknown model …`. */
function flagLine(issue: ProfileIssue, opts: ProfileFlags & { today?: string }): string {
  const [field, item] = issue.path;
  const [flag, key] = FLAGS[field as keyof typeof FLAGS];
  const value = opts[key];
  // A value given whole (--samples 0) is quoted before the rule; one of a repeated flag (--assume) names itself.
  if (typeof value === 'string' && issue.path.length === 1) return `${flag}: ${quoted(value)} ${issue.message}`;
  if (Array.isArray(value) && typeof item === 'number') return `${flag} ${quoted(value[item] ?? '')}: ${issue.message}`;
  return `${flag}: ${issue.message}`;
}

/** Flags → the checked profile. Names come from the dataset, so overlays extend them; no --mix weighs every workload alike. */
export function profileFromFlags(opts: ProfileFlags & { today?: string }, dataset: Dataset, today: string): Plan {
  const workloads = dataset.workloads.map((w) => w.id);
  const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);
  const input = {
    mix: opts.mix !== undefined ? parseMix(opts.mix, workloads) : Object.fromEntries(workloads.map((w) => [w, 1])),
    requirements: opts.require !== undefined ? parseRequirements(opts.require, ids(dataset.requirements)) : [],
    exclude: opts.exclude !== undefined ? parseIdList('--exclude', opts.exclude, ids(dataset.models), 'model') : [],
    ...(opts.costWeight !== undefined ? { costWeight: parseNumber(opts.costWeight) } : {}),
    asOf: opts.asOf !== undefined ? parseDate('--as-of', opts.asOf) : null,
    today,
    ...(opts.samples !== undefined ? { samples: parseWholeNumber(opts.samples) } : {}),
    ...(opts.seed !== undefined ? { seed: parseWholeNumber(opts.seed) } : {}),
    ...(opts.volume !== undefined ? { volume: parseVolume(opts.volume, workloads) } : {}),
    ...(opts.ioRatio !== undefined ? { ioRatio: parseIoRatio(opts.ioRatio) } : {}),
    ...(opts.assume !== undefined ? { assumptions: opts.assume.map(parseAssumption) } : {}),
  };
  return planOrThrow(checkProfile(input, dataset), (issue) => flagLine(issue, opts));
}

/** The profile saved answers describe; "today" is the run's, never the file's. */
export function answersToProfile(a: Answers, today: string): ProfileInput {
  return {
    mix: { ...a.mix },
    requirements: [...a.requirements],
    exclude: [...a.exclude],
    costWeight: a.costWeight,
    asOf: a.asOf,
    today,
    samples: a.samples,
    seed: a.seed,
    ...(a.volume ? { volume: { ...a.volume } } : {}),
    ...(a.ioRatio ? { ioRatio: { ...a.ioRatio } } : {}),
  };
}

export interface AnswersSource {
  /** The answers file, named in each problem with the JSON path; the questionnaire's own answers have none. */
  file?: string | undefined;
  /** --assume on a replay: what-ifs added to the answers, named as flags. */
  assume?: readonly string[] | undefined;
}

/**
 * Answers → the checked profile: `recommend --answers FILE`, the questionnaire's report and `ask --answers FILE`
 * (before the first question). A problem names the file and JSON path (`a.json: $.mix.cooking: unknown workload …`).
 */
export function profileFromAnswers(answers: Answers, dataset: Dataset, today: string, from: AnswersSource = {}): Plan {
  const input = { ...answersToProfile(answers, today), ...(from.assume ? { assumptions: from.assume.map(parseAssumption) } : {}) };
  return planOrThrow(checkProfile(input, dataset), (issue) =>
    // The what-ifs are not in the file: they are the run's --assume flags. "today" is the run's too, but
    // resolveToday has already checked it.
    issue.path[0] === 'assumptions' && from.assume
      ? flagLine(issue, { assume: [...from.assume] })
      : `${from.file === undefined ? 'answers' : shownPath(from.file)}: ${jsonPath(issue.path)}: ${issue.message}`,
  );
}
