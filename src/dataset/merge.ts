import type { Finding } from './findings.js';
import { alsoAt, locationOf, setListLocation } from './location.js';
import { BUNDLED } from './origin.js';
import { applyGovernancePatches, applyWeightPatches } from './patch.js';
import type { Dataset, DatasetPart, WithOrigin } from './schema.js';

export type { Finding } from './findings.js';
export { type Location, locationOf } from './location.js';

export interface LoadedPart {
  /** "bundled" for data/, else the overlay file as the user named it. */
  origin: string;
  /** The file, for messages. */
  file: string;
  part: DatasetPart;
}

export interface MergeResult {
  dataset: Dataset;
  /** What a later file replaced, one sentence each (reported as warnings). */
  overrides: string[];
  /** Duplicate ids inside one origin, patches of unknown records: errors. */
  findings: Finding[];
}

export type Keyed = 'sources' | 'requirements' | 'models' | 'benchmarks' | 'workloads' | 'observations' | 'prices' | 'verdicts';
const COLLECTIONS: readonly Keyed[] = [
  'sources',
  'requirements',
  'models',
  'benchmarks',
  'workloads',
  'observations',
  'prices',
  'verdicts',
];
const SINGULAR: Record<Keyed, string> = {
  sources: 'source',
  requirements: 'requirement',
  models: 'model',
  benchmarks: 'benchmark',
  workloads: 'workload',
  observations: 'observation',
  prices: 'price',
  verdicts: 'verdict',
};

export function observationKey(o: { model: string; benchmark: string; source: string; mode?: string | undefined }): string {
  return `${o.model}|${o.benchmark}|${o.source}|${o.mode ?? ''}`;
}

function keyOf(collection: Keyed, item: Record<string, unknown>): string {
  if (collection === 'observations') return observationKey(item as Parameters<typeof observationKey>[0]);
  if (collection === 'prices') return `${String(item.model)}|${String(item.source)}`;
  if (collection === 'verdicts') return `${String(item.workload)}|${String(item.source)}|${String(item.quote ?? '')}`;
  return String(item.id);
}

function describeKey(collection: Keyed, key: string): string {
  if (collection === 'prices') {
    const [model, source] = key.split('|');
    return `price of ${model} from ${source}`;
  }
  if (collection === 'verdicts') {
    const [workload, source] = key.split('|');
    return `verdict on ${workload} from ${source}`;
  }
  if (collection !== 'observations') return `${SINGULAR[collection]} "${key}"`;
  const [model, benchmark, source, mode] = key.split('|');
  return `observation of ${model} on ${benchmark} from ${source}${mode ? ` (${mode} mode)` : ''}`;
}

export type Maps = Record<Keyed, Map<string, WithOrigin<Record<string, unknown>>>>;

/** Other origins whose corrections live inside a record (patched facts or weights), for the override message. */
function patchedBy(record: Record<string, unknown>): string[] {
  const inner = [...Object.values((record.governance ?? {}) as object), ...((record.benchmarks ?? []) as object[])];
  const origins = inner.map((x) => (x as { origin?: string }).origin).filter((o): o is string => o !== undefined);
  return [...new Set(origins)];
}

/**
 * Merges parts in order: a later origin replaces an earlier one's record with the same id (by
 * id; observations by model, benchmark, source and mode). The replacement keeps the earlier
 * record's position so output order stays stable. Two records with one id inside a single origin
 * are an error, not an override. Then each part's patches ("governance", "weights") change single
 * facts and weights of records from earlier parts (see patch.ts).
 */
export function mergeParts(parts: readonly LoadedPart[]): MergeResult {
  const maps = Object.fromEntries(COLLECTIONS.map((c) => [c, new Map()])) as Maps;
  const overrides: string[] = [];
  const findings: Finding[] = [];
  let info: (Dataset['info'] & { origin: string }) | undefined;

  for (const loaded of parts) {
    const { origin, file, part } = loaded;
    if (part.dataset) {
      if (info && info.origin !== origin)
        overrides.push(`${origin} replaces the dataset's title ("${info.title}") with "${part.dataset.title}"`);
      info = { ...part.dataset, origin };
    }
    for (const collection of COLLECTIONS) {
      const items = (part[collection] ?? []) as Record<string, unknown>[];
      items.forEach((item, index) => {
        const key = keyOf(collection, item);
        const previous = maps[collection].get(key);
        if (previous && previous.origin === origin) {
          findings.push({
            file,
            path: `$.${collection}[${index}]`,
            code: 'duplicate-id',
            message: `duplicate ${describeKey(collection, key)}${alsoAt(locationOf(previous), file)}; keep one`,
          });
          return;
        }
        const record = { ...item, origin } as WithOrigin<Record<string, unknown>>;
        setListLocation(record, file, collection, index);
        if (previous) {
          const dropped = patchedBy(previous).filter((o) => o !== origin);
          const also = dropped.length ? ` (and the corrections to it from ${dropped.join(', ')})` : '';
          overrides.push(`${origin} overrides ${describeKey(collection, key)} from ${previous.origin}${also}`);
        }
        maps[collection].set(key, record);
      });
    }
    applyGovernancePatches(maps, loaded, overrides, findings);
    applyWeightPatches(maps, loaded, overrides, findings);
  }

  const list = <T>(c: Keyed) => [...maps[c].values()] as unknown as T[];
  const { origin: _origin, ...datasetInfo } = info ?? { id: 'unnamed', title: 'Unnamed dataset', origin: BUNDLED };
  const dataset: Dataset = {
    info: datasetInfo,
    sources: list('sources'),
    requirements: list('requirements'),
    models: list('models'),
    benchmarks: list('benchmarks'),
    workloads: list('workloads'),
    observations: list('observations'),
    prices: list('prices'),
    verdicts: list('verdicts'),
  };
  return { dataset, overrides, findings };
}
