import { UserError } from '../errors.js';
import { resolveFormat } from './flags.js';
import type { DataOptions } from './options.js';
import { type ProfileFlags, profileFromFlags } from './profile.js';
import { inputsOf, printReport, runReport } from './report.js';
import { type Io, loadFor, todayFrom } from './shared.js';

// `model-advisor recommend`: a report from flags, or replayed from a saved answers file (--answers).

export interface RecommendOptions extends DataOptions, ProfileFlags {
  today?: string;
  format?: string;
  json?: boolean;
  out?: string;
  explain?: boolean;
  answers?: string;
}

/** Flags that shape the profile: an answers file already holds them, so they cannot be combined. */
const PROFILE_FLAGS = [
  ['mix', '--mix'],
  ['require', '--require'],
  ['exclude', '--exclude'],
  ['costWeight', '--cost-weight'],
  ['asOf', '--as-of'],
  ['samples', '--samples'],
  ['seed', '--seed'],
  ['volume', '--volume'],
  ['ioRatio', '--io-ratio'],
] as const;

export async function runRecommend(opts: RecommendOptions, io: Io): Promise<number> {
  const format = resolveFormat(opts);
  const today = todayFrom(opts, io.env);
  const output = { format, ...(opts.out !== undefined ? { out: opts.out } : {}), explain: Boolean(opts.explain) };
  // Where the report goes is checked before any work: a device, a folder or an input is refused at once.
  // The file writer (and node:crypto with it) is loaded only for --out.
  const checkOut = async (data: string[] | undefined) => {
    if (opts.out === undefined) return;
    (await import('../files/write.js')).checkWriteTarget(opts.out, { what: '--out', inputs: inputsOf(data, opts.answers, io) });
  };
  if (opts.answers === undefined) {
    await checkOut(opts.data);
    const loaded = await loadFor(opts.data, today, io);
    return printReport(loaded, profileFromFlags(opts, loaded.dataset, today), output, io);
  }
  const clash = PROFILE_FLAGS.find(([key]) => opts[key] !== undefined);
  if (clash) {
    throw new UserError(
      `--answers replays a saved profile, so ${clash[1]} cannot be added; edit the file (or re-run "model-advisor ask --answers ${opts.answers}")`,
    );
  }
  // Replays exactly: the saved profile and overlays; --data, if given, replaces the saved overlays. A what-if
  // on a saved profile: --assume adds to the replay and marks the report hypothetical.
  const { readAnswersFile } = await import('../questionnaire/answers.js');
  const answers = readAnswersFile(opts.answers);
  const data = opts.data ?? answers.data;
  await checkOut(data);
  const assume = opts.assume !== undefined ? { assume: opts.assume } : {};
  return runReport({ answers, today, ...output, ...(data ? { data } : {}), answersFile: opts.answers, ...assume }, io);
}
