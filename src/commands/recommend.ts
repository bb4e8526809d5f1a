import { resolve } from 'node:path';
import { recommend } from '../api.js';
import type { LoadResult } from '../dataset/bundle.js';
import { loadDatasetLazily } from '../dataset/bundle.js';
import type { Dataset } from '../dataset/schema.js';
import { SAMPLES, SEED } from '../engine/method.js';
import type { ProfileInput, Recommendation } from '../engine/schema.js';
import { EXIT, UserError } from '../errors.js';
import { checkWriteTarget, type Input, writeFileSafely } from '../files/write.js';
import { jsonText, shownPath, warningLine } from '../render/sanitize.js';
import { resolveToday } from '../today.js';
import { withImports } from './dataset.js';
import type { Io } from './io.js';
import type { DataOptions } from './options.js';
import { type Format, parseDate, parseIdList, parseInteger, parseMix, parseUnit, resolveFormat } from './parse.js';
import { type MoneyOptions, moneyProfile, parseRequirements } from './parse-money.js';

export interface RecommendOptions extends DataOptions, MoneyOptions {
  mix?: string;
  require?: string;
  exclude?: string;
  costWeight?: string;
  asOf?: string;
  today?: string;
  samples?: string;
  seed?: string;
  format?: string;
  json?: boolean;
  out?: string;
  explain?: boolean;
  answers?: string;
}

export interface ReportRequest {
  profile: ProfileInput;
  format: Format;
  out?: string;
  explain?: boolean;
  data?: string[];
  /** The answers file the profile came from: like each --data file, never overwritten by --out. */
  answersFile?: string;
}

/** Flags → the one Profile shape. Valid names come from the dataset, so overlays extend them. */
export function profileFromFlags(opts: RecommendOptions, d: Dataset, env: NodeJS.ProcessEnv): ProfileInput {
  const workloads = d.workloads.map((w) => w.id);
  return {
    mix: opts.mix !== undefined ? parseMix(opts.mix, workloads) : Object.fromEntries(workloads.map((w) => [w, 1])),
    requirements:
      opts.require !== undefined
        ? parseRequirements(
            opts.require,
            d.requirements.map((r) => r.id),
          )
        : [],
    exclude:
      opts.exclude !== undefined
        ? parseIdList(
            '--exclude',
            opts.exclude,
            d.models.map((m) => m.id),
            'model',
          )
        : [],
    ...(opts.costWeight !== undefined ? { costWeight: parseUnit('--cost-weight', opts.costWeight) } : {}),
    asOf: opts.asOf !== undefined ? parseDate('--as-of', opts.asOf) : null,
    today: todayFrom(opts, env),
    ...(opts.samples !== undefined ? { samples: parseInteger('--samples', opts.samples, SAMPLES.min, SAMPLES.max) } : {}),
    ...(opts.seed !== undefined ? { seed: parseInteger('--seed', opts.seed, SEED.min, SEED.max) } : {}),
    ...moneyProfile(opts, workloads),
  };
}

export const todayFrom = (opts: { today?: string }, env: NodeJS.ProcessEnv) =>
  resolveToday(opts.today !== undefined ? parseDate('--today', opts.today) : undefined, env);

/** The bundled data plus the user's overlays; what they override becomes report warnings. */
export async function loadFor(data: string[] | undefined, today: string, io: Io): Promise<LoadResult> {
  // The working folder is asked for only when there are files to find in it (it may have been deleted).
  const overlays = await withImports(data ?? [], io, today);
  return loadDatasetLazily({ overlays, ...(overlays.length ? { cwd: io.cwd } : {}), today });
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
  const checkOut = (data: string[] | undefined) => {
    if (opts.out !== undefined) checkWriteTarget(opts.out, { what: '--out', inputs: inputsOf(data, opts.answers, io) });
  };
  if (opts.answers === undefined) {
    checkOut(opts.data);
    const loaded = await loadFor(opts.data, today, io);
    return report(loaded, { profile: profileFromFlags(opts, loaded.dataset, io.env), ...output }, io);
  }
  const clash = PROFILE_FLAGS.find(([key]) => opts[key] !== undefined);
  if (clash) {
    throw new UserError(
      `--answers replays a saved profile, so ${clash[1]} cannot be added; edit the file (or re-run "model-advisor ask --answers ${opts.answers}")`,
    );
  }
  // Replays exactly: the saved profile and overlays; --data, if given, replaces the saved overlays.
  const { readAnswersFile, answersToProfile } = await import('../questionnaire/answers.js');
  const { checkAnswerIds } = await import('../questionnaire/answers.js');
  const answers = readAnswersFile(opts.answers);
  const data = opts.data ?? answers.data;
  checkOut(data);
  const loaded = await loadFor(data, today, io);
  checkAnswerIds(answers, loaded.dataset, opts.answers);
  // A what-if on a saved profile: --assume adds to the replay and marks the report hypothetical.
  const profile = { ...answersToProfile(answers, today), ...moneyProfile({ assume: opts.assume }, []) };
  return report(loaded, { profile, ...output, ...(data ? { data } : {}), answersFile: opts.answers }, io);
}

/** Loads the data and prints (and optionally saves) the report; the questionnaire calls this too. */
export async function runReport(req: ReportRequest, io: Io, seen?: (rec: Recommendation) => void): Promise<number> {
  const today = req.profile.today;
  return report(await loadFor(req.data, today, io), req, io, seen);
}

async function report(loaded: LoadResult, req: ReportRequest, io: Io, seen?: (rec: Recommendation) => void): Promise<number> {
  const rec = recommend(loaded, req.profile);
  seen?.(rec);
  const explain = req.explain ?? false;
  if (req.out !== undefined) {
    // The file gets plain text (no colour); the terminal still gets the table unless the format is JSON.
    writeFileSafely(req.out, await render(rec, req.format, io, explain, true), {
      what: '--out',
      inputs: inputsOf(req.data, req.answersFile, io),
    });
    io.err(`Wrote ${req.format} report to ${shownPath(req.out)}\n`);
    if (req.format !== 'json') io.out(await render(rec, 'table', io, explain, false));
  } else {
    io.out(await render(rec, req.format, io, explain, false));
  }
  // The table carries its own warnings; when the terminal gets no table, they go to stderr.
  const tableShown = req.format === 'table' || (req.out !== undefined && req.format !== 'json');
  if (!tableShown) for (const w of rec.warnings) io.err(warningLine(w.message));
  return exitCodeOf(rec);
}

// Each renderer is imported only for its format: `--json` never loads chalk or the table library (README.md, "Performance").
async function render(rec: Recommendation, format: Format, io: Io, explain: boolean, toFile: boolean): Promise<string> {
  if (format === 'json') return jsonText(rec);
  if (format === 'markdown') return (await import('../render/markdown.js')).renderMarkdown(rec, { explain });
  if (format === 'html') return (await import('../render/html.js')).renderHtml(rec);
  const [{ makeChalk }, { renderTableReport }] = await Promise.all([import('../render/table.js'), import('../render/report-table.js')]);
  // A file never gets colour, whatever FORCE_COLOR says.
  const chalk = makeChalk(toFile ? { NO_COLOR: '1' } : io.env, io.stdoutIsTTY && !toFile);
  return renderTableReport(rec, { chalk, width: toFile ? 100 : io.columns, explain });
}

/** The files this run reads, which --out must not replace. */
function inputsOf(data: readonly string[] | undefined, answers: string | undefined, io: Io): Input[] {
  const input = (flag: string, path: string) => ({ flag, path: resolve(io.cwd, path), shown: path });
  const files = (data ?? []).map((path) => input('--data', path));
  return answers === undefined ? files : [...files, input('--answers', answers)];
}

/** 3 when a workload that carries weight has no eligible model: the report is complete but cannot be acted on. */
export function exitCodeOf(rec: Recommendation): number {
  return rec.workloads.some((w) => w.share > 0 && w.recommendation === null) ? EXIT.noEligibleModel : EXIT.ok;
}
