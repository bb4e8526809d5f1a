// The build (npm run build; npm ci runs it through "prepare"), in four steps. Why each: README.md, "Performance".
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { bundle } from './build/bundle.mjs';
import { recordCodeCaches } from './build/code-cache.mjs';
import { DIST, fail, ROOT } from './build/common.mjs';
import { validatedData } from './build/data.mjs';

const tsc = (project, ...args) =>
  spawnSync(process.execPath, [createRequire(import.meta.url).resolve('typescript/bin/tsc'), ...args, '-p', join(ROOT, project)], {
    stdio: 'inherit',
  }).status === 0;

// 1. Types: the whole program type-checks, and the library's declarations (package.json "types") go to dist/types.
if (!tsc('tsconfig.json', '--noEmit')) fail('type errors (above)');
rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
if (!tsc('tsconfig.types.json')) fail('declarations (above)');

// 2. Data: data/*.json validated with the tool's own schemas and cross-checks; a bad file stops the build.
const parts = await validatedData();

// 3. Bundles: the CLI as one CommonJS file with the data and version embedded, the packages only some commands
//    use as files of their own (dist/cjs/vendor/), and the library as one ES module.
await bundle(parts);

// 4. Code caches: V8's compiled code for the CLI and vendor files, recorded from runs of `recommend`.
recordCodeCaches(parts);
