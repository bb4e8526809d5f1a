import type { z } from 'zod';
import type { DatasetPart } from './schema.js';

// The example overlay `data init` writes: a private coding evaluation, a self-hosted model with its governance
// facts, and coding weights that let the private suite count most.

/** Where `data init` writes when no file is named. */
export const TEMPLATE_FILE = 'model-advisor-overlay.json';

/**
 * What the template is built to change, for the README and the round-trip test: on the bundled data
 * the coding pick is expected to be Gemini 3.1 Pro; with the template the private suite carries 70% of
 * coding and Claude Opus 4.6 leads it by 28 points over GPT-5.4, so the pick becomes Claude Opus 4.6.
 */
export const TEMPLATE_CLAIM = { workload: 'coding', before: 'gemini-3.1-pro', after: 'claude-opus-4.6' } as const;

const EVAL = 'our-refactoring-eval';
const PLATFORM = 'our-platform-record';
const SUITE = 'our-refactoring-suite';
const MODEL = 'our-open-coder';

/**
 * An example overlay: a private coding evaluation of two bundled models and a self-hosted
 * open-weight model, the new model with its governance facts, and coding weights that let the
 * private suite count most. Dated `today`, so it never fails the future-date check.
 */
export function overlayTemplate(today: string): z.input<typeof DatasetPart> {
  const cite = { source: PLATFORM, date: today };
  const passed = (model: string, tasks: number) => ({
    model,
    benchmark: SUITE,
    value: tasks / 2,
    source: EVAL,
    date: today,
    note: `${tasks} of 200 tasks passed. EXAMPLE FIGURE: replace it with your own result.`,
  });
  return {
    sources: [
      {
        id: EVAL,
        kind: 'private',
        title: 'Refactoring evaluation: 200 tasks from our own backlog',
        publisher: 'Our platform team',
        date: today,
        evaluators: ['Platform team'],
        note: 'Example written by "model-advisor data init". Private results need no quote; the figures here are illustrations, not measurements.',
      },
      {
        id: PLATFORM,
        kind: 'private',
        title: 'Deployment record of our self-hosted open-weight coding model',
        publisher: 'Our platform team',
        date: today,
        note: 'Example: cite the licence and the deployment you actually run.',
      },
    ],
    benchmarks: [
      {
        id: SUITE,
        name: 'Our refactoring suite',
        measures:
          'Share of 200 refactoring tasks from our own backlog completed with the test suite passing and the change approved in review.',
        scale: {
          kind: 'linear',
          unit: 'percent',
          min: 0,
          max: 100,
          chance: 0,
          rationale: 'Tasks passed, in percent; a task passes or fails as a whole, so there is no guessing floor.',
        },
        higherIsBetter: true,
        caveats: [
          {
            text: 'With 200 tasks a pass rate is uncertain by about ±5–7 points (95% interval): treat smaller gaps between models as a tie.',
          },
        ],
      },
    ],
    models: [
      {
        id: MODEL,
        name: 'Open-weight coder (self-hosted)',
        vendor: 'Self-hosted',
        governance: {
          'open-weights': { value: 'yes', detail: 'weights downloaded and archived', ...cite },
          'self-host': { value: 'yes', detail: 'runs on our own GPU cluster', ...cite },
          'fine-tune': { value: 'yes', detail: 'the licence permits fine-tuning', ...cite },
          'api-ga': { value: 'no', detail: 'no vendor API: our own internal endpoint', ...cite },
          'public-pricing': { value: 'no', detail: 'no per-token price: we pay for our own hardware', ...cite },
          sla: { value: 'no', detail: 'no vendor SLA: our own on-call rota', ...cite },
        },
        caveats: [{ text: 'Example entry: name the exact model and version you run, and check its licence.' }],
      },
    ],
    observations: [passed('claude-opus-4.6', 172), passed('gpt-5.4', 116), passed(MODEL, 136)],
    weights: [
      {
        workload: 'coding',
        benchmark: SUITE,
        weight: 0.7,
        rationale: 'Our own tasks, repositories and review standard: the closest measure of the coding work we actually do.',
      },
      { workload: 'coding', benchmark: 'swe-bench-verified', weight: 0.15 },
      { workload: 'coding', benchmark: 'terminal-bench-2', weight: 0.15 },
    ],
  };
}

/** The template as the file `data init` writes: two-space JSON with a final newline. */
export function templateText(today: string): string {
  return `${JSON.stringify(overlayTemplate(today), null, 2)}\n`;
}
