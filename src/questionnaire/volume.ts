import { alternativesOf } from '../engine/profile.js';
import { formatTokens, parseTokens } from '../tokens.js';
import type { QuestionnaireData } from './known.js';
import type { Prompts } from './questions.js';

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
