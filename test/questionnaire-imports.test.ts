import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

// The prompt library is the questionnaire's alone: no other module imports it, and commands that do
// not ask questions never load it.

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The modules a built file loads when it is imported: static imports only (import() runs later, if ever). */
function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('/')) return;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gms)) {
      const spec = (m[1] ?? m[2]) as string;
      visit(spec.startsWith('.') ? resolve(dirname(file), spec) : spec);
    }
  };
  visit(entry);
  return seen;
}

describe('the prompt library stays in the questionnaire', () => {
  it('is imported by src/questionnaire/prompts.ts and nothing else', () => {
    const importers = sources(join(ROOT, 'src'))
      .filter((f) => /from '@inquirer\//.test(readFileSync(f, 'utf8')))
      .map((f) => f.slice(ROOT.length));
    expect(importers).toEqual(['src/questionnaire/prompts.ts']);
  });

  it('is not loaded with the entry: only the ask command imports it, lazily', () => {
    const loaded = [...staticClosure(join(ROOT, 'dist/cli.js'))];
    expect(loaded.filter((m) => m.includes('@inquirer') || m.includes('questionnaire'))).toEqual([]);
    expect(loaded).toContain('commander');
    const ask = [...staticClosure(join(ROOT, 'dist/commands/ask.js'))];
    expect(ask).toContain('@inquirer/prompts');
  });

  it('commands other than ask run without it installed', () => {
    // A copy of the package whose node_modules lacks @inquirer: any attempt to load it would fail.
    const root = mkdtempSync(join(tmpdir(), 'ma-no-inquirer-'));
    for (const d of ['bin', 'dist', 'data']) cpSync(join(ROOT, d), join(root, d), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
    mkdirSync(join(root, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (name !== '@inquirer' && name !== '.bin') symlinkSync(join(ROOT, 'node_modules', name), join(root, 'node_modules', name));
    }
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
    expect(ask.stderr).toContain("Cannot find package '@inquirer/prompts'");
  });
});
