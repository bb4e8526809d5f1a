import { BUNDLED } from './origin.js';
import type { Dataset, DatasetPart, WithOrigin } from './schema.js';

export interface LoadedPart {
  /** "bundled" for data/, else the overlay file as the user named it. */
  origin: string;
  /** The file, for messages. */
  file: string;
  part: DatasetPart;
}

export interface Finding {
  file: string;
  path: string;
  message: string;
}

export interface MergeResult {
  dataset: Dataset;
  /** What a later file replaced, one sentence each (reported as warnings). */
  overrides: string[];
  /** Duplicate ids inside one origin: errors. */
  findings: Finding[];
}

type Keyed = 'sources' | 'requirements' | 'models' | 'benchmarks' | 'workloads' | 'observations';
const COLLECTIONS: readonly Keyed[] = ['sources', 'requirements', 'models', 'benchmarks', 'workloads', 'observations'];
const SINGULAR: Record<Keyed, string> = {
  sources: 'source',
  requirements: 'requirement',
  models: 'model',
  benchmarks: 'benchmark',
  workloads: 'workload',
  observations: 'observation',
};

/** Where each merged record was read from, for messages that must name the file and JSON path. */
const locations = new WeakMap<object, { file: string; path: string }>();
export function locationOf(record: object): { file: string; path: string } | undefined {
  return locations.get(record);
}

export function observationKey(o: { model: string; benchmark: string; source: string; mode?: string | undefined }): string {
  return `${o.model}|${o.benchmark}|${o.source}|${o.mode ?? ''}`;
}

function keyOf(collection: Keyed, item: Record<string, unknown>): string {
  if (collection === 'observations') return observationKey(item as Parameters<typeof observationKey>[0]);
  return String(item.id);
}

function describeKey(collection: Keyed, key: string): string {
  if (collection !== 'observations') return `${SINGULAR[collection]} "${key}"`;
  const [model, benchmark, source, mode] = key.split('|');
  return `observation of ${model} on ${benchmark} from ${source}${mode ? ` (${mode} mode)` : ''}`;
}

/**
 * Merges parts in order: a later origin replaces an earlier one's record with the same id (by
 * id; observations by model, benchmark, source and mode). The replacement keeps the earlier
 * record's position so output order stays stable. Two records with one id inside a single origin
 * are an error, not an override.
 */
export function mergeParts(parts: readonly LoadedPart[]): MergeResult {
  const maps = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map<string, WithOrigin<Record<string, unknown>>>()])) as Record<
    Keyed,
    Map<string, WithOrigin<Record<string, unknown>>>
  >;
  const overrides: string[] = [];
  const findings: Finding[] = [];
  let info: Dataset['info'] | undefined;

  for (const { origin, file, part } of parts) {
    if (part.dataset) info = part.dataset;
    for (const collection of COLLECTIONS) {
      const items = (part[collection] ?? []) as Record<string, unknown>[];
      items.forEach((item, index) => {
        const key = keyOf(collection, item);
        const path = `$.${collection}[${index}]`;
        const previous = maps[collection].get(key);
        if (previous && previous.origin === origin) {
          const first = locations.get(previous);
          findings.push({
            file,
            path,
            message: `duplicate ${describeKey(collection, key)} (also at ${first?.file === file ? '' : `${first?.file} `}${first?.path}); keep one`,
          });
          return;
        }
        const record = { ...item, origin } as WithOrigin<Record<string, unknown>>;
        locations.set(record, { file, path });
        if (previous) {
          overrides.push(`${origin} overrides ${describeKey(collection, key)} from ${previous.origin}`);
        }
        maps[collection].set(key, record);
      });
    }
  }

  const list = <T>(c: Keyed) => [...maps[c].values()] as unknown as WithOrigin<T>[];
  const dataset: Dataset = {
    info: info ?? { id: 'unnamed', title: 'Unnamed dataset' },
    sources: list('sources'),
    requirements: list('requirements'),
    models: list('models'),
    benchmarks: list('benchmarks'),
    workloads: list('workloads'),
    observations: list('observations'),
  };
  return { dataset, overrides, findings };
}

export const isBundled = (origin: string) => origin === BUNDLED;
