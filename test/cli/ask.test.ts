import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { hasPty, KEY, type PtySession, runOnPty } from '../helpers/pty.js';

// The real built binary on a pseudo-terminal: keystrokes in, screen out.

const TODAY = '2026-11-21';
const requirements = (
  JSON.parse(readFileSync(new URL('../../data/requirements.json', import.meta.url), 'utf8')) as { requirements: { id: string }[] }
).requirements;
const down = (n: number) => KEY.down.repeat(n);

let dir: string;
const sessions: PtySession[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ma-pty-'));
});
afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
});

function ask(args: string[] = ['ask', '--today', TODAY], env: Record<string, string> = {}): PtySession {
  const s = runOnPty(args, { cwd: dir, env });
  sessions.push(s);
  return s;
}

const MIX = 'vision=40,health=10,coding=30,agentic=20,reasoning=0';

/**
 * A workload's share question, still open: its name, the running total and a default in brackets.
 * Matching the name matters: after Enter, a question is drawn once more (with its default) before
 * the next one, so a pattern without the name could match that last drawing and type too early.
 */
function share(name: string, before: number, offered?: number): RegExp {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const shown = offered === undefined ? '\\d+' : String(offered);
  return new RegExp(`${esc(name)} — [^\\n]*\\n {2}% of your usage \\(${before} so far, ${100 - before} left\\): \\(${shown}\\)`);
}

/** Percentages 40/10/30/20/0 for vision, health, coding, agentic, reasoning (the bundled order). */
async function answerMix(s: PtySession): Promise<void> {
  await s.answer('How do you want to describe your workload mix?', KEY.enter);
  await s.answer(share('Vision & documents', 0, 0), `40${KEY.enter}`);
  await s.answer(share('Health Q&A', 40, 0), `10${KEY.enter}`);
  await s.answer(share('Coding', 50, 0), `30${KEY.enter}`);
  await s.answer(share('Agentic multi-step work', 80, 0), `20${KEY.enter}`);
  await s.answer(share('Science & general reasoning', 100, 0), KEY.enter);
}

describe('questionnaire on a terminal (end to end)', () => {
  it('has a pseudo-terminal to run on (python3 with its pty module)', () => {
    expect(hasPty()).toBe(true);
  });

  it('walks from the first question to the report, then saves the answers', async () => {
    const s = ask();
    await answerMix(s);
    await s.answer(
      'Which of these must a model have?',
      `${down(requirements.findIndex((r) => r.id === 'api-ga'))}${KEY.space}${KEY.enter}`,
    );
    await s.expect(/✔ Which of these must a model have\?[^?]*Generally-available API/);
    await s.answer('How much does cost matter?', `${KEY.down}${KEY.enter}`);
    await s.expect(/✔ How much does cost matter\?\s+balanced/);
    await s.answer('Do you know your monthly token volume?', KEY.enter);
    await s.answer('Any models to leave out?', KEY.enter);
    await s.answer('Save a copy to a file too?', KEY.enter);
    // The same report `recommend` prints for the same answers.
    // The terminal is 100 columns wide (pty.ts); piped output is laid out at COLUMNS.
    const same = cli(['recommend', '--mix', MIX, '--require', 'api-ga', '--cost-weight', '0.3', '--today', TODAY], {
      env: { COLUMNS: '100' },
    });
    expect(same.code).toBe(0);
    await s.expect(same.stdout);
    await s.answer('Save these answers, to re-run or tweak this report later? (y/N)', `y${KEY.enter}`);
    await s.answer('Save the answers to: (model-advisor-answers.json)', KEY.enter);
    await s.expect('Same report again:   model-advisor recommend --answers model-advisor-answers.json');
    expect(await s.exit).toBe(0);
    // The session ends on the picks, after the save prompt; the workload left at 0% is not among them.
    // Wrapped to the terminal's 100 columns, with a hanging indent.
    const screen = s.screen().trimEnd();
    const end = screen.slice(screen.lastIndexOf('\nYour picks: ') + 1);
    expect(end.split('\n').every((line) => line.length <= 100)).toBe(true);
    expect(end.replace(/\s+/g, ' ')).toMatch(/^Your picks: Vision & documents → .+; one model for everything: .+\.$/);
    expect(s.screen()).not.toContain('Science & general reasoning →');
    const saved = JSON.parse(readFileSync(join(dir, 'model-advisor-answers.json'), 'utf8'));
    expect(saved).toMatchObject({
      version: 1,
      mix: { vision: 40, health: 10, coding: 30, agentic: 20, reasoning: 0 },
      requirements: ['api-ga'],
      costPreference: 'balanced',
      costWeight: 0.3,
      output: null,
    });
  });

  it('round trip: answers saved on the terminal replay through `recommend --answers` to the same JSON, byte for byte', async () => {
    const s = ask();
    await answerMix(s);
    await s.answer('Which of these must a model have?', KEY.enter);
    await s.answer('How much does cost matter?', `${down(2)}${KEY.enter}`);
    await s.answer('Do you know your monthly token volume?', KEY.enter);
    await s.answer('Any models to leave out?', KEY.enter);
    await s.answer('Save a copy to a file too?', `${down(2)}${KEY.enter}`);
    await s.answer('Save the JSON report to: (model-advisor-report.json)', KEY.enter);
    await s.answer('Save these answers', `y${KEY.enter}`);
    await s.answer('Save the answers to: (model-advisor-answers.json)', KEY.enter);
    expect(await s.exit).toBe(0);
    const saved = readFileSync(join(dir, 'model-advisor-report.json'), 'utf8');
    const replay = () => cli(['recommend', '--answers', 'model-advisor-answers.json', '--json', '--today', TODAY], { cwd: dir });
    const [first, second] = [replay(), replay()];
    expect(first.code).toBe(0);
    expect(first.stdout).toBe(saved);
    expect(second.stdout).toBe(first.stdout);
    expect(JSON.parse(saved).profile.costWeight).toBe(0.6);
  });

  it('shows validation messages under the question and carries on', async () => {
    const s = ask();
    await s.answer('How do you want to describe your workload mix?', KEY.enter);
    await s.answer(share('Vision & documents', 0, 0), `-5${KEY.enter}`);
    await s.answer('> a share cannot be negative: enter 0 or more', `${KEY.backspace.repeat(2)}abc${KEY.enter}`);
    await s.answer('> "abc" is not a number: enter something like 25 (or 0)', `${KEY.backspace.repeat(3)}120${KEY.enter}`);
    await s.answer('> that would bring the total to 120%: at most 100% is left', `${KEY.backspace.repeat(3)}100${KEY.enter}`);
    await s.expect(share('Health Q&A', 100, 0));
    s.type(KEY.ctrlC);
    expect(await s.exit).toBe(130);
  });

  it('Ctrl-C at the first question exits 130 with one short line, no stack and no file', async () => {
    const s = ask();
    await s.answer('How do you want to describe your workload mix?', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    const after = s.screen().slice(s.screen().indexOf('How do you want to describe your workload mix?'));
    expect(after).toContain('Cancelled.');
    expect(after).not.toMatch(/Error|\n\s+at /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('Ctrl-C while naming the answers file leaves no answers file (and no temporary one)', async () => {
    const s = ask();
    await answerMix(s);
    await s.answer('Which of these must a model have?', KEY.enter);
    await s.answer('How much does cost matter?', KEY.enter);
    await s.answer('Do you know your monthly token volume?', KEY.enter);
    await s.answer('Any models to leave out?', KEY.enter);
    await s.answer('Save a copy to a file too?', `${down(1)}${KEY.enter}`);
    await s.answer('Save the Markdown report to: (model-advisor-report.md)', KEY.enter);
    await s.answer('Save these answers', `y${KEY.enter}`);
    await s.answer('Save the answers to:', KEY.ctrlC);
    expect(await s.exit).toBe(130);
    expect(s.screen()).toMatch(/Cancelled\.\n?$/);
    expect(readdirSync(dir)).toEqual(['model-advisor-report.md']);
    // The saved copy is what `recommend` writes for the same answers.
    const same = cli(['recommend', '--mix', MIX, '--format', 'markdown', '--today', TODAY]);
    expect(readFileSync(join(dir, 'model-advisor-report.md'), 'utf8')).toBe(same.stdout);
  });

  it('with no arguments on a terminal, runs the questionnaire', async () => {
    const s = ask([]);
    await s.expect('A few questions, then the report.');
    await s.answer('How do you want to describe your workload mix?', KEY.ctrlC);
    expect(await s.exit).toBe(130);
  });

  it('pre-fills every question from --answers', async () => {
    const answers = {
      version: 1,
      mix: { vision: 0, health: 0, coding: 70, agentic: 30, reasoning: 0 },
      mixInput: 'percent',
      requirements: ['api-ga'],
      exclude: ['muse-spark'],
      costPreference: 'cost',
      costWeight: 0.6,
      asOf: null,
      samples: 10_000,
      seed: 1,
      output: null,
    };
    writeFileSync(join(dir, 'mine.json'), JSON.stringify(answers));
    const s = ask(['ask', '--answers', 'mine.json', '--today', TODAY]);
    await s.expect('Every answer is pre-filled from mine.json');
    await s.answer('How do you want to describe your workload mix?', KEY.enter);
    // Each workload's question shows the saved share as its default; the last gets what is left.
    await s.answer(share('Vision & documents', 0, 0), KEY.enter);
    await s.answer(share('Health Q&A', 0, 0), KEY.enter);
    await s.answer(share('Coding', 0, 70), KEY.enter);
    await s.answer(share('Agentic multi-step work', 70, 30), KEY.enter);
    await s.answer(share('Science & general reasoning', 100, 0), KEY.enter);
    await s.expect('◉ Generally-available API');
    s.type(KEY.enter);
    await s.expect('❯ Cost first');
    s.type(KEY.enter);
    await s.answer('Do you know your monthly token volume?', KEY.enter);
    await s.expect('◉ Muse Spark');
    s.type(KEY.enter);
    await s.answer('Save a copy to a file too?', KEY.enter);
    await s.answer('Save these answers (to mine.json or another file)? (Y/n)', `n${KEY.enter}`);
    expect(await s.exit).toBe(0);
  });

  it('with --data, asks about the overlay too, reports on it, and saves it with the answers', async () => {
    expect(cli(['data', 'init', '--today', TODAY], { cwd: dir }).code).toBe(0);
    const s = ask(['ask', '--data', 'model-advisor-overlay.json', '--today', TODAY]);
    await s.answer('How do you want to describe your workload mix?', KEY.enter);
    await s.answer(share('Vision & documents', 0), KEY.enter);
    await s.answer(share('Health Q&A', 0), KEY.enter);
    await s.answer(share('Coding', 0), `100${KEY.enter}`);
    await s.answer(share('Agentic multi-step work', 100), KEY.enter);
    await s.answer(share('Science & general reasoning', 100), KEY.enter);
    await s.answer(
      'Which of these must a model have?',
      `${down(requirements.findIndex((r) => r.id === 'self-host'))}${KEY.space}${KEY.enter}`,
    );
    await s.answer('How much does cost matter?', KEY.enter);
    await s.answer('Do you know your monthly token volume?', KEY.enter);
    // The overlay's model is one of the choices; a self-hosted model exists, so no warning comes first.
    await s.answer('◯ Open-weight coder (self-hosted) (Self-hosted)', KEY.enter);
    await s.answer('Save a copy to a file too?', KEY.enter);
    const same = cli(
      [
        'recommend',
        '--mix',
        'vision=0,health=0,coding=100,agentic=0,reasoning=0',
        '--require',
        'self-host',
        '--data',
        'model-advisor-overlay.json',
        '--today',
        TODAY,
      ],
      { cwd: dir, env: { COLUMNS: '100' } },
    );
    expect(same.stdout).toContain('Open-weight coder (self-hosted)');
    await s.expect(same.stdout);
    await s.answer('Save these answers', `y${KEY.enter}`);
    await s.answer('Save the answers to:', KEY.enter);
    expect(await s.exit).toBe(same.code);
    expect(s.screen()).not.toContain('No model in the dataset is known to have');
    const saved = JSON.parse(readFileSync(join(dir, 'model-advisor-answers.json'), 'utf8'));
    expect(saved).toMatchObject({ requirements: ['self-host'], data: ['model-advisor-overlay.json'] });

    // Pre-filling from those answers brings the overlay back without --data.
    const prefilled = ask(['ask', '--answers', 'model-advisor-answers.json', '--today', TODAY]);
    await prefilled.answer('How do you want to describe your workload mix?', KEY.enter);
    for (const [name, before] of [
      ['Vision & documents', 0],
      ['Health Q&A', 0],
      ['Coding', 0],
      ['Agentic multi-step work', 100],
      ['Science & general reasoning', 100],
    ] as const) {
      await prefilled.answer(share(name, before), KEY.enter);
    }
    await prefilled.answer('◉ Self-hosting', KEY.enter);
    await prefilled.answer('How much does cost matter?', KEY.enter);
    await prefilled.answer('Do you know your monthly token volume?', KEY.enter);
    await prefilled.answer('◯ Open-weight coder (self-hosted)', KEY.ctrlC);
    expect(await prefilled.exit).toBe(130);
  });

  it('respects NO_COLOR in the questions, and colours them otherwise', async () => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: an SGR (colour) escape is what is being looked for
    const SGR = /\x1b\[[0-9;]*m/;
    const plain = ask();
    await plain.answer('How do you want to describe your workload mix?', KEY.ctrlC);
    await plain.exit;
    expect(plain.raw()).not.toMatch(SGR);

    const coloured = ask(['ask', '--today', TODAY], { NO_COLOR: '' });
    await coloured.answer('How do you want to describe your workload mix?', KEY.ctrlC);
    await coloured.exit;
    expect(coloured.raw()).toMatch(SGR);
  });

  it('an answers file with a mistake exits 2 naming the file and the JSON path, before any question', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ version: 1, mix: { coding: -10 } }));
    const s = ask(['ask', '--answers', 'bad.json']);
    expect(await s.exit).toBe(2);
    expect(s.screen()).toBe('model-advisor: bad.json: $.mix.coding: must be at least 0 (and 1 more problem)\n');
  });
});

describe('questionnaire without a terminal', () => {
  it.each([[['ask']], [[]], [['ask', '--answers', 'whatever.json']]])('never prompts: %j exits 2 with a hint', (args) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'model-advisor: no terminal to ask questions on; run "model-advisor recommend --mix vision=40,coding=60" (or recommend --answers FILE), or see --help\n',
    );
  });
});
