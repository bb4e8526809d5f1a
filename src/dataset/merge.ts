import { alsoAt, choices, type Finding, locationOf, setListLocation, setLocation } from './findings.js';
import { BUNDLED } from './ids.js';
import type { Dataset, DatasetPart, MergedFact, MergedModel, MergedWeight, MergedWorkload, WithOrigin } from './schema.js';

export type { Finding } from './findings.js';
export { type Location, locationOf } from './findings.js';

// Parts → one dataset: a later file replaces an earlier one's record by id (mergeParts), and patches correct a
// single governance fact or benchmark weight in place. No zod: the bundled data is merged on every start.

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
 * facts and weights of records from earlier parts (see applyGovernancePatches and applyWeightPatches, below).
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

// Patches change one governance fact of a model, or one benchmark weight of a workload, that an
// earlier file defined, without restating the record: what a team correcting "unknown" from its
// own contract, or re-weighting a workload, expects. The patched record is a copy (the earlier
// one is never mutated), keeps its origin and position, and the changed fact or weight carries
// the patching file's origin.

/** The workloads whose weights a patch changed, and where the last such patch is (for the weights check). */
const lastWeightPatch = new WeakMap<object, { file: string; path: string }>();
export function weightPatchOf(workload: object) {
  return lastWeightPatch.get(workload);
}

function unknownTarget(kind: 'model' | 'workload', id: string, known: Iterable<string>): string {
  return `unknown ${kind} "${id}"; a patch changes a ${kind} from the bundled data or an earlier --data file (define a new one in "${kind}s" instead), one of: ${choices(known)}`;
}

export function applyGovernancePatches(maps: Maps, { origin, file, part }: LoadedPart, overrides: string[], findings: Finding[]): void {
  const seen = new Map<string, string>();
  (part.governance ?? []).forEach((patch, index) => {
    const path = `$.governance[${index}]`;
    const key = `${patch.model}|${patch.requirement}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `duplicate correction of "${patch.requirement}" for model "${patch.model}"${alsoAt({ file, path: first }, file)}; keep one`;
      findings.push({ file, path, code: 'duplicate-id', message });
      return;
    }
    seen.set(key, path);
    const model = maps.models.get(patch.model) as MergedModel | undefined;
    if (!model) {
      findings.push({ file, path: `${path}.model`, code: 'unknown-id', message: unknownTarget('model', patch.model, maps.models.keys()) });
      return;
    }
    if (model.origin === origin) {
      const at = locationOf(model)?.path ?? '"models"';
      const message = `model "${patch.model}" is defined in this file (${at}); set the fact in its "governance" there instead`;
      findings.push({ file, path, code: 'duplicate-id', message });
      return;
    }
    const { model: _model, requirement, ...fact } = patch;
    const merged: MergedFact = { ...fact, origin };
    setLocation(merged, { file, path });
    const previous = Object.hasOwn(model.governance, requirement) ? model.governance[requirement] : undefined;
    const updated: MergedModel = { ...model, governance: { ...model.governance, [requirement]: merged } };
    setLocation(updated, locationOf(model));
    maps.models.set(patch.model, updated);
    if (previous) {
      const was = `was "${previous.value}" from ${previous.origin ?? model.origin}`;
      overrides.push(`${origin} corrects governance fact "${requirement}" of model "${model.id}" (${was}, now "${fact.value}")`);
    }
  });
}

export function applyWeightPatches(maps: Maps, { origin, file, part }: LoadedPart, overrides: string[], findings: Finding[]): void {
  const seen = new Map<string, string>();
  (part.weights ?? []).forEach((patch, index) => {
    const path = `$.weights[${index}]`;
    const key = `${patch.workload}|${patch.benchmark}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const message = `duplicate weight for benchmark "${patch.benchmark}" in workload "${patch.workload}"${alsoAt({ file, path: first }, file)}; keep one`;
      findings.push({ file, path, code: 'duplicate-id', message });
      return;
    }
    seen.set(key, path);
    const workload = maps.workloads.get(patch.workload) as MergedWorkload | undefined;
    if (!workload) {
      findings.push({
        file,
        path: `${path}.workload`,
        code: 'unknown-id',
        message: unknownTarget('workload', patch.workload, maps.workloads.keys()),
      });
      return;
    }
    if (workload.origin === origin) {
      const at = locationOf(workload)?.path ?? '"workloads"';
      const message = `workload "${patch.workload}" is defined in this file (${at}); set the weight in its "benchmarks" there instead`;
      findings.push({ file, path, code: 'duplicate-id', message });
      return;
    }
    const at = workload.benchmarks.findIndex((wb) => wb.benchmark === patch.benchmark);
    const previous = workload.benchmarks[at];
    const rationale = patch.rationale ?? previous?.rationale;
    if (rationale === undefined) {
      const message = `benchmark "${patch.benchmark}" is not in workload "${patch.workload}" yet; add a "rationale" saying why it counts for this work`;
      findings.push({ file, path, code: 'missing-rationale', message });
      return;
    }
    const entry: MergedWeight = { benchmark: patch.benchmark, weight: patch.weight, rationale, origin };
    setLocation(entry, { file, path });
    const benchmarks = previous ? workload.benchmarks.map((wb, i) => (i === at ? entry : wb)) : [...workload.benchmarks, entry];
    const updated: MergedWorkload = { ...workload, benchmarks };
    setLocation(updated, locationOf(workload));
    lastWeightPatch.set(updated, { file, path: `${path}.weight` });
    maps.workloads.set(patch.workload, updated);
    if (previous && previous.weight !== patch.weight) {
      const was = `was ${previous.weight} from ${previous.origin ?? workload.origin}`;
      overrides.push(
        `${origin} sets the weight of benchmark "${patch.benchmark}" in workload "${workload.id}" to ${patch.weight} (${was})`,
      );
    }
  });
}
