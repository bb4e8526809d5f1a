import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readLimited } from '../dataset/load.js';
import type { LoadedPart } from '../dataset/merge.js';
import { describeJsonError } from '../dataset/read.js';
import type { Dataset } from '../dataset/schema.js';
import { listOf, UserError } from '../errors.js';
import { shownPath } from '../render/sanitize.js';
import { artificialAnalysis } from './artificial-analysis.js';
import { type Importer, type ImportOptions, type ImportResult, isRecord, type Part } from './common.js';
import { FORMAT_NAMES, type Format, isFormat } from './formats.js';
import { parseMaps, Resolver } from './identity.js';
import { lmarena } from './lmarena.js';
import { modelsDev } from './models-dev.js';
import { promptfoo } from './promptfoo.js';

// Import: a foreign file → a normal overlay part. Read, recognise, resolve model identities, build.

export const FORMATS: Record<Format, Importer> = {
  promptfoo,
  'artificial-analysis': artificialAnalysis,
  'models-dev': modelsDev,
  lmarena,
};

/** A foreign file may be larger than an overlay: models.dev's api.json is several MB. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;

export interface ImportRequest extends Omit<ImportOptions, 'modified'> {
  format: string;
  maps?: readonly string[];
  onlyKnown?: boolean;
  cwd: string;
}

/** What the file looks like when it is not the format asked for: another format, an overlay, or nothing known. */
function lookAlike(json: unknown, asked: Format): string {
  for (const name of FORMAT_NAMES)
    if (name !== asked && FORMATS[name].recognise(json)) return `it looks like ${FORMATS[name].describe}: use data import ${name}`;
  if (isRecord(json) && ['sources', 'observations', 'models', 'benchmarks', 'prices'].some((k) => Array.isArray(json[k])))
    return 'it looks like a model-advisor overlay already: pass it with --data, no import needed';
  return `it matches none of the formats (${listOf(FORMAT_NAMES)})`;
}

function readJson(file: string, cwd: string): { json: unknown; modified: string | undefined } {
  const read = readLimited(file, cwd, { bytes: MAX_IMPORT_BYTES, what: 'an import', fix: 'export a smaller file' });
  if (!read.ok) throw new UserError(`${shownPath(file)}: ${read.finding.message}`);
  let json: unknown;
  try {
    json = JSON.parse(read.text);
  } catch (e) {
    throw new UserError(`${shownPath(file)}: not valid JSON (${describeJsonError(read.text, e as Error)}); export the file again`);
  }
  const modified = statSync(resolve(cwd, file)).mtime.toISOString().slice(0, 10);
  return { json, modified };
}

/** Imports one file against the dataset (the models it may name, the workloads it may weigh into). */
export function importFile(
  req: ImportRequest,
  dataset: Pick<Dataset, 'models' | 'benchmarks' | 'workloads'>,
): ImportResult & { unusedMaps: string[] } {
  if (!isFormat(req.format)) throw new UserError(`unknown format "${req.format}"; use one of: ${listOf(FORMAT_NAMES)}`);
  const importer = FORMATS[req.format];
  const { json, modified } = readJson(req.file, req.cwd);
  if (!importer.recognise(json)) throw new UserError(`${req.file} is not ${importer.describe}; ${lookAlike(json, req.format)}`);
  const models = dataset.models.map((m) => ({ id: m.id, name: m.name, vendor: m.vendor }));
  const resolver = new Resolver(models, parseMaps(req.maps ?? [], models), req.onlyKnown ?? false);
  const facts = new Map(dataset.models.map((m) => [m.id, Object.fromEntries(Object.entries(m.governance).map(([k, f]) => [k, f.value]))]));
  const result = importer.run(
    json,
    { ...req, modified },
    { models, facts, benchmarks: dataset.benchmarks, workloads: dataset.workloads, resolver },
  );
  return { ...result, unusedMaps: [...resolver.unusedMaps] };
}

/** The overlay file an import writes: two-space JSON and a final newline, the same bytes for the same input. */
export const overlayText = (part: Part) => `${JSON.stringify(part, null, 2)}\n`;

/** An import as an in-memory overlay, its origin the --data value as typed. */
export function importedPart(spec: string, result: ImportResult): LoadedPart {
  return { origin: spec, file: spec, part: result.part as LoadedPart['part'] };
}
