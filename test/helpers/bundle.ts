import { readFileSync } from 'node:fs';
import { ROOT } from './cli.js';

// What runs in the built CLI (dist/cjs/, made by `npm test`'s build), read from esbuild's metafile. In the
// bundle a module runs when something that runs imports it statically (or require()s it); a dynamic
// import() (a command, a renderer for one format, the file writer) runs it only when that code does. The
// packages only some commands need are separate files (dist/cjs/vendor/), required from the modules that
// import them. See README.md, "Performance".

interface Meta {
  inputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[] }>;
}
export const meta = JSON.parse(readFileSync(`${ROOT}dist/meta.json`, 'utf8')) as Meta;

export const packageOf = (input: string) => {
  const parts = input.split('/');
  return parts.slice(1, parts[1]?.startsWith('@') ? 3 : 2).join('/');
};

/** The src/ files and packages that run when the CLI starts and `module` (a src/ path) runs. */
export function loadedFor(module?: string): string[] {
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
