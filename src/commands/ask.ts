import { loadDatasetLazily } from '../dataset/bundle.js';
import type { Recommendation } from '../engine/schema.js';
import { UserError } from '../errors.js';
import { checkAnswerIds, readAnswersFile, writeAnswersFile } from '../questionnaire/answers.js';
import { runQuestionnaire } from '../questionnaire/flow.js';
import { makePrompts } from '../questionnaire/prompts.js';
import { warningLine } from '../render/sanitize.js';
import { makeChalk } from '../render/table.js';
import { resolveToday } from '../today.js';
import { withImports } from './dataset.js';
import type { Io } from './io.js';
import type { DataOptions } from './options.js';

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
  const { dataset, warnings } = await loadDatasetLazily({
    overlays: await withImports(overlays, io, today),
    ...(overlays.length ? { cwd: io.cwd } : {}),
    today,
  });
  for (const w of warnings) io.err(warningLine(w));
  if (prefill && opts.answers !== undefined) checkAnswerIds(prefill, dataset, opts.answers);
  // The last report's picks end the session, after the save prompt has pushed the report up the screen.
  let last: Recommendation | undefined;
  return runQuestionnaire(
    {
      prompts: makePrompts(makeChalk(io.env, io.stdoutIsTTY)),
      data: dataset,
      say: (text) => io.out(`${text}\n`),
      // The engine loads only when the report is due, so the first question shows sooner.
      report: async (req) =>
        (await import('./recommend.js')).runReport(req, io, (rec) => {
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
