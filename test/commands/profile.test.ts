import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recommend as libraryRecommend, planOf } from '../../src/api.js';
import { profileFromAnswers, profileFromFlags } from '../../src/commands/profile.js';
import { loadDataset } from '../../src/dataset/load.js';
import { compareModels } from '../../src/engine/compare.js';
import { recommend as engineRecommend } from '../../src/engine/index.js';
import { checkProfile } from '../../src/engine/profile.js';
import { UserError } from '../../src/errors.js';
import { type Answers, readAnswersFile } from '../../src/questionnaire/answers.js';
import { META } from '../helpers/builders.js';
import { cli } from '../helpers/cli.js';
import { TODAY, tempDir, writeOverlay } from '../helpers/overlay.js';

// One profile path: flags, answers (a saved file or the questionnaire's) and library callers all reach the
// engine through one check, checkProfile. The same bad value is refused by it from every source, with the same
// rule, and each message names the place the way that source wrote it.

const { dataset } = loadDataset();

const ANSWERS: Answers = {
  version: 1,
  mix: { coding: 1 },
  mixInput: 'weights',
  requirements: [],
  exclude: [],
  costPreference: 'custom',
  costWeight: 0,
  asOf: null,
  samples: 10_000,
  seed: 1,
  output: null,
};

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

/** The rule checkProfile states for a profile of coding alone with `change`. */
function rule(change: Record<string, unknown>): string {
  const checked = checkProfile({ mix: { coding: 1 }, today: TODAY, ...change }, dataset);
  if (checked.ok) throw new Error('expected checkProfile to refuse it');
  return checked.issues[0]?.message ?? '';
}

describe('one check of the profile, whatever its source', () => {
  it.each([
    {
      what: 'samples 0',
      flags: { mix: 'coding=1', samples: '0' },
      answers: { samples: 0 },
      profile: { samples: 0 },
      named: ['--samples: "0" ', 'a.json: $.samples: ', 'profile: samples: '],
    },
    {
      what: 'cost weight 2',
      flags: { mix: 'coding=1', costWeight: '2' },
      answers: { costWeight: 2 },
      profile: { costWeight: 2 },
      named: ['--cost-weight: "2" ', 'a.json: $.costWeight: ', 'profile: costWeight: '],
    },
    {
      what: 'every weight 0',
      flags: { mix: 'coding=0,vision=0' },
      answers: { mix: { coding: 0, vision: 0 } },
      profile: { mix: { coding: 0, vision: 0 } },
      named: ['--mix: "coding=0,vision=0" ', 'a.json: $.mix: ', 'profile: mix: '],
    },
    {
      what: 'an input:output ratio of 0:1',
      flags: { mix: 'coding=1', ioRatio: '0:1' },
      answers: { ioRatio: { input: 0, output: 1 } },
      profile: { ioRatio: { input: 0, output: 1 } },
      named: ['--io-ratio: "0:1" ', 'a.json: $.ioRatio: ', 'profile: ioRatio: '],
    },
  ])('$what: refused with the same rule from flags, answers and the library, each naming its place', (c) => {
    const expected = rule(c.profile);
    const messages = [
      messageOf(() => profileFromFlags(c.flags, dataset, TODAY)),
      messageOf(() => profileFromAnswers({ ...ANSWERS, ...c.answers }, dataset, TODAY, { file: 'a.json' })),
      messageOf(() => libraryRecommend(dataset, { mix: { coding: 1 }, today: TODAY, ...c.profile })),
    ];
    expect(messages).toEqual(c.named.map((place) => `${place}${expected}`));
  });

  it('an unknown workload: the same rule from answers and the library; flags refuse it by name, listing the valid ones', () => {
    const expected = 'unknown workload "cooking"; use one of: vision, health, coding, agentic or reasoning';
    expect(rule({ mix: { cooking: 1 } })).toBe(expected);
    expect(messageOf(() => profileFromAnswers({ ...ANSWERS, mix: { cooking: 1 } }, dataset, TODAY, { file: 'a.json' }))).toBe(
      `a.json: $.mix.cooking: ${expected}`,
    );
    expect(messageOf(() => planOf({ mix: { cooking: 1 }, today: TODAY }, dataset))).toBe(`profile: mix.cooking: ${expected}`);
    expect(messageOf(() => profileFromFlags({ mix: 'cooking=1' }, dataset, TODAY))).toBe(
      '--mix: unknown workload "cooking"; valid workloads: vision, health, coding, agentic or reasoning',
    );
  });

  it('a what-if names the --assume that made it, also on a replayed answers file', () => {
    const expected = 'unknown model "nope"; see the ids with: model-advisor models';
    const assume = ['muse-spark:api-ga=yes', 'nope:api-ga=yes'];
    expect(messageOf(() => profileFromFlags({ mix: 'coding=1', assume }, dataset, TODAY))).toBe(`--assume "nope:api-ga=yes": ${expected}`);
    expect(messageOf(() => profileFromAnswers(ANSWERS, dataset, TODAY, { file: 'a.json', assume }))).toBe(
      `--assume "nope:api-ga=yes": ${expected}`,
    );
    expect(
      messageOf(() => planOf({ mix: { coding: 1 }, today: TODAY, assumptions: [{ model: 'nope', key: 'api-ga', value: 'yes' }] }, dataset)),
    ).toBe(`profile: assumptions.0: ${expected}`);
  });

  it('a volume for a workload outside the mix is named where it was written', () => {
    expect(messageOf(() => profileFromFlags({ mix: 'coding=1', volume: 'vision=2M' }, dataset, TODAY))).toBe(
      '--volume: workload "vision" is not in the mix; use one of: coding',
    );
    expect(messageOf(() => profileFromAnswers({ ...ANSWERS, volume: { vision: 2e6 } }, dataset, TODAY))).toBe(
      'answers: $.volume.vision: workload "vision" is not in the mix; use one of: coding',
    );
  });

  it('counts the further problems', () => {
    expect(messageOf(() => planOf({ mix: { coding: 1 }, today: TODAY, samples: 0, seed: -1 }, dataset))).toBe(
      'profile: samples: must be a whole number from 100 to 1000000 (and 1 more problem)',
    );
  });

  it('gives every source the same valid, canonical profile', () => {
    const fromFlags = profileFromFlags({ mix: 'vision=40,coding=60', require: 'api-ga', costWeight: '0.3' }, dataset, TODAY);
    const fromAnswers = profileFromAnswers(
      { ...ANSWERS, mix: { vision: 40, coding: 60 }, requirements: ['api-ga'], costPreference: 'balanced', costWeight: 0.3 },
      dataset,
      TODAY,
    );
    const fromLibrary = planOf({ mix: { coding: 60, vision: 40 }, requirements: ['api-ga'], costWeight: 0.3, today: TODAY }, dataset);
    expect(fromAnswers.profile).toEqual(fromFlags.profile);
    expect(fromLibrary.profile).toEqual(fromFlags.profile);
    expect(fromFlags.profile.mix).toEqual({ coding: 0.6, vision: 0.4 });
  });
});

describe('an answers file, end to end', () => {
  it('an id the data lacks is refused by the profile check, naming the file and the JSON path', () => {
    const dir = tempDir();
    const file = writeOverlay(dir, 'a.json', { version: 1, mix: { cooking: 1 } });
    const r = cli(['recommend', '--answers', file, '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'model-advisor: a.json: $.mix.cooking: unknown workload "cooking"; use one of: vision, health, coding, agentic or reasoning\n',
    );
  });

  it('a value out of bounds is refused as the file is read (its published schema has the same bounds), naming the file', () => {
    const dir = tempDir();
    writeOverlay(dir, 'a.json', { version: 1, mix: { coding: 1 }, samples: 0 });
    expect(messageOf(() => readAnswersFile(join(dir, 'a.json')))).toMatch(/^.*a\.json: \$\.samples: /);
  });
});

describe('the engine takes a checked plan and checks nothing itself', () => {
  it('runs the plan it is given: a bound is the edge’s to enforce', () => {
    const plan = planOf({ mix: { coding: 1 }, today: TODAY, samples: 100 }, dataset);
    // 50 samples is below the profile's bound (100): the library refuses it, the engine runs what it is handed.
    expect(messageOf(() => libraryRecommend(dataset, { mix: { coding: 1 }, today: TODAY, samples: 50 }))).toMatch(/^profile: samples:/);
    const rec = engineRecommend(dataset, { ...plan, profile: { ...plan.profile, samples: 50 } }, META);
    expect(rec.method.samples).toBe(50);
  });

  it('compare runs on a plan too; the two models are checked where they are named', () => {
    const plan = planOf({ mix: { coding: 1 }, today: TODAY, samples: 100 }, dataset);
    const c = compareModels(dataset, 'gpt-5.4', 'claude-opus-4.6', plan, META);
    expect(c.models.map((m) => m.id)).toEqual(['gpt-5.4', 'claude-opus-4.6']);
  });
});
