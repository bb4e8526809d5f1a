import { checkbox, confirm, input, select } from '@inquirer/prompts';
import type { ChalkInstance } from 'chalk';
import type { Prompts } from './questions.js';

// The only module that imports the prompt library. Inquirer colours its prompts on its own (and reads
// the environment once, at load); here its theme is built from our one chalk instance instead, so
// NO_COLOR / FORCE_COLOR mean the same for the questions as for the report.

export interface PromptContext {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

function theme(c: ChalkInstance) {
  const keys = (pairs: [string, string][]) => pairs.map(([key, action]) => `${c.bold(key)} ${c.dim(action)}`).join(c.dim(' • '));
  return {
    prefix: { idle: c.blue('?'), done: c.green('✔') },
    style: {
      answer: c.cyan,
      message: (text: string) => c.bold(text),
      error: (text: string) => c.red(`> ${text}`),
      defaultAnswer: (text: string) => c.dim(`(${text})`),
      help: c.dim,
      highlight: c.cyan,
      key: (text: string) => c.cyan(c.bold(`<${text}>`)),
      description: c.cyan,
      disabled: (text: string) => c.dim(`- ${text}`),
      disabledChoice: (text: string) => c.dim(`- ${text}`),
      keysHelpTip: keys,
    },
  };
}

/** Lines the choices take once wrapped, so that a list of long choices is shown whole when the terminal is tall enough. */
function pageSize(choices: readonly { name: string }[], output: NodeJS.WritableStream): number {
  const { columns, rows } = output as { columns?: number; rows?: number };
  const lines = choices.reduce((n, c) => n + Math.max(1, Math.ceil((c.name.length + 3) / (columns || 80))), 0);
  return Math.max(7, Math.min(lines, (rows || 24) - 6));
}

/** `chalk` decides colour (see makeChalk, render/table.ts); `context` swaps the terminal for streams (tests). */
export function makePrompts(chalk: ChalkInstance, context: PromptContext = {}): Prompts {
  const t = theme(chalk);
  const output = context.output ?? process.stdout;
  return {
    askText: (q) => input({ message: q.message, default: q.default, validate: q.validate, theme: t }, context),
    askChoice: (q) =>
      select({ message: q.message, choices: q.choices, default: q.default, pageSize: pageSize(q.choices, output), theme: t }, context),
    askMany: (q) =>
      checkbox(
        {
          message: q.message,
          choices: q.choices,
          pageSize: pageSize(q.choices, output),
          validate: q.validate ? (chosen) => q.validate?.(chosen.map((c) => c.value)) ?? true : undefined,
          theme: {
            ...t,
            icon: { checked: chalk.green('◉') },
            style: {
              ...t.style,
              renderSelectedChoices: (chosen: readonly { short: string }[]) => chosen.map((c) => c.short).join(', ') || 'none',
            },
          },
        },
        context,
      ),
    askYesNo: (q) => confirm({ message: q.message, default: q.default, theme: t }, context),
  };
}
