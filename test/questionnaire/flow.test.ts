import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { answersToProfile } from '../../src/commands/profile.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { QuestionnaireData } from '../../src/questionnaire/answers.js';
import { type Answers, readAnswersFile, writeAnswersFile } from '../../src/questionnaire/answers.js';
import { askAnswers, type FlowDeps, type ReportRequest, runQuestionnaire } from '../../src/questionnaire/flow.js';
import { answersWith } from '../helpers/answers.js';
import { CTRL_C, ENTER, type Key, scripted } from '../helpers/scripted-prompts.js';

const TODAY = '2026-11-21';

const yes = { value: 'yes' as const };
const no = { value: 'no' as const };
const unknown = { value: 'unknown' as const };

const DATA: QuestionnaireData = {
  workloads: [
    { id: 'vision', name: 'Vision', description: 'Charts and documents.' },
    { id: 'coding', name: 'Coding', description: 'Writing code.' },
    { id: 'agentic', name: 'Agentic', description: 'Multi-step agents.' },
  ],
  requirements: [
    { id: 'api-ga', label: 'GA API', why: 'Production needs an API.' },
    { id: 'open-weights', label: 'Open weights', why: 'Run it yourself.' },
  ],
  models: [
    { id: 'alpha', name: 'Alpha', vendor: 'A Corp', governance: { 'api-ga': yes, 'open-weights': no } },
    { id: 'beta', name: 'Beta', vendor: 'B Corp', governance: { 'api-ga': yes, 'open-weights': unknown } },
    { id: 'gamma', name: 'Gamma', vendor: 'C Corp', governance: { 'api-ga': no } },
  ],
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ma-flow-'));
});

function session(keys: Key[], over: { reportCode?: number; data?: QuestionnaireData } = {}) {
  const { prompts, asked, remaining } = scripted(keys);
  const said: string[] = [];
  const reports: ReportRequest[] = [];
  const saved: { path: string; answers: Answers }[] = [];
  const deps: FlowDeps = {
    prompts,
    data: over.data ?? DATA,
    say: (t) => said.push(t),
    report: async (req) => {
      reports.push(req);
      return over.reportCode ?? 0;
    },
    saveAnswers: async (path, answers) => {
      saved.push({ path, answers });
      await writeAnswersFile(path, answers);
    },
    today: TODAY,
    cwd: dir,
  };
  return { deps, asked, said, reports, saved, remaining };
}

/** Percentages 50/30/20, no requirements, quality first, nothing excluded, terminal only. */
const SIMPLE: Key[] = ['percent', '50', '30', ENTER, [], 'quality', ENTER, [], 'terminal'];

describe('questionnaire flow', () => {
  it('asks for the mix one workload at a time with a running total, then the other steps, then shows the report', async () => {
    const s = session([...SIMPLE, false]);
    const code = await runQuestionnaire(s.deps);
    expect(code).toBe(0);
    expect(s.asked.map((q) => q.message)).toEqual([
      'How do you want to describe your workload mix?',
      'Vision — Charts and documents.\n  % of your usage (0 so far, 100 left):',
      'Coding — Writing code.\n  % of your usage (50 so far, 50 left):',
      'Agentic — Multi-step agents.\n  % of your usage (80 so far, 20 left):',
      'Which of these must a model have? A model without one is ruled out (none is fine).',
      'How much does cost matter?',
      'Do you know your monthly token volume? It turns the report into a monthly cost.',
      'Any models to leave out? (optional: press Enter to keep them all)',
      'The report is shown here. Save a copy to a file too?',
      'Save these answers, to re-run or tweak this report later?',
    ]);
    // The last workload defaults to what is left, so Enter completes the mix.
    expect(s.asked[3]?.default).toBe('20');
    expect(s.reports).toEqual([
      {
        answers: answersWith({ mix: { vision: 50, coding: 30, agentic: 20 } }),
        today: TODAY,
        format: 'table',
      },
    ]);
    expect(s.saved).toEqual([]);
    expect(s.remaining()).toBe(0);
  });

  it('builds its questions from the dataset: every workload with its description, every requirement with why, every model', async () => {
    const { dataset } = loadDataset();
    const s = session(['percent', ...dataset.workloads.map((_, i) => (i === 0 ? '100' : ENTER)), [], ENTER, ENTER, [], ENTER], {
      data: dataset,
    });
    await askAnswers(s.deps);
    const texts = s.asked.filter((q) => q.kind === 'text').map((q) => q.message);
    expect(texts).toHaveLength(dataset.workloads.length);
    for (const [i, w] of dataset.workloads.entries()) expect(texts[i]).toContain(`${w.name} — ${w.description}`);
    const [requirements, exclude] = s.asked.filter((q) => q.kind === 'many');
    expect(requirements?.choices?.map((c) => [c.value, c.name])).toEqual(dataset.requirements.map((r) => [r.id, `${r.label} — ${r.why}`]));
    expect(exclude?.choices?.map((c) => c.value)).toEqual(dataset.models.map((m) => m.id));
  });

  it('validates each share inline: not a number, negative, over what is left', async () => {
    const s = session(['percent', 'abc', '-5', '', '120', '60%', '50', '40', [], 'quality', ENTER, [], 'terminal', false]);
    await runQuestionnaire(s.deps);
    const [vision, coding, agentic] = s.asked.filter((q) => q.kind === 'text');
    expect(vision?.errors).toEqual([
      '"abc" is not a number: enter something like 25 (or 0)',
      'a share cannot be negative: enter 0 or more',
    ]);
    // An empty answer takes the default.
    expect(vision?.answer).toBe('0');
    expect(coding?.errors).toEqual(['that would bring the total to 120%: at most 100% is left']);
    expect(coding?.answer).toBe('60%');
    expect(agentic?.errors).toEqual(['that would bring the total to 110%: at most 40% is left']);
    expect(s.reports[0]?.answers.mix).toEqual({ vision: 0, coding: 60, agentic: 40 });
  });

  it('when the percentages fall short of 100, offers to enter them again (pre-filled with the last try)', async () => {
    const s = session(['percent', '10', '20', '30', 'again', ENTER, ENTER, ENTER, [], 'quality', ENTER, [], 'terminal', false]);
    await runQuestionnaire(s.deps);
    const check = s.asked.find((q) => q.message.startsWith('The shares add up to'));
    expect(check?.message).toBe('The shares add up to 60%, not 100%. What now?');
    const second = s.asked.filter((q) => q.kind === 'text').slice(3);
    expect(second.map((q) => q.default)).toEqual(['10', '20', '70']);
    expect(s.reports[0]?.answers.mix).toEqual({ vision: 10, coding: 20, agentic: 70 });
  });

  it('…or to use them as relative weights, which is saved as such', async () => {
    const s = session(['percent', '10', '20', '30', 'weights', [], 'quality', ENTER, [], 'terminal']);
    const a = await askAnswers(s.deps);
    expect(a.mix).toEqual({ vision: 10, coding: 20, agentic: 30 });
    expect(a.mixInput).toBe('weights');
  });

  it('once 100% is reached, the rest can only be 0', async () => {
    const s = session(['percent', '100', '5', ENTER, ENTER, [], 'quality', ENTER, [], 'terminal']);
    const a = await askAnswers(s.deps);
    const texts = s.asked.filter((q) => q.kind === 'text');
    expect(texts[1]?.errors).toEqual(['the total has already reached 100%: enter 0']);
    expect(texts[1]?.default).toBe('0');
    expect(a.mix).toEqual({ vision: 100, coding: 0, agentic: 0 });
  });

  it('takes relative weights (default 1 each) and asks again when every weight is 0', async () => {
    const s = session(['weights', '0', '0', '0', '3', ENTER, '0', [], 'quality', ENTER, [], 'terminal']);
    const a = await askAnswers(s.deps);
    expect(s.said).toContain('Every workload is at 0: give at least one of them a share above 0.');
    const texts = s.asked.filter((q) => q.kind === 'text');
    expect(texts[0]?.message).toBe('Vision — Charts and documents.\n  Relative weight:');
    expect(texts.slice(0, 3).map((q) => q.default)).toEqual(['1', '1', '1']);
    expect(a.mix).toEqual({ vision: 3, coding: 0, agentic: 0 });
    expect(a.mixInput).toBe('weights');
  });

  it('maps each cost preference to its cost weight', async () => {
    for (const [preference, weight] of [
      ['quality', 0],
      ['balanced', 0.3],
      ['cost', 0.6],
    ] as const) {
      const s = session(['percent', '100', ENTER, ENTER, [], preference, ENTER, [], 'terminal']);
      const a = await askAnswers(s.deps);
      expect([a.costPreference, a.costWeight]).toEqual([preference, weight]);
      const question = s.asked.find((q) => q.message.startsWith('How much does cost matter'));
      const choice = question?.choices?.find((c) => c.value === preference);
      expect(choice?.name).toContain(`(cost weight ${weight})`);
      expect(choice?.description).toBe(`score = ${1 - weight} × quality + ${weight} × token efficiency (fewer output tokens: lower cost)`);
    }
  });

  it('does not let every model be left out', async () => {
    const s = session(['percent', '100', ENTER, ENTER, [], 'quality', ENTER, ['alpha', 'beta', 'gamma'], ['gamma'], 'terminal']);
    const a = await askAnswers(s.deps);
    const exclude = s.asked.find((q) => q.message.startsWith('Any models to leave out'));
    expect(exclude?.errors).toEqual(['leave at least one model in, or there is nothing to recommend']);
    expect(a.exclude).toEqual(['gamma']);
  });

  it('says when no model is known to meet the requirements, and lets the user change them', async () => {
    const s = session(['percent', '100', ENTER, ENTER, ['open-weights'], 'quality', ENTER, [], 'requirements', ['api-ga'], 'terminal']);
    const a = await askAnswers(s.deps);
    expect(s.said).toContain(
      'No model in the dataset is known to have Open weights (an unknown fact rules a model out), so no workload would get a recommendation.',
    );
    const again = s.asked.filter((q) => q.message.startsWith('Which of these must'));
    expect(again).toHaveLength(2);
    // Asked again with the previous choice still ticked.
    expect(again[1]?.choices?.filter((c) => c.checked).map((c) => c.value)).toEqual(['open-weights']);
    expect(a.requirements).toEqual(['api-ga']);
  });

  it('…or change the models left out, or keep the choice anyway', async () => {
    const s = session(['percent', '100', ENTER, ENTER, ['api-ga'], 'quality', ENTER, ['alpha', 'beta'], 'exclude', ['beta'], 'terminal']);
    const a = await askAnswers(s.deps);
    expect(s.said).toContain(
      'No model that you kept is known to have GA API (an unknown fact rules a model out), so no workload would get a recommendation.',
    );
    expect(a.exclude).toEqual(['beta']);

    const kept = session(['percent', '100', ENTER, ENTER, ['open-weights'], 'quality', ENTER, [], 'keep', 'terminal']);
    const b = await askAnswers(kept.deps);
    expect(b.requirements).toEqual(['open-weights']);
    // "Change the models to leave out" is only offered when some are left out.
    const what = kept.asked.find((q) => q.message === 'What now?');
    expect(what?.choices?.map((c) => c.value)).toEqual(['requirements', 'keep']);
  });

  it('says when requirements are each met by some model but never all by one', async () => {
    const data: QuestionnaireData = {
      ...DATA,
      models: [
        { id: 'alpha', name: 'Alpha', vendor: 'A', governance: { 'api-ga': yes, 'open-weights': no } },
        { id: 'beta', name: 'Beta', vendor: 'B', governance: { 'api-ga': no, 'open-weights': yes } },
      ],
    };
    const s = session(['percent', '100', ENTER, ENTER, ['api-ga', 'open-weights'], 'all', 'quality', ENTER, [], 'keep', 'terminal'], {
      data,
    });
    await askAnswers(s.deps);
    expect(s.said).toContain(
      'No single model in the dataset is known to have all of GA API and Open weights, so no workload would get a recommendation.',
    );
  });

  it('saves a Markdown copy: checks the path as it is typed and asks before replacing a file', async () => {
    mkdirSync(join(dir, 'reports'));
    writeFileSync(join(dir, 'taken.md'), 'keep me');
    const s = session([...SIMPLE.slice(0, -1), 'markdown', 'reports', 'missing/r.md', 'taken.md', false, 'reports/q3.md', false]);
    await runQuestionnaire(s.deps);
    const path = s.asked.find((q) => q.message === 'Save the Markdown report to:');
    expect(path?.default).toBe('model-advisor-report.md');
    expect(path?.answer).toBe('taken.md');
    expect(s.asked.filter((q) => q.message === 'Save the Markdown report to:').flatMap((q) => q.errors)).toEqual([
      'reports is a folder: add a file name, e.g. reports/model-advisor-report.md',
      'the folder missing does not exist: create it first, or choose another place',
    ]);
    expect(s.asked.find((q) => q.message === 'taken.md already exists. Replace it?')?.default).toBe(false);
    expect(s.reports).toEqual([expect.objectContaining({ format: 'markdown', out: join(dir, 'reports/q3.md') })]);
    expect(readFileSync(join(dir, 'taken.md'), 'utf8')).toBe('keep me');
  });

  it('saves an HTML copy (the board-pack report) and still shows the table', async () => {
    const s = session([...SIMPLE.slice(0, -1), 'html', ENTER, false]);
    await runQuestionnaire(s.deps);
    expect(s.asked.find((q) => q.message === 'Save the HTML report to:')?.default).toBe('model-advisor-report.html');
    expect(s.reports).toEqual([expect.objectContaining({ format: 'html', out: join(dir, 'model-advisor-report.html') })]);
  });

  it('ends the session on the picks, after the offer to save the answers', async () => {
    const s = session([...SIMPLE, false]);
    s.deps.closing = async () => 'Your picks: Vision → Alpha.';
    await runQuestionnaire(s.deps);
    expect(s.said.at(-1)).toBe('\nYour picks: Vision → Alpha.');
    expect(s.asked.at(-1)?.message).toMatch(/^Save these answers/);
  });

  it('names a missing folder in the message', async () => {
    const s = session([...SIMPLE.slice(0, -1), 'json', 'missing/r.json', 'r.json']);
    const a = await askAnswers(s.deps);
    expect(s.asked.find((q) => q.message === 'Save the JSON report to:')?.errors).toEqual([
      'the folder missing does not exist: create it first, or choose another place',
    ]);
    expect(a.output).toEqual({ format: 'json', path: 'r.json' });
  });

  it('for a JSON copy, shows the table and then writes the JSON (the report function keeps --json --out quiet)', async () => {
    const s = session([...SIMPLE.slice(0, -1), 'json', ENTER, false], { reportCode: 3 });
    const code = await runQuestionnaire(s.deps);
    expect(code).toBe(3);
    expect(s.reports.map((r) => [r.format, r.out])).toEqual([
      ['table', undefined],
      ['json', join(dir, 'model-advisor-report.json')],
    ]);
  });

  it('offers to save the answers after the report, and says how to replay them', async () => {
    const s = session([...SIMPLE.slice(0, -1), 'markdown', 'r.md', true, 'r.md', 'mine.json']);
    await runQuestionnaire(s.deps);
    const path = s.asked.filter((q) => q.message === 'Save the answers to:');
    expect(path[0]?.default).toBe('model-advisor-answers.json');
    expect(path[0]?.errors).toEqual(['the report is saved there: choose another file name']);
    expect(s.saved.map((x) => x.path)).toEqual([join(dir, 'mine.json')]);
    expect(s.said.at(-1)).toBe(
      [
        'Saved your answers to mine.json.',
        '  Same report again:   model-advisor recommend --answers mine.json',
        '  Change one thing:    model-advisor ask --answers mine.json',
      ].join('\n'),
    );
    expect(readAnswersFile(join(dir, 'mine.json'))).toEqual(
      answersWith({ mix: { vision: 50, coding: 30, agentic: 20 }, output: { format: 'markdown', path: 'r.md' } }),
    );
  });

  it('asks before replacing an existing answers file, and quotes odd paths in the hint', async () => {
    writeFileSync(join(dir, 'a.json'), '{}');
    const s = session([...SIMPLE, true, 'a.json', false, 'my answers.json']);
    await runQuestionnaire(s.deps);
    expect(s.asked.find((q) => q.message === 'a.json already exists. Replace it?')?.default).toBe(false);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('{}');
    expect(s.said.at(-1)).toContain("model-advisor recommend --answers 'my answers.json'");
  });

  it('keeps the overlay files in use in the saved answers', async () => {
    const s = session(SIMPLE);
    const a = await askAnswers(s.deps, { overlays: ['extra.json'] });
    expect(a.data).toEqual(['extra.json']);
  });
});

describe('pre-filling from saved answers', () => {
  const saved: Answers = {
    version: 1,
    mix: { vision: 20, coding: 50, agentic: 30 },
    mixInput: 'percent',
    requirements: ['api-ga'],
    exclude: ['gamma'],
    costPreference: 'balanced',
    costWeight: 0.3,
    asOf: '2026-06-01',
    samples: 2000,
    seed: 7,
    output: { format: 'markdown', path: 'report.md' },
    data: ['overlay.json'],
  };

  it('offers every saved answer as the default, so Enter all the way gives the same answers back', async () => {
    const s = session([ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const a = await askAnswers(s.deps, { prefill: saved, prefillFile: 'saved.json' });
    expect(a).toEqual(saved);
    expect(s.asked.filter((q) => q.kind === 'text').map((q) => q.default)).toEqual(['20', '50', '30', 'report.md']);
    expect(s.remaining()).toBe(0);
  });

  it('asks the monthly volume per workload, with k/M/B and "don\'t know", and pre-fills it', async () => {
    const s = session([ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, 'give', 'lots', '20M', "don't know", '1.5k', ENTER, ENTER, ENTER]);
    const a = await askAnswers(s.deps, { prefill: saved });
    expect(a.volume).toEqual({ vision: 20e6, agentic: 1500 });
    const vision = s.asked.find((q) => q.message.startsWith('Vision — tokens per month'));
    expect(vision?.errors).toEqual(['write a number of tokens, e.g. 20M, 500k or 1.5B (or leave it empty)']);
    expect(answersToProfile(a, TODAY).volume).toEqual({ vision: 20e6, agentic: 1500 });
    // Saved and replayed: the same volume, offered as the defaults, so Enter keeps it.
    const again = session([ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const b = await askAnswers(again.deps, { prefill: a });
    expect(again.asked.filter((q) => q.message.includes('tokens per month')).map((q) => q.default)).toEqual(['20M', '', '1.5k']);
    expect(b.volume).toEqual(a.volume);
  });

  it('offers "any one of" when two or more requirements are chosen', async () => {
    const s = session(['percent', '100', ENTER, ENTER, ['api-ga', 'open-weights'], 'any', 'quality', ENTER, [], 'terminal']);
    const a = await askAnswers(s.deps);
    expect(a.requirements).toEqual(['api-ga|open-weights']);
  });

  it('changing one share re-balances only the last default', async () => {
    const s = session([ENTER, '40', ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const a = await askAnswers(s.deps, { prefill: saved });
    expect(a.mix).toEqual({ vision: 40, coding: 50, agentic: 10 });
  });

  it('never defaults a share past what is left', async () => {
    const s = session([ENTER, '90', ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const a = await askAnswers(s.deps, { prefill: saved });
    expect(s.asked.filter((q) => q.kind === 'text').map((q) => q.default)).toEqual(['20', '10', '0', 'report.md']);
    expect(a.mix).toEqual({ vision: 90, coding: 10, agentic: 0 });
  });

  it('says what it keeps that it does not ask, and offers to save back to the same file', async () => {
    writeFileSync(join(dir, 'saved.json'), '{}');
    const s = session([...Array(9).fill(ENTER), ENTER, ENTER, ENTER]);
    await runQuestionnaire(s.deps, { prefill: { ...saved, output: null }, prefillFile: 'saved.json' });
    expect(s.said[0]).toContain('Every answer is pre-filled from saved.json: press Enter to keep it, or change it.');
    expect(s.said[0]).toContain('Also kept from the file: evidence as of 2026-06-01, 2000 samples, seed 7.');
    expect(s.asked.at(-3)?.default).toBe(true);
    expect(s.asked.at(-2)?.default).toBe('saved.json');
    // Replacing the file you started from is the expected answer.
    expect(s.asked.at(-1)).toMatchObject({ message: 'saved.json already exists. Replace it?', default: true });
    expect(readAnswersFile(join(dir, 'saved.json'))).toEqual({ ...saved, output: null });
  });

  it('offers a hand-written cost weight as its own choice', async () => {
    const s = session([ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const a = await askAnswers(s.deps, { prefill: { ...saved, costPreference: 'custom', costWeight: 0.45 } });
    const cost = s.asked.find((q) => q.message.startsWith('How much does cost matter'));
    expect(cost?.choices?.at(-1)?.name).toBe('Keep the saved cost weight (0.45)');
    expect([a.costPreference, a.costWeight]).toEqual(['custom', 0.45]);
  });

  it('pre-fills relative weights as relative weights', async () => {
    const s = session([ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER, ENTER]);
    const a = await askAnswers(s.deps, { prefill: { ...saved, mixInput: 'weights', mix: { vision: 3, coding: 1, agentic: 0 } } });
    expect(s.asked[0]?.default).toBe('weights');
    expect(a.mix).toEqual({ vision: 3, coding: 1, agentic: 0 });
  });
});

describe('Ctrl-C', () => {
  it('at any question rejects with ExitPromptError, before any report or file', async () => {
    const full: Key[] = [...SIMPLE.slice(0, -1), 'markdown', 'r.md', true, 'answers.json'];
    for (let at = 0; at < full.length; at++) {
      const s = session([...full.slice(0, at), CTRL_C]);
      await expect(runQuestionnaire(s.deps)).rejects.toMatchObject({ name: 'ExitPromptError' });
      // The report comes after the output question (index 9: the Markdown path); nothing is saved before the end.
      expect(s.reports.length).toBe(at > 9 ? 1 : 0);
      expect(s.saved).toEqual([]);
    }
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(join(dir, 'answers.json'))).toBe(false);
  });
});
