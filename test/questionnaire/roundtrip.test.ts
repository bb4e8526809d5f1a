import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runReport } from '../../src/commands/report.js';
import type { Io } from '../../src/commands/shared.js';
import { loadDataset } from '../../src/dataset/load.js';
import { readAnswersFile, writeAnswersFile } from '../../src/questionnaire/answers.js';
import { runQuestionnaire } from '../../src/questionnaire/flow.js';
import { ENTER, scripted } from '../helpers/scripted-prompts.js';

// Answers saved by the questionnaire, replayed (readAnswersFile + runReport, the
// pieces `recommend --answers` is built from), give the report the questionnaire saved, byte for byte.

const TODAY = '2026-11-21';

function fakeIo(cwd: string): Io & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    env: { NO_COLOR: '1' },
    stdoutIsTTY: false,
    stdinIsTTY: false,
    columns: 100,
    cwd,
    stdout: () => out,
    stderr: () => err,
  };
}

describe('answers round trip', () => {
  it('replaying the saved answers gives the JSON the questionnaire saved, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ma-roundtrip-'));
    const io = fakeIo(dir);
    const { prompts } = scripted([
      'percent',
      '35',
      '15',
      '25.5',
      '24.5',
      ENTER,
      ['api-ga'],
      'cost',
      'give',
      '20M',
      ENTER,
      '50M',
      "don't know",
      ['claude-opus-4.6'],
      'json',
      'report.json',
      true,
      'answers.json',
    ]);
    const code = await runQuestionnaire({
      prompts,
      data: loadDataset().dataset,
      say: (t) => io.out(`${t}\n`),
      report: (req) => runReport(req, io),
      saveAnswers: writeAnswersFile,
      today: TODAY,
      cwd: dir,
    });
    expect(code).toBe(0);
    // The terminal got the table as well as the file.
    expect(io.stdout()).toContain('Cost weight: 0.6');
    const saved = readFileSync(join(dir, 'report.json'), 'utf8');
    expect(JSON.parse(saved).profile).toMatchObject({ costWeight: 0.6, exclude: ['claude-opus-4.6'], today: TODAY });
    // The volume answered carries through the answers file, so the replay prices the same tokens.
    expect(JSON.parse(saved).profile.volume).toEqual({ vision: 20e6, coding: 50e6 });
    expect(readAnswersFile(join(dir, 'answers.json')).volume).toEqual({ vision: 20e6, coding: 50e6 });

    const replay = async () => {
      const again = fakeIo(dir);
      const answers = readAnswersFile(join(dir, 'answers.json'));
      expect(await runReport({ answers, today: TODAY, format: 'json' }, again)).toBe(0);
      return again.stdout();
    };
    const first = await replay();
    expect(first).toBe(saved);
    expect(await replay()).toBe(first);
  });
});
