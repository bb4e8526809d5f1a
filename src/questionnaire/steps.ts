import { alternativesOf } from '../engine/profile.js';
import { listOf } from '../errors.js';
import { COST_WEIGHTS, type CostPreference } from './answers.js';
import type { QuestionnaireData } from './known.js';
import { checkSavePath, fileExists, resolvePath } from './paths.js';
import type { Choice, Prompts } from './questions.js';

// Steps 2–5 of the questionnaire, each a function of the prompts, the dataset and the pre-filled answer.

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
