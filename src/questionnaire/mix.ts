import type { Prompts } from './questions.js';

// Step 1: how the organisation's AI usage splits across the dataset's workloads, one question per
// workload, as percentages (with a running total that must reach 100) or as relative weights.

export type MixInput = 'percent' | 'weights';

export interface WorkloadInfo {
  id: string;
  name: string;
  description: string;
}

export interface MixAnswer {
  mix: Record<string, number>;
  mixInput: MixInput;
}

/** Floating-point slack for totals such as 33.3 + 33.3 + 33.4. */
const EPS = 1e-9;
const NUMBER_RE = /^(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A number for display: at most two decimals, no trailing zeros. */
export function fmt(n: number): string {
  return String(Number.parseFloat(n.toFixed(2)));
}

/** The share typed by the user ("25", "12.5", "40%"), or what is wrong with it. */
export function parseShare(text: string): number | string {
  const t = text.trim().replace(/%$/, '').trim();
  if (t === '') return 'enter a number (0 if none of your usage is this kind of work)';
  if (t.startsWith('-') && NUMBER_RE.test(t.slice(1).trim())) return 'a share cannot be negative: enter 0 or more';
  if (!NUMBER_RE.test(t)) return `"${text.trim()}" is not a number: enter something like 25 (or 0)`;
  const n = Number(t);
  if (!Number.isFinite(n)) return 'that number is too big: use a smaller one (only the proportions matter)';
  return n;
}

/** The inline check for one workload's answer, given what the earlier workloads already took. */
export function validateShare(text: string, mode: MixInput, allocated: number): true | string {
  const n = parseShare(text);
  if (typeof n === 'string') return n;
  if (mode === 'percent') {
    const left = 100 - allocated;
    if (n > left + EPS) {
      return left <= EPS
        ? 'the total has already reached 100%: enter 0'
        : `that would bring the total to ${fmt(allocated + n)}%: at most ${fmt(left)}% is left`;
    }
  }
  return true;
}

export function shareQuestion(w: WorkloadInfo, mode: MixInput, allocated: number): string {
  const what = `${w.name} — ${w.description}`;
  return mode === 'percent'
    ? `${what}\n  % of your usage (${fmt(allocated)} so far, ${fmt(100 - allocated)} left):`
    : `${what}\n  Relative weight:`;
}

function defaultShare(mode: MixInput, isLast: boolean, allocated: number, previous: number | undefined): string {
  if (mode === 'weights') return fmt(previous ?? 1);
  const left = Math.max(0, 100 - allocated);
  // The last workload gets what is left, so Enter completes the mix; earlier ones never default past 100.
  if (isLast) return fmt(left);
  return fmt(Math.min(previous ?? 0, left));
}

const MODE_CHOICES = [
  { value: 'percent' as const, name: 'Percentages of your AI usage (they must add up to 100)', short: 'percentages' },
  {
    value: 'weights' as const,
    name: 'Relative weights (any numbers of 0 or more; only the proportions matter)',
    short: 'relative weights',
  },
];

export async function askMix(
  prompts: Prompts,
  say: (text: string) => void,
  workloads: readonly WorkloadInfo[],
  prefill: MixAnswer | undefined,
): Promise<MixAnswer> {
  let mode = await prompts.askChoice<MixInput>({
    message: 'How do you want to describe your workload mix?',
    choices: MODE_CHOICES,
    default: prefill?.mixInput ?? 'percent',
  });
  let previous = prefill?.mix;
  for (;;) {
    say(
      mode === 'percent'
        ? 'What share of your AI usage goes to each kind of work? A workload can be 0.'
        : 'How much weight does each kind of work get? A workload can be 0.',
    );
    const mix: Record<string, number> = {};
    let allocated = 0;
    for (const [i, w] of workloads.entries()) {
      const before = allocated;
      const text = await prompts.askText({
        message: shareQuestion(w, mode, before),
        default: defaultShare(mode, i === workloads.length - 1, before, previous?.[w.id]),
        validate: (t) => validateShare(t, mode, before),
      });
      const n = parseShare(text);
      // The prompt only returns answers that passed validateShare, so this is a number.
      mix[w.id] = typeof n === 'number' ? n : 0;
      allocated += mix[w.id] ?? 0;
    }
    previous = mix;
    if (allocated <= EPS) {
      say('Every workload is at 0: give at least one of them a share above 0.');
      continue;
    }
    if (mode === 'percent' && Math.abs(allocated - 100) > EPS) {
      const next = await prompts.askChoice<'again' | 'weights'>({
        message: `The shares add up to ${fmt(allocated)}%, not 100%. What now?`,
        choices: [
          { value: 'again', name: 'Enter the shares again', short: 'enter again' },
          {
            value: 'weights',
            name: `Use them as relative weights (the proportions you entered, out of ${fmt(allocated)})`,
            short: 'relative weights',
          },
        ],
        default: 'again',
      });
      if (next === 'again') continue;
      mode = 'weights';
    }
    return { mix, mixInput: mode };
  }
}
