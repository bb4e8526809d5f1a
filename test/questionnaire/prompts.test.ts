import { render } from '@inquirer/testing';
import { describe, expect, it } from 'vitest';
import { askAnswers, type FlowDeps } from '../../src/questionnaire/flow.js';
import { makePrompts, type PromptContext } from '../../src/questionnaire/prompts.js';
import type { Prompts } from '../../src/questionnaire/questions.js';
import { makeChalk } from '../../src/render/table.js';
import { fakeTerminal, settle } from '../helpers/fake-terminal.js';

// The Inquirer side of the askX functions, on in-memory streams: keystrokes in, screen out.

const plain = makeChalk({ NO_COLOR: '1' }, true);
const coloured = makeChalk({ FORCE_COLOR: '1' }, true);
// biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR (colour) escape is what is being looked for
const SGR = /\x1b\[[0-9;]*m/;

/** Renders one askX question with @inquirer/testing. */
function ask<T>(q: (p: Prompts) => Promise<T>, chalk = plain) {
  return render((_: null, context?: PromptContext) => q(makePrompts(chalk, context)) as never, null);
}

describe('prompts (Inquirer)', () => {
  it('askText shows the default, runs the validation inline and keeps asking until it passes', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.askText({ message: 'Coding share:', default: '20', validate: (t) => (t === '-1' ? 'a share cannot be negative' : true) }),
    );
    expect(getScreen()).toBe('? Coding share: (20)');
    events.type('-1');
    events.keypress('enter');
    await new Promise((r) => setTimeout(r, 10));
    expect(getScreen()).toContain('> a share cannot be negative');
    events.keypress('backspace');
    events.keypress('backspace');
    events.keypress('enter');
    await expect(answer).resolves.toBe('20');
  });

  it('askChoice starts on the default and returns the value', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.askChoice({
        message: 'Cost?',
        choices: [
          { value: 'quality', name: 'Quality first' },
          { value: 'balanced', name: 'Balanced' },
        ],
        default: 'balanced',
      }),
    );
    expect(getScreen()).toContain('❯ Balanced');
    events.keypress('enter');
    await expect(answer).resolves.toBe('balanced');
  });

  it('askMany shows every choice with its explanation, pre-checks, and validates', async () => {
    const { answer, events, getScreen } = await ask((p) =>
      p.askMany({
        message: 'Leave out?',
        choices: [
          { value: 'a', name: 'Alpha — the first', checked: true },
          { value: 'b', name: 'Beta — the second' },
        ],
        validate: (v) => (v.length === 2 ? 'leave at least one model in' : true),
      }),
    );
    expect(getScreen()).toContain('◉ Alpha — the first');
    expect(getScreen()).toContain('◯ Beta — the second');
    events.keypress('down');
    events.keypress('space');
    events.keypress('enter');
    await new Promise((r) => setTimeout(r, 10));
    expect(getScreen()).toContain('> leave at least one model in');
    events.keypress('space');
    events.keypress('enter');
    await expect(answer).resolves.toEqual(['a']);
  });

  it('askYesNo takes the default on Enter', async () => {
    const { answer, events, getScreen } = await ask((p) => p.askYesNo({ message: 'Save?', default: false }));
    expect(getScreen()).toBe('? Save? (y/N)');
    events.keypress('enter');
    await expect(answer).resolves.toBe(false);
  });

  it('uses no colour when NO_COLOR is set, and colour when forced', async () => {
    const q = (p: Prompts) => p.askText({ message: 'Share:', default: '1', validate: () => 'nope' });
    const off = await ask(q, plain);
    off.events.keypress('enter');
    await new Promise((r) => setTimeout(r, 10));
    expect(off.getFullOutput()).toContain('> nope');
    expect(off.getFullOutput()).not.toMatch(SGR);

    const on = await ask(q, coloured);
    expect(on.getScreen({ raw: true })).toMatch(SGR);
  });

  it('Ctrl-C rejects with ExitPromptError', async () => {
    const { answer, events } = await ask((p) => p.askText({ message: 'Share:' }));
    events.keypress({ name: 'c', ctrl: true });
    await expect(answer).rejects.toMatchObject({ name: 'ExitPromptError' });
  });

  it('drives the real flow: the running total, a share over what is left, and the answers', async () => {
    const data: FlowDeps['data'] = {
      workloads: [
        { id: 'a', name: 'A', description: 'First.' },
        { id: 'b', name: 'B', description: 'Second.' },
      ],
      requirements: [{ id: 'r', label: 'R', why: 'Because.' }],
      models: [{ id: 'm', name: 'M', vendor: 'V', governance: { r: { value: 'yes' } } }],
    };
    const term = fakeTerminal();
    const answers = askAnswers({
      prompts: makePrompts(plain, term.context),
      data,
      say: () => {},
      report: async () => 0,
      saveAnswers: async () => {},
      today: '2026-11-21',
      cwd: '/',
    });
    const type = async (keys: string) => {
      term.keys(keys);
      await settle();
    };
    await type('\r'); // percentages
    expect(term.text()).toContain('? A — First.\n  % of your usage (0 so far, 100 left): (0)');
    await type('70\r');
    expect(term.text()).toContain('? B — Second.\n  % of your usage (70 so far, 30 left): (30)');
    await type('50\r');
    expect(term.text()).toContain('> that would bring the total to 120%: at most 30% is left');
    await type('\x7f\x7f\r'); // erase, then Enter takes the default: the 30 that is left
    expect(term.text()).toContain('R — Because.');
    await type(' \r'); // tick the requirement
    await type('\x1b[B\r'); // balanced
    await type('\r'); // monthly volume: don't know
    await type('\r'); // leave nothing out
    await type('\r'); // terminal only
    await expect(answers).resolves.toMatchObject({ mix: { a: 70, b: 30 }, requirements: ['r'], costWeight: 0.3, output: null });
    expect(term.raw()).not.toMatch(SGR);
  });

  it('Ctrl-C typed at a question rejects the flow with ExitPromptError', async () => {
    const term = fakeTerminal();
    const answers = askAnswers({
      prompts: makePrompts(plain, term.context),
      data: { workloads: [{ id: 'a', name: 'A', description: 'First.' }], requirements: [], models: [] },
      say: () => {},
      report: async () => 0,
      saveAnswers: async () => {},
      today: '2026-11-21',
      cwd: '/',
    });
    await settle();
    term.keys('\r5');
    await settle();
    term.keys('\x03');
    await expect(answers).rejects.toMatchObject({ name: 'ExitPromptError' });
  });
});
