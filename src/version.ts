import { readFileSync } from 'node:fs';

// The source form of the tool's name and version (tests, typecheck): the build replaces this module with the
// values embedded (scripts/build.mjs), so a start never reads package.json.

/** The package's own name and version. */
export const TOOL: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
})();
