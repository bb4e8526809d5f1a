import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../src/engine/method.js';
import { cli, hasAnsi } from '../helpers/cli.js';

const TODAY = ['--today', '2026-11-21'];
const MIX = ['--mix', 'vision=40,coding=30,agentic=20,health=10'];
const tmp = () => mkdtempSync(join(tmpdir(), 'ma-cli-'));

describe('model-advisor (top level)', () => {
  it('--help lists the commands and the exit codes', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/recommend/);
    expect(r.stdout).toMatch(/compare/);
    expect(r.stdout).toMatch(/Exit codes:[\s\S]*3\s+report complete, but at least one workload has no eligible model/);
  });
  it('--version prints the package version', () => {
    const r = cli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version);
  });
  it('with no arguments and no terminal: a one-line usage hint on stderr, exit 2, nothing waited for', () => {
    const r = cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/recommend --mix/);
  });
});

describe('bad input: exit 2, one line on stderr naming the problem, nothing on stdout', () => {
  it.each([
    [['bogus'], /unknown command "bogus"/],
    [['recommend', '--bogus'], /unknown option '--bogus'/],
    [['recommend', '--mix', 'vison=40'], /--mix: unknown workload "vison"; valid workloads: vision, health, coding, agentic or reasoning/],
    [['recommend', '--mix', 'vision=40,vision=20'], /workload "vision" is given twice/],
    [['recommend', '--mix', 'vision=-40'], /"vision=-40" has a negative weight/],
    [['recommend', '--mix', 'vision=abc'], /"vision=abc" has a weight that is not a number/],
    [['recommend', '--mix', 'vision=0,coding=0'], /--mix: "vision=0,coding=0" needs at least one workload with a weight above 0/],
    [
      ['recommend', '--require', 'open-wieghts'],
      /--require: unknown requirement "open-wieghts"; valid requirements: open-weights, self-host, fine-tune, api-ga, public-pricing or sla/,
    ],
    [
      ['recommend', '--exclude', 'gpt-9'],
      /--exclude: unknown model "gpt-9"; valid models: muse-spark, gpt-5.4, claude-opus-4.6 or gemini-3.1-pro/,
    ],
    [['recommend', '--cost-weight', '1.5'], /--cost-weight: "1.5" must be a number from 0 to 1/],
    [['recommend', '--as-of', '2026-13-01'], /--as-of: "2026-13-01" is not a date; write it YYYY-MM-DD/],
    [['recommend', '--today', 'yesterday'], /--today: "yesterday" is not a date/],
    [['recommend', '--samples', '10'], /--samples: "10" must be a whole number from 100 to 1000000/],
    [['recommend', '--seed', '-1'], /--seed: "-1" must be a whole number/],
    [['recommend', '--format', 'pdf'], /--format: "pdf" is not a format; use one of: table, json, markdown or html/],
    [['recommend', '--json', '--format', 'markdown'], /--json conflicts with --format markdown/],
    [['recommend', '--out', '/nonexistent-dir/x.json'], /--out: the folder \/nonexistent-dir does not exist/],
    [['compare', 'muse-spark'], /missing required argument/],
    [['compare', 'muse-spark', 'gpt-9'], /unknown model "gpt-9"/],
    [['compare', 'muse-spark', 'muse-spark'], /compare two different models/],
    [['schema', 'nope'], /unknown schema "nope"; use one of: recommendation, dataset, profile, answers, diff or mcp-tools/],
    [['evidence', '--benchmark', 'mmlu'], /unknown benchmark "mmlu"; use one of:/],
  ])('%j', (args, message) => {
    const r = cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
  it('SOURCE_DATE_EPOCH that is not a number', () => {
    const r = cli(['recommend', '--json'], { env: { SOURCE_DATE_EPOCH: 'soon' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SOURCE_DATE_EPOCH "soon" is not a whole number of seconds since 1970-01-01 UTC/);
  });
});

describe('recommend', () => {
  it('prints the table report by default', () => {
    const r = cli(['recommend', ...MIX, ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/VISION & DOCUMENTS \(40% of the mix\)/);
    expect(r.stdout).toMatch(/Recommended: Muse Spark — PILOT ONLY/);
    expect(r.stdout).toMatch(/ROUTING PLAN vs ONE MODEL FOR EVERYTHING/);
    expect(r.stdout).toMatch(/WARNINGS[\s\S]*days old/);
    expect(hasAnsi(r.stdout)).toBe(false);
  });

  it('colours the table only when FORCE_COLOR asks and NO_COLOR does not forbid', () => {
    expect(hasAnsi(cli(['recommend', ...MIX, ...TODAY], { env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout)).toBe(true);
    expect(hasAnsi(cli(['recommend', ...MIX, ...TODAY], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout)).toBe(false);
  });

  it('--json prints exactly one JSON document that validates against `schema recommendation` (ajv)', () => {
    const r = cli(['recommend', ...MIX, ...TODAY, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    const schema = JSON.parse(cli(['schema', 'recommendation']).stdout);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(doc.tool.name).toBe('model-advisor');
    expect(doc.workloads.map((w: { workload: string }) => w.workload)).toEqual(['vision', 'coding', 'agentic', 'health']);
  });

  it('is deterministic: two runs give byte-identical JSON; SOURCE_DATE_EPOCH fixes today', () => {
    const env = { SOURCE_DATE_EPOCH: '1795219200' }; // 2026-11-21
    const a = cli(['recommend', ...MIX, '--json'], { env });
    const b = cli(['recommend', ...MIX, '--json'], { env });
    expect(a.stdout).toBe(b.stdout);
    expect(JSON.parse(a.stdout).dataset.today).toBe('2026-11-21');
    expect(cli(['recommend', ...MIX, '--json', ...TODAY]).stdout).toBe(a.stdout);
  });

  it('--format markdown prints a report', () => {
    const r = cli(['recommend', ...MIX, ...TODAY, '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# Model recommendation: /);
    expect(r.stdout).toMatch(/## One model or routing/);
    expect(r.stdout).toMatch(/## Method/);
  });

  it('--format html --out writes one self-contained page and still shows the table; the same run gives the same bytes', () => {
    const dir = tmp();
    const file = join(dir, 'report.html');
    const r = cli(['recommend', ...MIX, ...TODAY, '--format', 'html', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/Wrote html report to/);
    expect(r.stdout).toMatch(/THE ANSWER/);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    // Nothing to fetch: no src or href attributes, no url(), no @import (the SVG namespace is a name, not a request).
    expect(html).not.toMatch(/\s(src|href)=|url\(|@import/);
    expect(cli(['recommend', ...MIX, ...TODAY, '--format', 'html']).stdout).toBe(html);
  });

  it('--explain shows contributions with figure, source and date', () => {
    const r = cli(['recommend', '--mix', 'health=1', ...TODAY, '--explain'], { env: { COLUMNS: '160' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/How Muse Spark's Health Q&A score is made/);
    expect(r.stdout).toMatch(/42\.8/);
    // The source by its publisher, not its id.
    expect(r.stdout).toMatch(/│ NeuralWired, 2026-04-09 +│/);
  });

  it('exit 3 when no model is eligible, with the reasons per model', () => {
    const r = cli(['recommend', '--mix', 'coding=1', '--require', 'open-weights', ...TODAY, '--json']);
    expect(r.code).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.workloads[0].recommendation).toBeNull();
    expect(doc.workloads[0].ranking.every((e: { eligible: boolean; reasons: unknown[] }) => !e.eligible && e.reasons.length > 0)).toBe(
      true,
    );
  });

  it('--out writes the format to the file and still shows the table (markdown)', () => {
    const dir = tmp();
    const file = join(dir, 'report.md');
    const r = cli(['recommend', ...MIX, ...TODAY, '--format', 'markdown', '--out', file]);
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^# Model recommendation/);
    expect(r.stdout).toMatch(/ROUTING PLAN vs ONE MODEL/);
    expect(r.stderr).toMatch(/Wrote markdown report to/);
  });

  it('--out with JSON writes only the file; stdout stays empty', () => {
    const dir = tmp();
    const file = join(dir, 'r.json');
    const r = cli(['recommend', ...MIX, ...TODAY, '--json', '--out', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('--out: a failed run leaves an existing file untouched and no temp files behind', () => {
    const dir = tmp();
    const file = join(dir, 'keep.json');
    writeFileSync(file, 'precious');
    const r = cli(['recommend', '--mix', 'vision=x', '--json', '--out', file]);
    expect(r.code).toBe(2);
    expect(readFileSync(file, 'utf8')).toBe('precious');
    expect(readdirSync(dir)).toEqual(['keep.json']);
    const missing = join(dir, 'new.json');
    expect(cli(['recommend', '--require', 'nope', '--out', missing]).code).toBe(2);
    expect(readdirSync(dir)).toEqual(['keep.json']);
  });
});

describe('compare', () => {
  it('shows two models head to head, benchmark by benchmark and workload by workload', () => {
    const r = cli(['compare', 'muse-spark', 'gpt-5.4', ...TODAY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Muse Spark \(Meta\) vs GPT-5\.4 \(OpenAI\)/);
    expect(r.stdout).toMatch(/CharXiv/);
    expect(r.stdout).toMatch(/86\.4/);
    expect(r.stdout).toMatch(/82\.8/);
  });
  it('--json', () => {
    const r = cli(['compare', 'claude-opus-4.6', 'gemini-3.1-pro', '--mix', 'coding=1', ...TODAY, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.models.map((m: { id: string }) => m.id)).toEqual(['claude-opus-4.6', 'gemini-3.1-pro']);
    const swe = doc.benchmarks.find((b: { benchmark: string }) => b.benchmark === 'swe-bench-verified');
    expect(swe.a.value).toBe(80.8);
    expect(swe.b.value).toBe(80.6);
  });
});

describe('schema', () => {
  it.each(['recommendation', 'dataset', 'profile', 'diff'])('%s is a draft 2020-12 JSON Schema', (name) => {
    const r = cli(['schema', name]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    new Ajv2020({ strict: false }).compile(schema);
  });
  it('the dataset schema accepts every bundled data file', () => {
    const schema = JSON.parse(cli(['schema', 'dataset']).stdout);
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);
    const dir = new URL('../../data/', import.meta.url);
    for (const f of readdirSync(dir)) {
      const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect(validate(doc), `${f}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
  });
});

describe('listing commands', () => {
  it.each(['models', 'benchmarks', 'sources', 'workloads'])('%s --json prints a JSON array and nothing else', (name) => {
    const r = cli([name, '--json']);
    expect(r.code).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });
  it('evidence --json has the documented fields', () => {
    const r = cli(['evidence', '--model', 'muse-spark', '--benchmark', 'charxiv', '--json']);
    const [row] = JSON.parse(r.stdout);
    expect(Object.keys(row)).toEqual(['model', 'benchmark', 'value', 'low', 'high', 'label', 'quote', 'source', 'date', 'note', 'origin']);
    expect(row.origin).toBe('bundled');
    expect(row).toMatchObject({ value: 86.4, source: 'neuralwired-2026-04-09', date: '2026-04-09' });
  });
});

describe('recommend --answers', () => {
  const answers = { version: 1, mix: { coding: 60, agentic: 40 }, requirements: ['api-ga'], costPreference: 'balanced', costWeight: 0.3 };
  it('replays a saved profile: the same JSON as the equivalent flags', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(answers));
    const replay = cli(['recommend', '--answers', 'a.json', '--json', ...TODAY], { cwd: dir });
    const flags = cli(['recommend', '--mix', 'coding=60,agentic=40', '--require', 'api-ga', '--cost-weight', '0.3', '--json', ...TODAY]);
    expect(replay.code).toBe(0);
    expect(replay.stdout).toBe(flags.stdout);
  });
  it.each([
    [['--mix', 'coding=1'], /--answers replays a saved profile, so --mix cannot be added/],
    [['--seed', '3'], /so --seed cannot be added/],
  ])('refuses profile flags alongside it: %j', (extra, message) => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), JSON.stringify(answers));
    const r = cli(['recommend', '--answers', 'a.json', ...extra, ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
  it('a bad answers file exits 2 naming the JSON path', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.json'), JSON.stringify({ ...answers, mix: { coding: -1 } }));
    const r = cli(['recommend', '--answers', 'a.json', ...TODAY], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.json: \$\.mix\.coding/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('`schema answers` is a JSON Schema that accepts the file', () => {
    const schema = JSON.parse(cli(['schema', 'answers']).stdout);
    expect(new Ajv2020({ strict: false }).compile(schema)(answers)).toBe(true);
  });
});
