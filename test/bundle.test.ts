import { describe, expect, it } from 'vitest';
import { loadedFor, meta, packageOf } from './helpers/bundle.js';

// What each command loads, from the build's metafile (test/helpers/bundle.ts): this keeps the start-up
// budget honest without timing anything (README.md, "Performance").

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
    expect(loaded).toContain('src/dataset/bundled-data.ts');
    expect(loaded).not.toContain('src/dataset/load.ts');
    expect(loaded).not.toContain('src/dataset/parse.ts');
    expect(loaded).not.toContain('src/dataset/schema.ts');
  });
});
