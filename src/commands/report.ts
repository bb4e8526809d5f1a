import { resolve } from 'node:path';
import { recommendPlanned } from '../api.js';
import type { LoadResult } from '../dataset/bundle.js';
import type { Plan } from '../engine/profile.js';
import type { Recommendation } from '../engine/schema.js';
import { EXIT } from '../errors.js';
import type { Input } from '../files/write.js';
import { jsonText, shownPath, warningLine } from '../render/sanitize.js';
import type { Format } from './flags.js';
import { profileFromAnswers } from './profile.js';
import { type Io, loadFor, type ReportOutput, type ReportRequest } from './shared.js';

// A recommendation report, printed (and saved with --out): what `recommend` ends with, and what the
// questionnaire shows (`ask` imports this module only when the report is due).

/** Answers → the report: loads the data, checks the profile (naming the answers file), prints and saves it. */
export async function runReport(req: ReportRequest, io: Io, seen?: (rec: Recommendation) => void): Promise<number> {
  const loaded = await loadFor(req.data, req.today, io);
  const plan = profileFromAnswers(req.answers, loaded.dataset, req.today, { file: req.answersFile, assume: req.assume });
  return printReport(loaded, plan, req, io, seen);
}

/** Prints (and optionally saves) the report on a checked profile; returns its exit code. */
export async function printReport(
  loaded: LoadResult,
  plan: Plan,
  req: ReportOutput,
  io: Io,
  seen?: (rec: Recommendation) => void,
): Promise<number> {
  const rec = recommendPlanned(loaded, plan);
  seen?.(rec);
  const explain = req.explain ?? false;
  if (req.out !== undefined) {
    // The file gets plain text (no colour); the terminal still gets the table unless the format is JSON.
    (await import('../files/write.js')).writeFileSafely(req.out, await render(rec, req.format, io, explain, true), {
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
export function inputsOf(data: readonly string[] | undefined, answers: string | undefined, io: Io): Input[] {
  const input = (flag: string, path: string) => ({ flag, path: resolve(io.cwd, path), shown: path });
  const files = (data ?? []).map((path) => input('--data', path));
  return answers === undefined ? files : [...files, input('--answers', answers)];
}

/** 3 when a workload that carries weight has no eligible model: the report is complete but cannot be acted on. */
function exitCodeOf(rec: Recommendation): number {
  return rec.workloads.some((w) => w.share > 0 && w.recommendation === null) ? EXIT.noEligibleModel : EXIT.ok;
}
