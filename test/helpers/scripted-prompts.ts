import type { Choice, Prompts } from '../../src/questionnaire/questions.js';

/** Press Enter: take the question's default (text, choice, yes/no) or its pre-checked choices (many). */
export const ENTER = Symbol('enter');
/** Press Ctrl-C. */
export const CTRL_C = Symbol('ctrl-c');

export type Key = string | boolean | readonly string[] | typeof ENTER | typeof CTRL_C;

export interface Asked {
  kind: 'text' | 'choice' | 'many' | 'yesno';
  message: string;
  default?: unknown;
  choices?: Choice<unknown>[];
  /** Validation messages shown, in order, before an answer was accepted. */
  errors: string[];
  answer?: unknown;
}

/** The error Inquirer rejects with on Ctrl-C (matched by name, as the entry does). */
export class ExitPromptError extends Error {
  override name = 'ExitPromptError';
}

/**
 * Prompts that answer from a script, one key per answer attempt, and run the question's own validate
 * on each attempt like Inquirer does: a rejected attempt records its message and takes the next key.
 */
export function scripted(keys: Key[]): { prompts: Prompts; asked: Asked[]; remaining: () => number } {
  const queue = [...keys];
  const asked: Asked[] = [];
  const next = (q: Asked): Exclude<Key, typeof CTRL_C> => {
    const key = queue.shift();
    if (key === undefined) throw new Error(`script ran out of keys at: ${q.message}`);
    if (key === CTRL_C) throw new ExitPromptError('User force closed the prompt with SIGINT');
    return key;
  };
  const attempt = <T>(q: Asked, read: (key: Exclude<Key, typeof CTRL_C>) => T, validate?: (v: T) => true | string): T => {
    asked.push(q);
    for (;;) {
      const value = read(next(q));
      const verdict = validate ? validate(value) : true;
      if (verdict === true) {
        q.answer = value;
        return value;
      }
      q.errors.push(verdict);
    }
  };
  const prompts: Prompts = {
    askText: async (q) =>
      attempt(
        { kind: 'text', message: q.message, default: q.default, errors: [] },
        (key) => {
          if (key === ENTER) return q.default ?? '';
          if (typeof key !== 'string') throw new Error(`text question "${q.message}" needs a string, got ${String(key)}`);
          return key === '' ? (q.default ?? '') : key;
        },
        q.validate,
      ),
    askChoice: async <T>(q: { message: string; choices: Choice<T>[]; default?: T }) =>
      attempt<T>({ kind: 'choice', message: q.message, default: q.default, choices: q.choices as Choice<unknown>[], errors: [] }, (key) => {
        const value = key === ENTER ? (q.default ?? q.choices[0]?.value) : key;
        const found = q.choices.find((c) => c.value === value);
        if (!found)
          throw new Error(`"${String(value)}" is not a choice of "${q.message}": ${q.choices.map((c) => String(c.value)).join(', ')}`);
        return found.value;
      }),
    askMany: async <T>(q: { message: string; choices: Choice<T>[]; validate?: (v: T[]) => true | string }) =>
      attempt<T[]>(
        { kind: 'many', message: q.message, choices: q.choices as Choice<unknown>[], errors: [] },
        (key) => {
          if (key === ENTER) return q.choices.filter((c) => c.checked).map((c) => c.value);
          if (!Array.isArray(key)) throw new Error(`"${q.message}" needs a list of values`);
          return (key as unknown[]).map((v) => {
            const found = q.choices.find((c) => c.value === v);
            if (!found) throw new Error(`"${String(v)}" is not a choice of "${q.message}"`);
            return found.value;
          });
        },
        q.validate,
      ),
    askYesNo: async (q) =>
      attempt({ kind: 'yesno', message: q.message, default: q.default, errors: [] }, (key) => {
        if (key === ENTER) return q.default;
        if (typeof key !== 'boolean') throw new Error(`yes/no question "${q.message}" needs true or false`);
        return key;
      }),
  };
  return { prompts, asked, remaining: () => queue.length };
}
