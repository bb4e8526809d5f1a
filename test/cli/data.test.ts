import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_FILE } from '../../src/dataset/template.js';
import { cli } from '../helpers/cli.js';
import { observation, privateSource, tempDir, writeOverlay } from '../helpers/overlay.js';

// The built binary, run for real: exit codes, stdout, stderr. "Today" is pinned with
// SOURCE_DATE_EPOCH (2026-11-21T12:00:00Z) unless a test says otherwise.
const EPOCH = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 21, 12) / 1000) };
const run = (args: string[], cwd: string, env: Record<string, string> = {}) => cli(args, { cwd, env: { ...EPOCH, ...env } });

/** A user mistake: exit 2, nothing on stdout, one line on stderr, no stack. */
function expectUserError(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
}

describe('model-advisor data init', () => {
  it('writes the template, refuses to overwrite it, and replaces it with --force', () => {
    const cwd = tempDir();
    const first = run(['data', 'init'], cwd);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(/^Wrote model-advisor-overlay\.json: an example private coding evaluation/);
    expect(first.stdout).toContain('model-advisor data validate model-advisor-overlay.json');
    const written = readFileSync(join(cwd, TEMPLATE_FILE), 'utf8');
    expect(JSON.parse(written).sources[0].date).toBe('2026-11-21');

    writeFileSync(join(cwd, TEMPLATE_FILE), '{"mine": true}');
    expectUserError(
      run(['data', 'init'], cwd),
      /^model-advisor: model-advisor-overlay\.json already exists; pass --force to replace it, or name another file: model-advisor data init FILE\n$/,
    );
    expect(readFileSync(join(cwd, TEMPLATE_FILE), 'utf8')).toBe('{"mine": true}');

    const forced = run(['data', 'init', '--force', '--today', '2026-08-01'], cwd);
    expect(forced.code, forced.stderr).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, TEMPLATE_FILE), 'utf8')).sources[0].date).toBe('2026-08-01');
  });

  it('writes to a named file, and says so when its folder is missing or it is a folder', () => {
    const cwd = tempDir();
    expect(run(['data', 'init', 'evals.json'], cwd).code).toBe(0);
    expect(existsSync(join(cwd, 'evals.json'))).toBe(true);
    expectUserError(
      run(['data', 'init', 'no/such/dir/evals.json'], cwd),
      /^model-advisor: data init: the folder no\/such\/dir does not exist; create it or choose another path$/m,
    );
    expectUserError(run(['data', 'init', '.'], cwd), /^model-advisor: data init: \. is a folder; add a file name/);
  });

  it('template round trip: init → validate passes → evidence, workloads and models show the figures from the file', () => {
    const cwd = tempDir();
    expect(run(['data', 'init', 'evals.json'], cwd).code).toBe(0);

    const valid = run(['data', 'validate', 'evals.json'], cwd);
    expect(valid.code, valid.stdout).toBe(0);
    expect(valid.stdout).toBe('evals.json: valid: 2 sources, 1 model, 1 benchmark, 3 observations, 3 weights\n');
    expect(valid.stderr).toContain(
      'warning: evals.json sets the weight of benchmark "swe-bench-verified" in workload "coding" to 0.15 (was 0.5 from bundled)',
    );

    const evidence = run(['evidence', '--benchmark', 'our-refactoring-suite', '--data', 'evals.json', '--json'], cwd);
    expect(evidence.code, evidence.stderr).toBe(0);
    const rows = JSON.parse(evidence.stdout) as { model: string; value: number; origin: string; quote: string | null }[];
    expect(rows.map((r) => [r.model, r.value, r.origin, r.quote])).toEqual([
      ['claude-opus-4.6', 86, 'evals.json', null],
      ['gpt-5.4', 58, 'evals.json', null],
      ['our-open-coder', 68, 'evals.json', null],
    ]);

    const workloads = JSON.parse(run(['workloads', '--data', 'evals.json', '--json'], cwd).stdout) as {
      id: string;
      origin: string;
      benchmarks: { benchmark: string; weight: number; origin?: string }[];
    }[];
    const coding = workloads.find((w) => w.id === 'coding');
    expect(coding?.origin).toBe('bundled');
    expect(coding?.benchmarks.filter((b) => b.weight > 0).map((b) => [b.benchmark, b.weight, b.origin])).toEqual([
      ['swe-bench-verified', 0.15, 'evals.json'],
      ['terminal-bench-2', 0.15, 'evals.json'],
      ['our-refactoring-suite', 0.7, 'evals.json'],
    ]);

    const models = run(['models', '--data', 'evals.json'], cwd);
    expect(models.code).toBe(0);
    expect(models.stdout).toMatch(/our-open-coder\s+│.*\n│ \[from evals\.json\]/);
  });
});

describe('model-advisor data validate', () => {
  const bad = {
    sources: [privateSource()],
    observations: [observation({ model: 'gpt-9' }), observation({ model: 'claude-opus-4.6', value: 120, date: '2026-12-01' })],
  };

  it('prints one line per finding (file, path, fix) and exits 2', () => {
    const cwd = tempDir();
    writeOverlay(cwd, 'bad.json', bad);
    const r = run(['data', 'validate', 'bad.json'], cwd);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      'bad.json: $.observations[0].model: unknown model "gpt-9"; add it to "models" or use one of: claude-opus-4.6, gemini-3.1-pro, gpt-5.4, muse-spark',
      'bad.json: $.observations[1].date: 2026-12-01 is after today (2026-11-21): a publication date cannot be in the future; check the date (or pass --today YYYY-MM-DD if the clock is wrong)',
      'bad.json: $.observations[1].value: 120 is outside the scale of benchmark "swe-bench-verified" (0–100, percent); check the figure and its unit',
      '3 problems in 1 file; fix them and run the check again.',
      '',
    ]);
  });

  it('--json prints the findings as one JSON document, and --today moves "today"', () => {
    const cwd = tempDir();
    writeOverlay(cwd, 'bad.json', bad);
    const r = run(['data', 'validate', 'bad.json', '--json', '--today', '2026-12-31'], cwd);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ valid: false, today: '2026-12-31', crossChecked: true, files: [{ file: 'bad.json', parsed: true }] });
    expect(report.findings.map((f: { code: string; path: string }) => `${f.code} ${f.path}`)).toEqual([
      'unknown-id $.observations[0].model',
      'out-of-bounds $.observations[1].value',
    ]);
  });

  it('exits 0 for valid files and names each', () => {
    const cwd = tempDir();
    writeOverlay(cwd, 'a.json', { sources: [privateSource()] });
    writeOverlay(cwd, 'b.json', { observations: [observation()] });
    const r = run(['data', 'validate', 'a.json', 'b.json'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('a.json: valid: 1 source\nb.json: valid: 1 observation\n');
  });

  it('reads "today" from SOURCE_DATE_EPOCH and rejects a bad one or a bad --today in one line', () => {
    const cwd = tempDir();
    writeOverlay(cwd, 'a.json', { sources: [privateSource({ date: '2026-06-01' })] });
    const early = run(['data', 'validate', 'a.json', '--json'], cwd, { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 4, 1) / 1000) });
    expect(JSON.parse(early.stdout).findings[0]).toMatchObject({ code: 'future-date', path: '$.sources[0].date' });
    expectUserError(
      run(['data', 'validate', 'a.json'], cwd, { SOURCE_DATE_EPOCH: 'yesterday' }),
      /^model-advisor: SOURCE_DATE_EPOCH "yesterday" is not a whole number of seconds/,
    );
    expectUserError(
      run(['data', 'validate', 'a.json', '--today', '2026-02-30'], cwd),
      /^model-advisor: --today "2026-02-30" is not a date; write it as YYYY-MM-DD/,
    );
  });

  it('is a usage error without a file, without a subcommand, or with an unknown one', () => {
    const cwd = tempDir();
    expectUserError(run(['data', 'validate'], cwd), /missing required argument 'files'/);
    expectUserError(run(['data'], cwd), /^model-advisor: name a data command; use validate, init or import/);
    expectUserError(run(['data', 'check', 'x.json'], cwd), /^model-advisor: unknown data command "check"; use validate, init or import/);
  });
});

describe('--data on evidence and the listings', () => {
  it('marks figures from the file in the table and the JSON, and warns about what it overrides', () => {
    const cwd = tempDir();
    writeOverlay(cwd, 'my-evals.json', {
      sources: [privateSource()],
      observations: [observation(), observation({ model: 'claude-opus-4.6', value: 81.5 })],
    });
    writeOverlay(cwd, 'rerun.json', { sources: [privateSource({ title: 'Rerun' })], observations: [observation({ value: 72 })] });
    const table = run(['evidence', '--benchmark', 'swe-bench-verified', '--data', 'my-evals.json', '--data', 'rerun.json'], cwd);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('[from rerun.json]');
    expect(table.stdout).toContain('[from my-evals.json]');
    expect(table.stdout).toMatch(/6 observations\.\n$/);
    expect(table.stderr).toBe(
      [
        'warning: rerun.json overrides source "my-evals" from my-evals.json',
        'warning: rerun.json overrides observation of gpt-5.4 on swe-bench-verified from my-evals from my-evals.json',
        '',
      ].join('\n'),
    );

    const json = run(['evidence', '--benchmark', 'swe-bench-verified', '--data', 'my-evals.json', '--data', 'rerun.json', '--json'], cwd);
    const rows = JSON.parse(json.stdout) as { model: string; source: string; value: number; origin: string }[];
    expect(rows.filter((r) => r.source === 'my-evals').map((r) => [r.model, r.value, r.origin])).toEqual([
      ['gpt-5.4', 72, 'rerun.json'],
      ['claude-opus-4.6', 81.5, 'my-evals.json'],
    ]);
    expect(rows.filter((r) => r.source !== 'my-evals').every((r) => r.origin === 'bundled')).toBe(true);

    const sources = JSON.parse(run(['sources', '--json', '--data', 'my-evals.json'], cwd).stdout) as { id: string; origin: string }[];
    expect(sources.map((s) => [s.id, s.origin])).toEqual([
      ['neuralwired-2026-04-09', 'bundled'],
      ['toolbench-2026-07-04', 'bundled'],
      ['my-evals', 'my-evals.json'],
    ]);
  });

  it('the listings without --data are unchanged apart from "origin": "bundled"', () => {
    const r = run(['benchmarks', '--json'], tempDir());
    const items = JSON.parse(r.stdout) as { origin: string }[];
    expect(items.length).toBe(12);
    expect(items.every((b) => b.origin === 'bundled')).toBe(true);
    expect(r.stderr).toBe('');
  });

  it.each([
    ['a missing file', () => 'missing.json', /^model-advisor: missing\.json: \$: no such file; check the path/],
    [
      'invalid JSON',
      (cwd: string) => writeOverlay(cwd, 'x.json', '{"sources": [}'),
      /^model-advisor: x\.json: \$: not valid JSON: expected a value: a number, "text", true, false, null, \[ or \{ at line 1, column 14; fix the syntax\n$/,
    ],
    [
      'a prototype key',
      (cwd: string) => writeOverlay(cwd, 'p.json', '{"models": [{"__proto__": {"isAdmin": true}}]}'),
      /^model-advisor: p\.json: \$\.models\[0\]\.__proto__: the key "__proto__" is not allowed .* \(and 3 more problems; see them all with: model-advisor data validate p\.json\)\n$/,
    ],
    [
      '100,000-deep nesting',
      (cwd: string) => writeOverlay(cwd, 'deep.json', '['.repeat(100_000) + ']'.repeat(100_000)),
      /^model-advisor: deep\.json: \$(\[0\]){32}: nested deeper than 32 levels/,
    ],
    [
      'a 6 MiB file',
      (cwd: string) => writeOverlay(cwd, 'huge.json', `{"$schema": "${'x'.repeat(6 * 1024 * 1024)}"}`),
      /^model-advisor: huge\.json: \$: the file is 6\.0 MiB, over the 5\.0 MiB limit/,
    ],
    [
      'a wrong type',
      (cwd: string) => writeOverlay(cwd, 't.json', { observations: 'none' }),
      /^model-advisor: t\.json: \$\.observations: expected array, received string/,
    ],
  ])('%s is a clean exit 2 with one line on stderr', (_name, make, pattern) => {
    const cwd = tempDir();
    const file = make(cwd);
    for (const command of [['evidence'], ['models', '--json'], ['workloads']]) {
      expectUserError(run([...command, '--data', file], cwd), pattern);
    }
    const validate = run(['data', 'validate', file], cwd);
    expect(validate.code).toBe(2);
    expect(validate.stderr).toBe('');
  });
});
