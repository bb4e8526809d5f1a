import { describe, expect, it } from 'vitest';
import { loadedFor, meta, packageOf } from '../helpers/bundle.js';

// What each command loads, from the build's metafile (test/helpers/bundle.ts): this keeps the start-up
// budget honest without timing anything (README.md, "Performance").

const HEAVY = ['zod', '@inquirer/prompts', '@inquirer/core', 'chalk'];

describe('the built CLI loads only what a command uses', () => {
  it.each([
    ['--help (the entry alone)', undefined],
    ['recommend --json', 'src/commands/recommend.ts'],
    ['evidence, models, … --json', 'src/commands/list.ts'],
    ['compare --json', 'src/commands/compare.ts'],
  ])('%s: no schema library, prompts, tables or colours', (_, module) => {
    const loaded = loadedFor(module);
    expect(loaded.filter((p) => HEAVY.includes(p))).toEqual([]);
  });

  it('loads the file writer (and node:crypto with it) only for --out, never on a start', () => {
    for (const module of [undefined, 'src/commands/recommend.ts', 'src/commands/compare.ts', 'src/commands/list.ts']) {
      expect(loadedFor(module)).not.toContain('src/files/write.ts');
    }
    expect(loadedFor('src/commands/data.ts')).toContain('src/files/write.ts');
  });

  it('loads the HTML report and its charts only for --format html', () => {
    for (const module of ['src/commands/recommend.ts', 'src/commands/ask.ts', 'src/commands/list.ts']) {
      const loaded = loadedFor(module);
      expect(loaded.filter((p) => p.startsWith('src/render/html'))).toEqual([]);
    }
  });

  it('loads the MCP SDK for `mcp` only, from a file of its own', () => {
    const SDK = '@modelcontextprotocol/server';
    for (const module of [
      undefined,
      'src/commands/recommend.ts',
      'src/commands/list.ts',
      'src/commands/compare.ts',
      'src/commands/schema.ts',
    ]) {
      expect(loadedFor(module)).not.toContain(SDK);
    }
    expect(loadedFor('src/mcp/server.ts')).toContain(SDK);
    expect(loadedFor('src/commands/mcp.ts')).not.toContain(SDK);
    expect(Object.keys(meta.inputs).filter((i) => i.startsWith('node_modules/@modelcontextprotocol/'))).toEqual([]);
  });

  it('keeps those packages out of the CLI file itself', () => {
    const inlined = new Set(
      Object.keys(meta.inputs)
        .filter((i) => i.startsWith('node_modules/'))
        .map(packageOf),
    );
    expect(HEAVY.filter((p) => inlined.has(p))).toEqual([]);
  });

  it('evidence and the listings do not load the engine (the library functions that need it live apart)', () => {
    // src/engine/method.ts holds only the method's constants and the profile's bounds and defaults (numbers, no
    // code), which the shared flag declarations read: loading it is not loading the engine.
    const engine = loadedFor('src/commands/list.ts').filter((m) => m.startsWith('src/engine/') && m !== 'src/engine/method.ts');
    expect(engine).toEqual([]);
  });

  it('carries the bundled data validated at build time, not the files or the schema', () => {
    const loaded = loadedFor('src/commands/recommend.ts');
    expect(loaded).toContain('src/dataset/bundled-data.ts');
    expect(loaded).not.toContain('src/dataset/load.ts');
    expect(loaded).not.toContain('src/dataset/parse.ts');
    expect(loaded).not.toContain('src/dataset/schema.ts');
  });
});
