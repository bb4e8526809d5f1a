import { readBundledParts } from './load.js';
import type { LoadedPart } from './merge.js';

/**
 * The bundled data/*.json as validated parts. Run from source (tests), this reads data/ and validates it
 * with zod. The built CLI replaces this module with the parts this same code returned at build time
 * (scripts/build.mjs), so a bad bundled file fails the build and the tests, and no run pays for zod.
 */
export function bundledParts(): LoadedPart[] {
  return readBundledParts();
}
