import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

// What each command loads in the built CLI (dist/cjs/, made by `npm test`'s build), read from esbuild's
// metafile. In the bundle a module runs when something that runs imports it statically (or require()s it);
// a dynamic import() (a command, a renderer for one format, the file writer) runs it only when that code
// does. The packages only some commands need are separate files (dist/cjs/vendor/), required from the
// modules that import them. This keeps the start-up budget honest without timing anything
// (docs/performance.md).

interface Meta {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}
const meta = JSON.parse(readFileSync(`${ROOT}dist/meta.json`, 'utf8')) as Meta;

const packageOf = (input: string) => {
  const parts = input.split('/');
  return parts.slice(1, parts[1]?.startsWith('@') ? 3 : 2).join('/');
};

/** The src/ files and packages that run once `starts` run, following static imports and require() calls. */
function loadedFor(module?: string): string[] {
  if (module && !meta.inputs[module]) throw new Error(`${module} is not in the bundle`);
  const seen = new Set<string>();
  const loaded = new Set<string>();
  const visit = (input: string) => {
    if (seen.has(input) || !meta.inputs[input]) return;
    seen.add(input);
    loaded.add(input.startsWith('node_modules/') ? packageOf(input) : input);
    for (const i of meta.inputs[input].imports) {
      if (i.kind === 'dynamic-import') continue;
      const vendored = /^\.\/vendor\/(.+)\.cjs$/.exec(i.path);
      if (vendored) loaded.add((vendored[1] as string).replace('__', '/'));
      else if (!i.external) visit(i.path);
    }
  };
  for (const start of ['src/cli.ts', ...(module ? [module] : [])]) visit(start);
  return [...loaded];
}

const HEAVY = ['zod', '@inquirer/prompts', '@inquirer/core', 'cli-table3', 'chalk', 'write-file-atomic'];

describe('the built CLI loads only what a command uses', () => {
  it.each([
    ['--help (the entry alone)', undefined],
    ['recommend --json', 'src/commands/recommend.ts'],
    ['evidence, models, … --json', 'src/commands/list.ts'],
    ['compare --json', 'src/commands/compare.ts'],
  ])('%s: no schema library, prompts, tables, colours or file writer', (_, module) => {
    const loaded = loadedFor(module);
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('keeps those packages out of the CLI file itself', () => {
    const inlined = new Set(
      Object.keys(meta.inputs)
        .filter((i) => i.startsWith('node_modules/'))
        .map(packageOf),
    );
    expect(HEAVY.filter((p) => inlined.has(p))).toEqual([]);
  });

  it('carries the bundled data validated at build time, not the files or the schema', () => {
    const loaded = loadedFor('src/commands/recommend.ts');
    expect(loaded).toContain('src/dataset/bundled.ts');
    expect(loaded).not.toContain('src/dataset/load.ts');
    expect(loaded).not.toContain('src/dataset/parse.ts');
    expect(loaded).not.toContain('src/dataset/schema.ts');
  });
});
