import { choices, type Finding } from './findings.js';
import { alsoAt, locationOf, setLocation } from './location.js';
import type { LoadedPart, Maps } from './merge.js';
import type { MergedFact, MergedModel, MergedWeight, MergedWorkload } from './schema.js';

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
