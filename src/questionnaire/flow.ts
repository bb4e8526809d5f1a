import type { ReportRequest } from '../commands/shared.js';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../engine/schema.js';
import type { QuestionnaireData } from './answers.js';
import { ANSWERS_VERSION, type Answers } from './answers.js';
import { askMix } from './mix.js';
import type { Prompts } from './questions.js';
import {
  askAllOrAny,
  askCost,
  askExclude,
  askFilePath,
  askOutput,
  askRequirements,
  askVolume,
  infeasibility,
  resolvePath,
  shellWord,
} from './steps.js';

// The questionnaire's logic. It never imports the prompt library and never prints: questions go
// through `prompts`, notes through `say`, the report through `report`, files through `saveAnswers`.

export type { ReportRequest };

export interface FlowDeps {
  prompts: Prompts;
  data: QuestionnaireData;
  /** One or more lines for the user, between questions. */
  say: (text: string) => void;
  /** Prints the report on these answers (and writes `out`, if any); returns the exit code: 0, or 3 when a workload has no eligible model. */
  report: (req: ReportRequest) => Promise<number>;
  saveAnswers: (path: string, answers: Answers) => Promise<void>;
  /** The line that ends the session (the report's picks again), or null. */
  closing?: () => Promise<string | null>;
  /** "Today" for the report (YYYY-MM-DD); never stored in the answers. */
  today: string;
  /** Relative file names resolve against this. */
  cwd: string;
}

export interface FlowOptions {
  /** Answers to pre-fill every question with. */
  prefill?: Answers | undefined;
  /** The file they came from, offered again when saving. */
  prefillFile?: string | undefined;
  /** Dataset overlay files in use (--data), kept in the saved answers. */
  overlays?: readonly string[];
}

const ANSWERS_EXAMPLE = 'model-advisor-answers.json';

/** Steps 1–5: the answers that shape the report. */
export async function askAnswers(deps: FlowDeps, opts: FlowOptions = {}): Promise<Answers> {
  const { prompts, data, say } = deps;
  const pre = opts.prefill;
  const mix = await askMix(prompts, say, data.workloads, pre);
  let requirements = await askAllOrAny(prompts, data, await askRequirements(prompts, data, pre?.requirements ?? []));
  const cost = await askCost(prompts, pre);
  const volume = await askVolume(prompts, data.workloads, mix.mix, pre?.volume);
  let exclude = await askExclude(prompts, data, pre?.exclude ?? []);
  for (let problem = infeasibility(data, requirements, exclude); problem !== null; problem = infeasibility(data, requirements, exclude)) {
    say(problem);
    const next = await prompts.askChoice<'requirements' | 'exclude' | 'keep'>({
      message: 'What now?',
      choices: [
        { value: 'requirements', name: 'Change the requirements', short: 'change the requirements' },
        ...(exclude.length > 0
          ? [{ value: 'exclude' as const, name: 'Change the models to leave out', short: 'change the models left out' }]
          : []),
        { value: 'keep', name: 'Keep them: the report will show why each model is ruled out', short: 'keep them' },
      ],
      default: 'requirements',
    });
    if (next === 'keep') break;
    if (next === 'requirements') requirements = await askAllOrAny(prompts, data, await askRequirements(prompts, data, requirements));
    else exclude = await askExclude(prompts, data, exclude);
  }
  const output = await askOutput(prompts, deps.cwd, pre?.output);
  const overlays = [...(opts.overlays ?? pre?.data ?? [])];
  return {
    version: ANSWERS_VERSION,
    mix: mix.mix,
    mixInput: mix.mixInput,
    requirements,
    exclude,
    costPreference: cost.costPreference,
    costWeight: cost.costWeight,
    asOf: pre?.asOf ?? null,
    samples: pre?.samples ?? DEFAULT_SAMPLES,
    seed: pre?.seed ?? DEFAULT_SEED,
    output,
    ...(overlays.length > 0 ? { data: overlays } : {}),
    ...(Object.keys(volume).length > 0 ? { volume } : {}),
    ...(pre?.ioRatio ? { ioRatio: pre.ioRatio } : {}),
  };
}

function intro(opts: FlowOptions): string {
  const lines = ['A few questions, then the report.', 'Enter accepts the answer in (brackets); Ctrl-C quits without saving anything.'];
  const pre = opts.prefill;
  if (pre) {
    lines.push(`Every answer is pre-filled from ${opts.prefillFile ?? 'your answers file'}: press Enter to keep it, or change it.`);
    const kept = [
      pre.asOf !== null ? `evidence as of ${pre.asOf}` : null,
      pre.samples !== DEFAULT_SAMPLES ? `${pre.samples} samples` : null,
      pre.seed !== DEFAULT_SEED ? `seed ${pre.seed}` : null,
    ].filter((x) => x !== null);
    if (kept.length > 0) lines.push(`Also kept from the file: ${kept.join(', ')}.`);
  }
  return lines.join('\n');
}

/**
 * The report on the terminal, and the saved copy if asked for. With a file, the report function
 * prints the table for Markdown but nothing for JSON (so that `--json --out` stays quiet), so for a
 * JSON copy the table is shown first. The engine is deterministic: both runs give the same result.
 */
async function showReport(deps: FlowDeps, answers: Answers, out: string | undefined): Promise<number> {
  const base = { answers, today: deps.today, ...(answers.data ? { data: answers.data } : {}) };
  if (!out || !answers.output) return deps.report({ ...base, format: 'table' });
  if (answers.output.format === 'json') {
    const shown = await deps.report({ ...base, format: 'table' });
    const saved = await deps.report({ ...base, format: 'json', out });
    return Math.max(shown, saved);
  }
  return deps.report({ ...base, format: answers.output.format, out });
}

/** The whole session: questions, the report, and an offer to save the answers. Returns the report's exit code. */
export async function runQuestionnaire(deps: FlowDeps, opts: FlowOptions = {}): Promise<number> {
  const { prompts, say, cwd } = deps;
  say(intro(opts));
  const answers = await askAnswers(deps, opts);
  const out = answers.output ? resolvePath(cwd, answers.output.path) : undefined;
  say('');
  const code = await showReport(deps, answers, out);
  say('');

  const fromFile = opts.prefillFile;
  const save = await prompts.askYesNo({
    message: fromFile
      ? `Save these answers (to ${fromFile} or another file)?`
      : 'Save these answers, to re-run or tweak this report later?',
    default: fromFile !== undefined,
  });
  if (save) {
    const path = await askFilePath(
      prompts,
      cwd,
      'Save the answers to:',
      ANSWERS_EXAMPLE,
      fromFile ?? ANSWERS_EXAMPLE,
      out ? [out] : [],
      fromFile === undefined ? undefined : resolvePath(cwd, fromFile),
    );
    await deps.saveAnswers(resolvePath(cwd, path), answers);
    const file = shellWord(path);
    say(
      [
        `Saved your answers to ${path}.`,
        `  Same report again:   model-advisor recommend --answers ${file}`,
        `  Change one thing:    model-advisor ask --answers ${file}`,
      ].join('\n'),
    );
  }
  const closing = await deps.closing?.();
  if (closing) say(`\n${closing}`);
  return code;
}
