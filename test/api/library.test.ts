import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

// The library as a program uses it: `import … from 'model-advisor'` in an ES module, resolved by Node through
// package.json "exports" (a package may import itself by name), so this runs the built dist/esm/index.js.

const TODAY = '2026-11-27';

/** Runs an ES module's source in the package's folder; its stdout and stderr, and the exit code. */
function esm(source: string) {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', source], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("import { … } from 'model-advisor'", () => {
  it('recommend with the quick-start profile: the object `recommend --json` prints, and nothing printed by the library', () => {
    const r = esm(`
      import { loadDataset, recommend, Recommendation } from 'model-advisor';
      const data = loadDataset({ overlays: [], today: '${TODAY}' });
      const rec = recommend(data, { mix: { vision: 70, coding: 30 }, today: '${TODAY}' });
      Recommendation.parse(rec);
      process.stdout.write(JSON.stringify(rec, null, 2) + '\\n');
    `);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const expected = cli(['recommend', '--mix', 'vision=70,coding=30', '--today', TODAY, '--json']);
    expect(r.stdout).toBe(expected.stdout);
  });

  it('compare and evidence: the objects `compare --json` and `evidence --json` print', () => {
    const r = esm(`
      import { loadDataset, compare, evidence } from 'model-advisor';
      const data = loadDataset();
      const out = {
        compare: compare(data, 'gpt-5.4', 'gemini-3.1-pro', { mix: { coding: 1 }, today: '${TODAY}' }),
        evidence: evidence(data, { model: 'gpt-5.4' }),
      };
      process.stdout.write(JSON.stringify(out));
    `);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.compare).toEqual(
      JSON.parse(cli(['compare', 'gpt-5.4', 'gemini-3.1-pro', '--mix', 'coding=1', '--today', TODAY, '--json']).stdout),
    );
    expect(out.evidence).toEqual(JSON.parse(cli(['evidence', '--model', 'gpt-5.4', '--json']).stdout));
  });

  it('input errors are UserErrors, with the message the CLI prints; nothing printed, nothing exited', () => {
    const r = esm(`
      import { loadDataset, recommend, compare, UserError } from 'model-advisor';
      const data = loadDataset();
      const caught = [];
      for (const f of [
        () => recommend(data, { mix: { nope: 1 }, today: '${TODAY}' }),
        () => recommend(data, { mix: { vision: 1 }, today: '${TODAY}', samples: 1e9 }),
        () => compare(data, 'gpt-5.4', 'gpt-5.4', { mix: { coding: 1 }, today: '${TODAY}' }),
        () => loadDataset({ overlays: ['no-such-overlay.json'] }),
      ]) {
        try { f(); caught.push('no error'); } catch (e) { caught.push([e instanceof UserError, e.message]); }
      }
      process.stdout.write(JSON.stringify(caught));
    `);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const caught = JSON.parse(r.stdout) as [boolean, string][];
    expect(caught.map(([isUser]) => isUser)).toEqual([true, true, true, true]);
    expect(caught[0]?.[1]).toBe('profile: mix.nope: unknown workload "nope"; use one of: vision, health, coding, agentic or reasoning');
    expect(caught[1]?.[1]).toBe('profile: samples: must be a whole number from 100 to 1000000');
    // The same line the CLI prints after "model-advisor: ".
    const same = cli(['compare', 'gpt-5.4', 'gpt-5.4', '--mix', 'coding=1', '--today', TODAY]);
    expect(same.stderr).toBe(`model-advisor: ${caught[2]?.[1]}\n`);
    const missing = cli(['recommend', '--data', 'no-such-overlay.json', '--today', TODAY]);
    expect(missing.stderr).toBe(`model-advisor: ${caught[3]?.[1]}\n`);
  });

  it('publishes the schemas and the schema version', () => {
    const r = esm(`
      import { Profile, Recommendation, DatasetPart, Comparison, SCHEMA_VERSION } from 'model-advisor';
      const p = Profile.parse({ mix: { coding: 1 }, today: '${TODAY}' });
      process.stdout.write(JSON.stringify({ p, v: SCHEMA_VERSION, parts: [Recommendation, DatasetPart, Comparison].map((s) => typeof s.safeParse) }));
    `);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.p).toEqual({
      mix: { coding: 1 },
      requirements: [],
      exclude: [],
      costWeight: 0,
      asOf: null,
      today: TODAY,
      samples: 10000,
      seed: 1,
      // Issue 13's money fields: no volumes, the default 3:1 input:output split, no what-ifs.
      volume: {},
      ioRatio: { input: 3, output: 1 },
      assumptions: [],
    });
    expect(out.v).toBe(JSON.parse(cli(['recommend', '--today', TODAY, '--json']).stdout).schemaVersion);
    expect(out.parts).toEqual(['function', 'function', 'function']);
  });
});
