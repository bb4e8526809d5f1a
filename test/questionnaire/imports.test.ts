import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadedFor } from '../helpers/bundle.js';
import { ROOT } from '../helpers/cli.js';

// The prompt library is the questionnaire's alone: no other module imports it, and commands that do
// not ask questions never load it.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the prompt library stays in the questionnaire', () => {
  it('is imported by src/questionnaire/prompts.ts and nothing else', () => {
    const importers = sources(join(ROOT, 'src'))
      .filter((f) => /from '@inquirer\//.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(ROOT.length));
    expect(importers).toEqual(['src/questionnaire/prompts.ts']);
  });

  it('is not loaded with the entry: only the ask command imports it, lazily', () => {
    const loaded = loadedFor();
    expect(loaded.filter((m) => m.includes('@inquirer') || m.includes('questionnaire'))).toEqual([]);
    expect(loaded).toContain('commander');
    expect(loadedFor('src/commands/ask.ts')).toContain('@inquirer/prompts');
  });

  it('commands other than ask run without it installed', () => {
    // A copy of the package without the bundled prompt library (dist/cjs/vendor/): loading it would fail.
    const root = mkdtempSync(join(tmpdir(), 'ma-no-inquirer-'));
    for (const d of ['bin', 'dist', 'data']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    rmSync(join(root, 'dist/cjs/vendor/@inquirer__prompts.cjs'));
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(root, 'bin/model-advisor.js'), ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '' },
      });
    expect(run(['--help']).status).toBe(0);
    expect(run(['models', '--json']).status).toBe(0);
    // The check is real: the questionnaire does need it.
    const ask = run(['ask']);
    expect(ask.status).toBe(1);
    expect(ask.stderr).toContain('Cannot find module');
    expect(ask.stderr).toContain('@inquirer__prompts.cjs');
  });
});
