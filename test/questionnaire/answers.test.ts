import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { answersToProfile, profileFromAnswers } from '../../src/commands/profile.js';
import { loadDataset } from '../../src/dataset/load.js';
import { Profile } from '../../src/engine/schema.js';
import { UserError } from '../../src/errors.js';
import {
  type Answers,
  AnswersSchema,
  COST_WEIGHTS,
  MAX_ANSWERS_BYTES,
  readAnswersFile,
  writeAnswersFile,
} from '../../src/questionnaire/answers.js';
import { answersWith } from '../helpers/answers.js';

const ANSWERS: Answers = {
  version: 1,
  mix: { vision: 40, coding: 60 },
  mixInput: 'percent',
  requirements: ['api-ga'],
  exclude: ['muse-spark'],
  costPreference: 'balanced',
  costWeight: 0.3,
  asOf: null,
  samples: 10_000,
  seed: 1,
  output: null,
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ma-answers-'));
});

function fileWith(content: unknown): string {
  const path = join(dir, 'answers.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).exitCode).toBe(2);
    return (e as Error).message;
  }
  throw new Error('expected a UserError');
}

describe('answers file', () => {
  it('reads a minimal file, filling defaults', () => {
    const path = fileWith({ version: 1, mix: { coding: 1 } });
    expect(readAnswersFile(path)).toEqual(answersWith({ mix: { coding: 1 } }));
  });

  it.each([
    [{ ...ANSWERS, mix: { coding: -1 } }, '$.mix.coding: must be at least 0'],
    [{ ...ANSWERS, mix: { coding: 0 } }, '$.mix: needs at least one workload with a weight above 0'],
    [{ ...ANSWERS, mix: { Coding: 1 } }, '$.mix.Coding: the key "Coding" is not a valid id: it must be 1–64 characters of a-z'],
    [{ ...ANSWERS, version: 2 }, '$.version: must be 1, the only answers-file version this model-advisor reads'],
    [{ ...ANSWERS, colour: 'red' }, '$.colour: unknown key "colour" (remove it; allowed here: $schema, version, mix, mixInput,'],
    [{ ...ANSWERS, exlcude: [] }, '$.exlcude: unknown key "exlcude" (did you mean "exclude"?)'],
    [
      { ...ANSWERS, output: { format: 'json', path: 'r.json', force: true } },
      '$.output.force: unknown key "force" (remove it; allowed here: format, path)',
    ],
    [{ ...ANSWERS, requirements: ['api-ga', 7] }, '$.requirements[1]:'],
    [{ ...ANSWERS, costWeight: 1.5, costPreference: 'custom' }, '$.costWeight: must be at most 1'],
    [{ ...ANSWERS, costWeight: 0.5 }, '$.costWeight: is 0.5 but costPreference "balanced" means 0.3; set costPreference to "custom"'],
    [{ ...ANSWERS, asOf: '2026-02-30' }, '$.asOf: is not a real calendar date'],
    [{ ...ANSWERS, output: { format: 'pdf', path: 'r.pdf' } }, '$.output.format:'],
    [{ ...ANSWERS, samples: 10.5 }, '$.samples:'],
  ])('names the file, the JSON path and the problem (%#)', (content, expected) => {
    const path = fileWith(content);
    const message = messageOf(() => readAnswersFile(path));
    expect(message.startsWith(`${path}: `)).toBe(true);
    expect(message).toContain(expected);
  });

  it('counts the further problems', () => {
    const path = fileWith({ version: 1, mix: { coding: -1 }, seed: -1, extra: 1 });
    expect(messageOf(() => readAnswersFile(path))).toMatch(/\(and 3 more problems\)$/);
  });

  it('rejects what is not JSON, not there, a folder, or too big', () => {
    expect(messageOf(() => readAnswersFile(fileWith('{ version: 1 }')))).toMatch(
      /answers\.json: not valid JSON: expected a key in double quotes at line 1, column 3; an answers file is JSON/,
    );
    expect(messageOf(() => readAnswersFile(join(dir, 'nope.json')))).toBe(
      `${join(dir, 'nope.json')}: cannot read the answers file (ENOENT); check the path`,
    );
    expect(messageOf(() => readAnswersFile(dir))).toBe(`${dir}: this is a folder, not a file; give the path of an answers file (JSON)`);
    const big = fileWith(`{"version":1,"mix":{"coding":1},"$schema":"${'x'.repeat(MAX_ANSWERS_BYTES)}"}`);
    expect(messageOf(() => readAnswersFile(big))).toMatch(/bytes is too big for an answers file/);
  });

  it('writes fields in a fixed order, two-space JSON with a final newline, and reads back the same', async () => {
    const path = join(dir, 'a.json');
    const shuffled = Object.fromEntries(Object.entries({ ...ANSWERS, data: ['o.json'] }).reverse()) as Answers;
    await writeAnswersFile(path, shuffled);
    const text = readFileSync(path, 'utf8');
    expect(text).toBe(`${JSON.stringify({ ...ANSWERS, data: ['o.json'] }, null, 2)}\n`);
    expect(readAnswersFile(path)).toEqual({ ...ANSWERS, data: ['o.json'] });
  });

  it('refuses to write invalid answers, and a failed write leaves no file behind', async () => {
    await expect(writeAnswersFile(join(dir, 'bad.json'), { ...ANSWERS, mix: {} })).rejects.toThrow(/\$\.mix: needs at least one workload/);
    await expect(writeAnswersFile(join(dir, 'missing', 'a.json'), ANSWERS)).rejects.toThrow();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    if (process.getuid?.() !== 0) await expect(writeAnswersFile(join(locked, 'a.json'), ANSWERS)).rejects.toThrow();
    expect(readdirSync(locked)).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['locked']);
  });

  it('maps to a valid profile with "today" from the run, not the file', () => {
    const profile = answersToProfile(ANSWERS, '2026-11-21');
    expect(profile).toEqual({
      mix: { vision: 40, coding: 60 },
      requirements: ['api-ga'],
      exclude: ['muse-spark'],
      costWeight: 0.3,
      asOf: null,
      today: '2026-11-21',
      samples: 10_000,
      seed: 1,
    });
    expect(Profile.parse(profile)).toEqual({ ...profile, volume: {}, ioRatio: { input: 3, output: 1 }, assumptions: [] });
  });

  it('maps the three cost preferences to 0, 0.3 and 0.6', () => {
    expect(COST_WEIGHTS).toEqual({ quality: 0, balanced: 0.3, cost: 0.6 });
  });

  it('has a JSON Schema (for "model-advisor schema answers") that agrees with the file format', async () => {
    const schema = z.toJSONSchema(AnswersSchema, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
    expect(schema.required).toEqual(['version', 'mix']);
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const path = join(dir, 'saved.json');
    await writeAnswersFile(path, { ...ANSWERS, data: ['o.json'], output: { format: 'json', path: 'r.json' } });
    expect(validate(JSON.parse(readFileSync(path, 'utf8')))).toBe(true);
    for (const bad of [{ ...ANSWERS, extra: 1 }, { ...ANSWERS, mix: { coding: -1 } }, { ...ANSWERS, version: 2 }, { mix: { coding: 1 } }]) {
      expect(validate(bad)).toBe(false);
    }
  });
});

describe('answers against the dataset', () => {
  const { dataset } = loadDataset();

  it('accepts ids the dataset knows', () => {
    expect(() => profileFromAnswers(ANSWERS, dataset, '2026-11-21', { file: 'a.json' })).not.toThrow();
  });

  it.each([
    [
      { mix: { vision: 1, cooking: 1 } },
      'a.json: $.mix.cooking: unknown workload "cooking"; use one of: vision, health, coding, agentic or reasoning',
    ],
    [{ requirements: ['api-ga', 'soc2'] }, 'a.json: $.requirements[1]: unknown requirement "soc2"'],
    [{ exclude: ['gpt-9'] }, 'a.json: $.exclude[0]: unknown model "gpt-9"'],
  ])('names an unknown id with its path (%#)', (change, expected) => {
    expect(messageOf(() => profileFromAnswers({ ...ANSWERS, ...change }, dataset, '2026-11-21', { file: 'a.json' }))).toContain(expected);
  });
});
