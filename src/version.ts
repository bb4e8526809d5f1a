import { readFileSync } from 'node:fs';

/**
 * The package's own name and version. This is the source form (tests, typecheck); the build replaces the
 * module with the values embedded (scripts/build.mjs), so a start never reads package.json.
 */
export const TOOL: { name: string; version: string } = (() => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { name: string; version: string };
  return { name: pkg.name, version: pkg.version };
})();
