import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { privateSource, tempDir, writeOverlay } from '../helpers/overlay.js';

// The bundled data is read and validated once, at build time, and embedded: no run reads data/ again,
// with --data or without. A copy of the built package without its data/ folder must answer the same.

function packageWithoutData(): string {
  const dir = tempDir();
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  mkdirSync(join(dir, 'work'));
  return dir;
}

const run = (pkg: string, args: string[]) =>
  spawnSync(process.execPath, [join(pkg, 'bin', 'model-advisor.js'), ...args], {
    cwd: join(pkg, 'work'),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 20_000,
  });

describe('the built CLI uses the data embedded at build time', () => {
  const pkg = packageWithoutData();
  const args = ['recommend', '--mix', 'coding=1', '--json', '--today', '2026-08-01'];

  it('recommends from the embedded data with no data/ folder beside it', () => {
    const r = run(pkg, args);
    expect(r.stderr).not.toMatch(/ENOENT|data\//);
    expect([0, 3]).toContain(r.status);
    expect(JSON.parse(r.stdout).workloads[0].ranking.length).toBeGreaterThan(0);
  });

  it('with --data, merges the overlay into that same embedded data', () => {
    const overlay = writeOverlay(join(pkg, 'work'), 'mine.json', { sources: [privateSource()] });
    const plain = run(pkg, args);
    const withOverlay = run(pkg, [...args, '--data', overlay]);
    expect(withOverlay.stderr).not.toMatch(/ENOENT/);
    expect(withOverlay.status).toBe(plain.status);
    const ranking = (out: string) => JSON.parse(out).workloads[0].ranking.map((r: { model: string }) => r.model);
    expect(ranking(withOverlay.stdout)).toEqual(ranking(plain.stdout));
  });

  it('data validate cross-checks against the embedded data', () => {
    const bad = writeOverlay(join(pkg, 'work'), 'bad.json', {
      observations: [{ model: 'no-such-model', benchmark: 'charxiv', value: 50, source: 'my-evals', date: '2026-08-01' }],
      sources: [privateSource()],
    });
    const r = run(pkg, ['data', 'validate', bad, '--today', '2026-08-01']);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/unknown model "no-such-model"; add it to "models" or use one of: .*gpt-5\.4/);
  });
});
