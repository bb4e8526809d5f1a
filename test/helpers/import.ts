import { fileURLToPath } from 'node:url';
import { loadDataset } from '../../src/dataset/load.js';
import { type ImportRequest, importFile } from '../../src/import/index.js';

export const FIXTURES = fileURLToPath(new URL('../import/fixtures/', import.meta.url));
const { dataset } = loadDataset({ today: '2026-11-21' });

/** Imports a fixture against the bundled data. */
export function importFixture(format: string, fixture: string, extra: Partial<ImportRequest> = {}) {
  return importFile({ format, file: fixture, cwd: FIXTURES, ...extra }, dataset);
}

type Item = Record<string, unknown>;
/** The items of one list of an imported part. */
export const items = (part: Record<string, unknown>, key: string) => (part[key] ?? []) as Item[];
