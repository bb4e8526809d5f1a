import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { failure } from './bundle.js';
import { BUNDLED } from './ids.js';
import type { LoadedPart } from './merge.js';
import { parsePartText } from './parse.js';

// The bundled data, data/*.json, read and validated once. The build (scripts/build.mjs) runs readDataDir,
// cross-checks the result, and embeds it in place of this module, so the built CLI never reads data/ nor
// loads the schema library for it, with or without --data. Run from source (tests, the library), this
// module does the same once per process, on first use.

export const BUNDLED_DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));

/** Reads and validates the data/*.json files of `dir`, in name order so the merged order never depends on the file system. */
export function readDataDir(dir = BUNDLED_DATA_DIR): LoadedPart[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const outcome = parsePartText(readFileSync(`${dir}/${f}`, 'utf8'), `data/${f}`, BUNDLED);
      if (!outcome.ok) throw failure(outcome.findings, []);
      return outcome.loaded;
    });
}

let text: string | undefined;

/** The bundled parts, validated; a fresh copy each call, as the build's stand-in returns. */
export function bundledParts(): LoadedPart[] {
  text ??= JSON.stringify(readDataDir());
  return JSON.parse(text) as LoadedPart[];
}
