import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { alternativesOf } from '../engine/profile-shape.js';
import { listOf } from '../errors.js';
import { formatTokens, parseTokens } from '../tokens.js';
import type { QuestionnaireData } from './answers.js';
import { COST_WEIGHTS, type CostPreference } from './answers.js';
import type { Choice, Prompts } from './questions.js';

// Steps 2–5 of the questionnaire (step 1, the mix, is mix.ts): requirements, cost, volume, exclusions and output,
// each a function of the prompts, the dataset and the pre-filled answer; and the checks of a path typed as an answer.

export async function askRequirements(prompts: Prompts, data: QuestionnaireData, chosen: readonly string[]): Promise<string[]> {
  // Alternatives ("a|b") are pre-checked as their parts; the next question asks all or any again.
  const selected = chosen.flatMap(alternativesOf);
  return prompts.askMany({
    message: 'Which of these must a model have? A model without one is ruled out (none is fine).',
    choices: data.requirements.map((r) => ({
      value: r.id,
      name: `${r.label} — ${r.why}`,
      short: r.label,
      checked: selected.includes(r.id),
    })),
  });
}

export interface CostAnswer {
  costPreference: CostPreference;
  costWeight: number;
}

const COST_CHOICES: { value: Exclude<CostPreference, 'custom'>; name: string; short: string }[] = [
  { value: 'quality', name: `Quality first: cost is ignored (cost weight ${COST_WEIGHTS.quality})`, short: 'quality first' },
  { value: 'balanced', name: `Balanced: quality counts most, cost counts too (cost weight ${COST_WEIGHTS.balanced})`, short: 'balanced' },
  { value: 'cost', name: `Cost first: cost counts more than quality (cost weight ${COST_WEIGHTS.cost})`, short: 'cost first' },
];

/** What a cost weight does to the score, in one line. */
export function costFormula(w: number): string {
  const q = Number.parseFloat((1 - w).toFixed(4));
  return `score = ${q} × quality + ${w} × token efficiency (fewer output tokens: lower cost)`;
}

export async function askCost(prompts: Prompts, prefill: CostAnswer | undefined): Promise<CostAnswer> {
  const choices: Choice<CostPreference>[] = COST_CHOICES.map((c) => ({ ...c, description: costFormula(COST_WEIGHTS[c.value]) }));
  if (prefill?.costPreference === 'custom') {
    const w = prefill.costWeight;
    choices.push({ value: 'custom', name: `Keep the saved cost weight (${w})`, short: `cost weight ${w}`, description: costFormula(w) });
  }
  const costPreference = await prompts.askChoice<CostPreference>({
    message: 'How much does cost matter?',
    choices,
    default: prefill?.costPreference ?? 'quality',
  });
  const costWeight = costPreference === 'custom' ? (prefill?.costWeight ?? 0) : COST_WEIGHTS[costPreference];
  return { costPreference, costWeight };
}

export async function askExclude(prompts: Prompts, data: QuestionnaireData, selected: readonly string[]): Promise<string[]> {
  return prompts.askMany({
    message: 'Any models to leave out? (optional: press Enter to keep them all)',
    choices: data.models.map((m) => ({ value: m.id, name: `${m.name} (${m.vendor})`, short: m.name, checked: selected.includes(m.id) })),
    validate: (ids) => (ids.length >= data.models.length ? 'leave at least one model in, or there is nothing to recommend' : true),
  });
}

/**
 * Why no model that is left meets every requirement, or null if one does. A requirement counts as met
 * only when a source says so: an unknown fact rules a model out, as it does in the report.
 */
export function infeasibility(data: QuestionnaireData, requirements: readonly string[], exclude: readonly string[]): string | null {
  if (requirements.length === 0) return null;
  const left = data.models.filter((m) => !exclude.includes(m.id));
  const meets = (m: (typeof left)[number], r: string) => alternativesOf(r).some((x) => m.governance[x]?.value === 'yes');
  if (left.some((m) => requirements.every((r) => meets(m, r)))) return null;
  const label = (req: string) =>
    alternativesOf(req)
      .map((id) => data.requirements.find((r) => r.id === id)?.label ?? id)
      .join(' or ');
  const where = exclude.length > 0 ? 'that you kept ' : 'in the dataset ';
  const and = (xs: string[]) => listOf(xs).replace(/ or ([^,]*)$/, ' and $1');
  const unmet = requirements.filter((r) => !left.some((m) => meets(m, r)));
  if (unmet.length > 0) {
    return `No model ${where}is known to have ${listOf(unmet.map(label))} (an unknown fact rules a model out), so no workload would get a recommendation.`;
  }
  return `No single model ${where}is known to have all of ${and(requirements.map(label))}, so no workload would get a recommendation.`;
}

export type OutputFormat = 'markdown' | 'json' | 'html';
export interface OutputAnswer {
  format: OutputFormat;
  path: string;
}

const EXT: Record<OutputFormat, string> = { markdown: 'md', json: 'json', html: 'html' };
const LABEL: Record<OutputFormat, string> = { markdown: 'Markdown', json: 'JSON', html: 'HTML' };

export async function askOutput(prompts: Prompts, cwd: string, prefill: OutputAnswer | null | undefined): Promise<OutputAnswer | null> {
  const where = await prompts.askChoice<'terminal' | OutputFormat>({
    message: 'The report is shown here. Save a copy to a file too?',
    choices: [
      { value: 'terminal', name: 'No, just show it here', short: 'no' },
      { value: 'markdown', name: 'Yes, also save it as Markdown (for documents)', short: 'Markdown' },
      { value: 'json', name: 'Yes, also save it as JSON (for tools; validated by "model-advisor schema")', short: 'JSON' },
      { value: 'html', name: 'Yes, also save it as HTML with charts (for a board pack; prints to PDF)', short: 'HTML' },
    ],
    default: prefill?.format ?? 'terminal',
  });
  if (where === 'terminal') return null;
  const example = `model-advisor-report.${EXT[where]}`;
  return {
    format: where,
    path: await askFilePath(
      prompts,
      cwd,
      `Save the ${LABEL[where]} report to:`,
      example,
      prefill?.format === where ? prefill.path : example,
    ),
  };
}

/** Asks for a file to write; an existing file is replaced only when the user says so. */
export async function askFilePath(
  prompts: Prompts,
  cwd: string,
  message: string,
  example: string,
  suggested: string,
  avoid: readonly string[] = [],
  /** A file the user started from: replacing it is the expected answer. */
  own?: string,
): Promise<string> {
  let suggestion = suggested;
  for (;;) {
    const path = (await prompts.askText({ message, default: suggestion, validate: (t) => checkSavePath(t, cwd, example, avoid) })).trim();
    const abs = resolvePath(cwd, path);
    if (!fileExists(abs)) return path;
    if (await prompts.askYesNo({ message: `${path} already exists. Replace it?`, default: own !== undefined && abs === own })) return path;
    suggestion = path;
  }
}

// The money questions: monthly token volume per workload (optional, "don't know" is an answer) and, when
// several requirements are chosen, whether a model needs all of them or any one.

const DONT_KNOW = /^(|-|\?|don'?t know|dk|skip|none)$/i;

/**
 * Monthly tokens for each workload in the mix (input and output together), for a monthly cost in the report.
 * Enter (or "don't know") leaves a workload's volume out; the report then prices per 1M tokens.
 */
export async function askVolume(
  prompts: Prompts,
  workloads: QuestionnaireData['workloads'],
  mix: Record<string, number>,
  prefill: Record<string, number> | undefined,
): Promise<Record<string, number>> {
  const known = await prompts.askChoice<'skip' | 'give'>({
    message: 'Do you know your monthly token volume? It turns the report into a monthly cost.',
    choices: [
      { value: 'skip', name: "Don't know: show prices per 1M tokens", short: "don't know" },
      { value: 'give', name: 'Yes: give tokens per month per workload (e.g. 20M; k, M or B)', short: 'yes' },
    ],
    default: prefill && Object.keys(prefill).length > 0 ? 'give' : 'skip',
  });
  if (known === 'skip') return {};
  const volume: Record<string, number> = {};
  for (const w of workloads) {
    if (!(mix[w.id] && (mix[w.id] as number) > 0)) continue;
    const before = prefill?.[w.id];
    const text = await prompts.askText({
      message: `${w.name} — tokens per month (e.g. 20M; k, M or B; Enter = don't know):`,
      default: before === undefined ? '' : formatTokens(before),
      validate: (t) =>
        DONT_KNOW.test(t.trim()) || parseTokens(t) !== null || 'write a number of tokens, e.g. 20M, 500k or 1.5B (or leave it empty)',
    });
    const tokens = DONT_KNOW.test(text.trim()) ? null : parseTokens(text);
    if (tokens !== null) volume[w.id] = tokens;
  }
  return volume;
}

/** With two or more requirements chosen: must a model have all of them, or is any one enough ("a|b")? */
export async function askAllOrAny(prompts: Prompts, data: QuestionnaireData, chosen: readonly string[]): Promise<string[]> {
  const singles = chosen.flatMap(alternativesOf);
  if (singles.length < 2) return [...chosen];
  const label = (id: string) => data.requirements.find((r) => r.id === id)?.label ?? id;
  const any = await prompts.askChoice<'all' | 'any'>({
    message: 'Must a model have all of these, or is any one of them enough?',
    choices: [
      { value: 'all', name: `All of them: ${singles.map(label).join(' and ')}`, short: 'all' },
      { value: 'any', name: `Any one: ${singles.map(label).join(' or ')}`, short: 'any one' },
    ],
    default: chosen.length === 1 && chosen[0]?.includes('|') ? 'any' : 'all',
  });
  return any === 'any' ? [[...singles].sort().join('|')] : singles;
}

// Where the questionnaire may write a file: checked while the user types, so a bad path is a message
// under the question, never a failure after the report.

function kind(path: string): 'file' | 'folder' | 'other' | 'none' {
  try {
    const s = statSync(path);
    if (s.isDirectory()) return 'folder';
    return s.isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

export function resolvePath(cwd: string, text: string): string {
  return resolve(cwd, text.trim());
}

/** True if the answer names a file we can create or replace; otherwise what to fix. */
export function checkSavePath(text: string, cwd: string, example: string, avoid: readonly string[] = []): true | string {
  const t = text.trim();
  if (t === '') return `enter a file name, e.g. ${example}`;
  const abs = resolvePath(cwd, t);
  if (avoid.includes(abs)) return 'the report is saved there: choose another file name';
  const k = kind(abs);
  if (k === 'folder') return `${t} is a folder: add a file name, e.g. ${join(t, example)}`;
  if (k === 'other') return `${t} is not a regular file: choose another name`;
  if (k === 'none' && kind(dirname(abs)) !== 'folder')
    return `the folder ${dirname(t)} does not exist: create it first, or choose another place`;
  return true;
}

export function fileExists(abs: string): boolean {
  return kind(abs) === 'file';
}

/** A path as the user would type it in a shell command. */
export function shellWord(path: string): string {
  return /^[\w./:@%+=,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
