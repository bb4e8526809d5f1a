// Step 2: data/*.json read and validated with the tool's own zod schemas and cross-checks, by the same
// functions the tests use (src/dataset/bundled-data.ts, bundle.ts), bundled into a throwaway module and run
// here. A bad file stops the build. Returns the validated parts, which the CLI embeds.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { DIST, ESBUILD, fail, ROOT } from './common.mjs';

export async function validatedData() {
  const validator = join(DIST, '.validate-data.mjs');
  await esbuild.build({
    ...ESBUILD,
    format: 'esm',
    stdin: {
      contents: [
        "import { assemble } from './src/dataset/bundle.ts';",
        "import { readDataDir } from './src/dataset/bundled-data.ts';",
        'export function validate(dir) { const parts = readDataDir(dir); assemble(parts); return parts; }',
      ].join('\n'),
      resolveDir: ROOT,
      sourcefile: 'validate-data.ts',
      loader: 'ts',
    },
    packages: 'external',
    outfile: validator,
  });
  try {
    return (await import(pathToFileURL(validator).href)).validate(join(ROOT, 'data'));
  } catch (e) {
    fail(e?.name === 'UserError' ? `bundled data rejected: ${e.message}` : (e?.stack ?? String(e)));
  } finally {
    rmSync(validator, { force: true });
  }
}
