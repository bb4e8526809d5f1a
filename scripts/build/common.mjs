// What every build step shares: the package's folders, esbuild's common options, and how a step stops the build.

import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const DIST = join(ROOT, 'dist');
export const SRC = join(ROOT, 'src');

export const ESBUILD = { bundle: true, platform: 'node', target: 'node20', logLevel: 'warning' };

/** Stops the build with one line on stderr. */
export function fail(message) {
  process.stderr.write(`build: ${message}\n`);
  process.exit(1);
}
