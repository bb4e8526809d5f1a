import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';

// What each command loads in the built CLI (dist/, made by `npm test`'s build), read from esbuild's metafile:
// the entry's chunks plus, for a command, the chunks its module needs before it runs. A dynamic import()
// inside a command (a renderer for one format, the file writer) is loaded only when that code runs.
// This keeps the start-up budget honest without timing anything (docs/performance.md).

interface Meta {
  outputs: Record<string, { imports: { path: string; kind: string }[]; inputs: Record<string, unknown>; entryPoint?: string }>;
}
const meta = JSON.parse(readFileSync(`${ROOT}dist/meta.json`, 'utf8')) as Meta;

function staticClosure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (chunk: string) => {
    if (seen.has(chunk) || !meta.outputs[chunk]) return;
    seen.add(chunk);
    for (const i of meta.outputs[chunk].imports) if (i.kind === 'import-statement') visit(i.path);
  };
  for (const s of start) visit(s);
  return seen;
}

const entry = Object.keys(meta.outputs).find((o) => meta.outputs[o]?.entryPoint === 'src/cli.ts') as string;
const chunkOf = (input: string) => Object.keys(meta.outputs).find((o) => input in (meta.outputs[o]?.inputs ?? {}));

/** The packages (and src/ files) loaded before `module` runs: the entry's closure plus the module's. */
function loadedFor(module?: string): string[] {
  const chunks = [entry];
  if (module) {
    const chunk = chunkOf(module);
    if (!chunk) throw new Error(`${module} is not in the bundle`);
    chunks.push(chunk);
  }
  const inputs = [...staticClosure(chunks)].flatMap((c) => Object.keys(meta.outputs[c]?.inputs ?? {}));
  return inputs.map((i) =>
    i.startsWith('node_modules/')
      ? i
          .split('/')
          .slice(1, i.split('/')[1]?.startsWith('@') ? 3 : 2)
          .join('/')
      : i,
  );
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

  it('carries the bundled data validated at build time, not the files or the schema', () => {
    const loaded = loadedFor('src/commands/recommend.ts');
    expect(loaded).toContain('src/dataset/bundled.ts');
    expect(loaded).not.toContain('src/dataset/read.ts');
    expect(loaded).not.toContain('src/dataset/schema.ts');
  });
});
