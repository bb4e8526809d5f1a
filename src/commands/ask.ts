import type { Recommendation } from '../engine/schema.js';
import { UserError } from '../errors.js';
import { readAnswersFile, writeAnswersFile } from '../questionnaire/answers.js';
import { runQuestionnaire } from '../questionnaire/flow.js';
import { makePrompts } from '../questionnaire/prompts.js';
import { makeChalk } from '../render/table.js';
import { resolveToday } from '../today.js';
import type { DataOptions } from './options.js';
import { profileFromAnswers } from './profile.js';
import { type Io, loadWithOverlays } from './shared.js';

// `model-advisor ask` (and `model-advisor` alone on a terminal): the questionnaire, composed from the
// real pieces. This module is imported only when the questionnaire runs, and with it the prompt library.

export interface AskOptions extends DataOptions {
  /** A saved answers file to pre-fill every question with. */
  answers?: string;
  today?: string;
}

export const NO_TERMINAL =
  'no terminal to ask questions on; run "model-advisor recommend --mix vision=40,coding=60" (or recommend --answers FILE), or see --help';

export async function runAsk(opts: AskOptions, io: Io): Promise<number> {
  if (!io.stdinIsTTY || !io.stdoutIsTTY) throw new UserError(NO_TERMINAL);
  const today = resolveToday(opts.today, io.env);
  const prefill = opts.answers !== undefined ? readAnswersFile(opts.answers) : undefined;
  // The questions come from the data the report will use: --data, else the overlays the answers were saved with.
  const overlays = opts.data ?? prefill?.data ?? [];
  const { dataset } = await loadWithOverlays({ data: overlays }, io, today);
  // Saved answers that do not fit this data (an id it lacks) are refused before the first question, naming the file.
  if (prefill) profileFromAnswers(prefill, dataset, today, { file: opts.answers });
  // The last report's picks end the session, after the save prompt has pushed the report up the screen.
  let last: Recommendation | undefined;
  return runQuestionnaire(
    {
      prompts: makePrompts(makeChalk(io.env, io.stdoutIsTTY)),
      data: dataset,
      say: (text) => io.out(`${text}\n`),
      // The engine loads only when the report is due, so the first question shows sooner.
      report: async (req) =>
        (await import('./report.js')).runReport(req, io, (rec) => {
          last = rec;
        }),
      closing: async () => {
        if (!last) return null;
        const [{ picksLine }, { hanging }] = await Promise.all([import('../render/summary.js'), import('../render/table.js')]);
        return hanging('', picksLine(last), io.columns).join('\n');
      },
      saveAnswers: writeAnswersFile,
      today,
      cwd: io.cwd,
    },
    { prefill, prefillFile: opts.answers, overlays },
  );
}
