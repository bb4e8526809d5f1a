import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelsDevText } from '../../scripts/bench/models-dev.mjs';
import { cli } from '../helpers/cli.js';
import { tempDir } from '../helpers/overlay.js';

// `data import` through the built binary. "Today" is pinned with SOURCE_DATE_EPOCH (2026-11-21T12:00:00Z).
const EPOCH = { SOURCE_DATE_EPOCH: String(Date.UTC(2026, 10, 21, 12) / 1000) };
const FIXTURES = join(import.meta.dirname, '..', 'import', 'fixtures');
const run = (args: string[], cwd: string) => cli(args, { cwd, env: EPOCH });

/** A temp folder holding copies of the named fixtures. */
function folderWith(...names: string[]): string {
  const dir = tempDir();
  for (const n of names) copyFileSync(join(FIXTURES, n), join(dir, n));
  return dir;
}

function expectUserError(r: ReturnType<typeof cli>, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
}

const CODING = ['--benchmark', 'our-coding-suite', '--workload', 'coding', '--weight', '0.7'];

describe('model-advisor data import', () => {
  it('promptfoo: the overlay on stdout, a line per model on stderr, the same bytes every time and in --out; it validates', () => {
    const cwd = folderWith('promptfoo-v3.json');
    const a = run(['data', 'import', 'promptfoo', 'promptfoo-v3.json', ...CODING], cwd);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stderr.trimEnd().split('\n')).toEqual([
      'gpt-5.4 ← "openai:gpt-5.4" (by alias): 124/200 passed (62%, 95% interval 55.1%–68.4%), 2 errored',
      'claude-opus-4.6 ← "anthropic:messages:claude-opus-4-6" (by alias): 168/200 passed (84%, 95% interval 78.3%–88.4%)',
      'gemini-3.1-pro ← "google:gemini-3.1-pro-preview" (by alias): 140/200 passed (70%, 95% interval 63.3%–75.9%), 3 errored',
      'muse-spark ← "Muse Spark" (by name): 96/200 passed (48%, 95% interval 41.2%–54.9%), 3 errored',
    ]);
    const b = run(['data', 'import', 'promptfoo', 'promptfoo-v3.json', ...CODING], cwd);
    expect(b.stdout).toBe(a.stdout);
    const written = run(['data', 'import', 'promptfoo', 'promptfoo-v3.json', ...CODING, '--out', 'ours.json'], cwd);
    expect(written.code, written.stderr).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toMatch(/wrote ours\.json; use it with: model-advisor recommend --data ours\.json\n$/);
    expect(readFileSync(join(cwd, 'ours.json'), 'utf8')).toBe(a.stdout);
    const valid = run(['data', 'validate', 'ours.json'], cwd);
    expect(valid.code, valid.stdout + valid.stderr).toBe(0);
  });

  it('the recommendation uses the imported suite, and every format shows where its figures came from', () => {
    const cwd = folderWith('promptfoo-v3.json');
    expect(run(['data', 'import', 'promptfoo', 'promptfoo-v3.json', ...CODING, '--out', 'ours.json'], cwd).code).toBe(0);
    const json = run(['recommend', '--mix', 'coding=100', '--data', 'ours.json', '--json'], cwd);
    expect(json.code, json.stderr).toBe(0);
    const rec = JSON.parse(json.stdout);
    const coding = rec.workloads[0];
    expect(coding.recommendation.model).toBe('claude-opus-4.6');
    // The team's suite (70% of the weight) decides: Claude leads Gemini there and on SWE-bench, the evidence both
    // have; its Terminal-Bench 2.0 gap keeps it from "clear", and counting that gap at its worst end would flip it.
    expect(coding.recommendation).toMatchObject({ confidence: 'likely' });
    expect(coding.recommendation.winProbability).toBeGreaterThan(0.8);
    expect(coding.recommendation.fragile).toContainEqual(expect.objectContaining({ constant: 'gap-position', alternative: 0 }));
    const ours = coding.evidence.find(
      (e: { model: string; benchmark: string }) => e.model === 'claude-opus-4.6' && e.benchmark === 'our-coding-suite',
    );
    expect(ours).toMatchObject({ source: 'promptfoo-eval-7hq-2026-11-18t09-12-44', date: '2026-11-18', origin: 'ours.json' });
    expect(rec.dataset.sources).toContainEqual({
      id: 'promptfoo-eval-7hq-2026-11-18t09-12-44',
      title: 'promptfoo eval: Our coding suite: terminal tasks and repository fixes',
      publisher: 'platform-team@example.com',
      date: '2026-11-18',
      origin: 'ours.json',
    });
    // The terminal report wraps its prose at the width (80 when piped): read it with the line breaks undone.
    const table = run(['recommend', '--mix', 'coding=100', '--data', 'ours.json'], cwd).stdout.replace(/\s+/g, ' ');
    expect(table).toContain('Recommended: Claude Opus 4.6');
    expect(table).toContain('Claude Opus 4.6 on Our coding suite: terminal tasks and repository fixes: 78.28–88.44% [from ours.json]');
    const markdown = run(['recommend', '--mix', 'coding=100', '--data', 'ours.json', '--format', 'markdown'], cwd).stdout;
    // The memo names sources by title and publisher, never by id.
    expect(markdown).toContain(
      '| promptfoo eval: Our coding suite: terminal tasks and repository fixes (your file ours.json) | platform-team@example.com | 2026-11-18 |',
    );
    expect(markdown).toContain('ours.json');
  });

  it('Artificial Analysis: every format carries the attribution its terms require', () => {
    const cwd = folderWith('artificial-analysis.json');
    const imported = run(
      ['data', 'import', 'artificial-analysis', 'artificial-analysis.json', '--date', '2026-11-20', '--out', 'aa.json'],
      cwd,
    );
    expect(imported.code, imported.stderr).toBe(0);
    const valid = run(['data', 'validate', 'aa.json'], cwd);
    expect(valid.code, valid.stdout).toBe(0);
    const credit = 'Contains data from Artificial Analysis (https://artificialanalysis.ai/), used with attribution as its terms require.';
    const rec = JSON.parse(run(['recommend', '--mix', 'reasoning=100', '--data', 'aa.json', '--json'], cwd).stdout);
    expect(rec.dataset.sources.find((s: { id: string }) => s.id === 'artificial-analysis-2026-11-20').attribution).toBe(credit);
    expect(run(['recommend', '--mix', 'reasoning=100', '--data', 'aa.json'], cwd).stdout.replace(/\s+/g, ' ')).toContain(
      `Attribution: ${credit} (source artificial-analysis-2026-11-20)`,
    );
    // The memo and the HTML name the source by its publisher.
    expect(run(['recommend', '--mix', 'reasoning=100', '--data', 'aa.json', '--format', 'markdown'], cwd).stdout).toContain(
      `> Attribution: ${credit} (source Artificial Analysis)`,
    );
    expect(run(['recommend', '--mix', 'reasoning=100', '--data', 'aa.json', '--format', 'html'], cwd).stdout).toContain(
      `<p class="meta">Attribution: ${credit} (source Artificial Analysis)</p>`,
    );
    // Without it, no attribution line.
    expect(run(['recommend', '--mix', 'reasoning=100'], cwd).stdout).not.toContain('Attribution:');
  });

  it('--data FORMAT:FILE imports in memory, validated like a file, named as typed', () => {
    const cwd = folderWith('promptfoo-v3.json', 'lmarena.json');
    const r = run(
      [
        'evidence',
        '--benchmark',
        'promptfoo-our-coding-suite-terminal-tasks-and-repository-fixes',
        '--json',
        '--data',
        'promptfoo:promptfoo-v3.json',
      ],
      cwd,
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(
      'imported promptfoo:promptfoo-v3.json: 4 models (see them with: model-advisor data import promptfoo promptfoo-v3.json)\n',
    );
    const rows = JSON.parse(r.stdout);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toMatchObject({ model: 'gpt-5.4', origin: 'promptfoo:promptfoo-v3.json' });
    const rec = JSON.parse(run(['recommend', '--mix', 'coding=100', '--json', '--data', 'promptfoo:promptfoo-v3.json'], cwd).stdout);
    expect(rec.dataset.overlays).toEqual(['promptfoo:promptfoo-v3.json']);
    expectUserError(run(['models', '--data', 'lmarena:lmarena.json'], cwd), /lmarena\.json: an LMArena leaderboard file carries no date/);
  });

  it('user mistakes: wrong format (naming the one it looks like), an ambiguous name, a missing date, bad options', () => {
    const cwd = folderWith('lmarena.json', 'promptfoo-v3.json', 'models-dev.json');
    expectUserError(
      run(['data', 'import', 'promptfoo', 'lmarena.json'], cwd),
      /^model-advisor: lmarena\.json is not promptfoo eval output \(promptfoo eval -o results\.json\); it looks like an LMArena leaderboard .*: use data import lmarena\n$/,
    );
    expectUserError(
      run(['data', 'import', 'artificial-analysis', 'models-dev.json'], cwd),
      /it looks like a models\.dev api\.json .*: use data import models-dev/,
    );
    expectUserError(
      run(['data', 'import', 'lmarena', 'lmarena.json'], cwd),
      /carries no date; give the day it was published with --date YYYY-MM-DD/,
    );
    expectUserError(
      run(['data', 'import', 'csv', 'lmarena.json'], cwd),
      /unknown format "csv"; use one of: promptfoo, artificial-analysis, models-dev or lmarena/,
    );
    expectUserError(run(['data', 'import', 'promptfoo', 'promptfoo-v3.json', '--weight', '0.7'], cwd), /--weight needs --workload/);
    expectUserError(
      run(['data', 'import', 'promptfoo', 'promptfoo-v3.json', '--workload', 'coding', '--weight', '1.5'], cwd),
      /above 0 and at most 1/,
    );
    expectUserError(
      run(['data', 'import', 'lmarena', 'lmarena.json', '--date', '2026-12-01'], cwd),
      /2026-12-01 is after today \(2026-11-21\)/,
    );
    const v3 = JSON.parse(readFileSync(join(cwd, 'promptfoo-v3.json'), 'utf8'));
    v3.results.prompts[3].provider = 'Gpt-5.4 ';
    writeFileSync(join(cwd, 'odd.json'), JSON.stringify(v3));
    expectUserError(
      run(['data', 'import', 'promptfoo', 'odd.json'], cwd),
      /"Gpt-5.4 " is not exactly the id, name or an alias of gpt-5.4, but reads like it; say what it is with --map 'Gpt-5.4 =model-id', or leave it out with --only-known/,
    );
    v3.results.prompts[3].provider = 'GPT-5.4';
    writeFileSync(join(cwd, 'twice.json'), JSON.stringify(v3));
    expectUserError(run(['data', 'import', 'promptfoo', 'twice.json'], cwd), /"openai:gpt-5.4" and "GPT-5.4" both name gpt-5.4/);
  });

  it('--map and --only-known: mapped names join their model, unmapped ones are listed and left out', () => {
    const cwd = folderWith('lmarena.json');
    const r = run(
      [
        'data',
        'import',
        'lmarena',
        'lmarena.json',
        '--date',
        '2026-11-20',
        '--only-known',
        '--map',
        'gpt-5.4-mini=gpt-5.4',
        '--map',
        'nope=muse-spark',
      ],
      cwd,
    );
    expectUserError(r, /"gpt-5.4" and "gpt-5.4-mini" both name gpt-5.4/);
    const ok = run(['data', 'import', 'lmarena', 'lmarena.json', '--date', '2026-11-20', '--only-known', '--map', 'nope=muse-spark'], cwd);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toContain('skipped "gpt-5.4-mini": not a known model (--only-known)');
    expect(ok.stderr).toContain('warning: --map "nope=…" matched no entry of lmarena.json');
    expect(JSON.parse(ok.stdout).models).toBeUndefined();
  });

  it('models.dev and LMArena overlays validate; prices show in the models listing with their dates', () => {
    const cwd = folderWith('models-dev.json', 'lmarena.json');
    expect(run(['data', 'import', 'models-dev', 'models-dev.json', '--date', '2026-11-20', '--out', 'md.json'], cwd).code).toBe(0);
    expect(run(['data', 'import', 'lmarena', 'lmarena.json', '--date', '2026-11-20', '--out', 'lm.json'], cwd).code).toBe(0);
    const valid = run(['data', 'validate', 'md.json', 'lm.json'], cwd);
    expect(valid.code, valid.stdout).toBe(0);
    const listing = cli(['models', '--data', 'md.json'], { cwd, env: { ...EPOCH, COLUMNS: '200' } });
    expect(listing.code, listing.stderr).toBe(0);
    expect(listing.stdout).toMatch(/│ GPT-5\.4 .*│ Price 2026-11-20: USD 2\.5 in \/ 10 out per 1M tokens \(models-dev-2026-11-20\) +│/);
    expect(run(['models'], cwd).stdout.replace(/\s+/g, ' ')).toContain(
      'No prices: the bundled data has none (neither source article discloses a price).',
    );
  });

  it('a generated 10 MB models.dev file of 14,000 listings imports whole', () => {
    const cwd = tempDir();
    const text = modelsDevText({ providers: 100, perProvider: 140, distinct: 3000 });
    expect(text.length).toBeGreaterThan(10_000_000);
    writeFileSync(join(cwd, 'api.json'), text);
    // Counted independently of the importer: the distinct model keys of the file.
    const keys = new Set(Object.values(JSON.parse(text) as Record<string, { models: object }>).flatMap((p) => Object.keys(p.models)));
    const start = Date.now();
    const r = run(['data', 'import', 'models-dev', 'api.json', '--date', '2026-11-20', '--out', 'big.json'], cwd);
    const ms = Date.now() - start;
    expect(r.code, r.stderr.slice(-500)).toBe(0);
    const out = JSON.parse(readFileSync(join(cwd, 'big.json'), 'utf8'));
    expect(out.models).toHaveLength(keys.size);
    expect(
      r.stderr
        .trimEnd()
        .split('\n')
        .filter((l) => !l.startsWith('wrote')),
    ).toHaveLength(keys.size);
    // The time budget (1 s) is measured by `npm run bench`; here only a bound no loaded machine misses.
    expect(ms).toBeLessThan(20_000);
  });
});
