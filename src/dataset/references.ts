import { choices, type Finding, type FindingCode } from './findings.js';
import { jsonPath } from './issues.js';
import { type Location, locationOf } from './location.js';
import { BUNDLED } from './origin.js';
import { weightPatchOf } from './patch.js';
import type { Dataset } from './schema.js';

const UNKNOWN_LOCATION: Location = { file: '(unknown file)', path: '$' };

/**
 * Cross-checks a merged dataset: every id a record refers to must exist, and every workload's
 * weights must sum to a positive number. Returns findings that name the file and JSON path of the
 * record (or the patch) that refers to the missing id.
 */
export function checkReferences(d: Dataset): Finding[] {
  const findings: Finding[] = [];
  const ids = {
    model: new Set(d.models.map((m) => m.id)),
    benchmark: new Set(d.benchmarks.map((b) => b.id)),
    source: new Set(d.sources.map((s) => s.id)),
    requirement: new Set(d.requirements.map((r) => r.id)),
    workload: new Set(d.workloads.map((w) => w.id)),
  };
  const push = (loc: Location | undefined, suffix: string, message: string, code: FindingCode = 'unknown-id') => {
    const { file, path } = loc ?? UNKNOWN_LOCATION;
    findings.push({ file, path: `${path}${suffix}`, code, message });
  };
  const at = (record: object, suffix: string, message: string) => push(locationOf(record), suffix, message);
  const needSource = (loc: Location | undefined, suffix: string, source: string | undefined) => {
    if (source !== undefined && !ids.source.has(source)) {
      push(loc, suffix, `unknown source "${source}"; add it to "sources" or use one of: ${choices(ids.source)}`);
    }
  };

  const models = new Map(d.models.map((m) => [m.id, m]));
  for (const o of d.observations) {
    if (!ids.model.has(o.model)) at(o, '.model', `unknown model "${o.model}"; add it to "models" or use one of: ${choices(ids.model)}`);
    if (!ids.benchmark.has(o.benchmark)) {
      at(o, '.benchmark', `unknown benchmark "${o.benchmark}"; add it to "benchmarks" or use one of: ${choices(ids.benchmark)}`);
    }
    // Looked up only when needed: building every observation's location would cost more than the check.
    if (!ids.source.has(o.source)) needSource(locationOf(o), '.source', o.source);
    const model = models.get(o.model);
    if (o.mode !== undefined && model && !(model.modes ?? []).some((m) => m.id === o.mode)) {
      const modes = (model.modes ?? []).map((m) => m.id);
      // When a later file replaced the model, the fix belongs in that file.
      const replaced =
        model.origin !== o.origin && model.origin !== BUNDLED ? ` since ${model.origin} replaced it (keep its "modes" there)` : '';
      const fix = modes.length ? `use one of: ${modes.join(', ')}` : 'it declares none, so remove "mode"';
      at(o, '.mode', `model "${o.model}" has no mode "${o.mode}"${replaced}; ${fix}`);
    }
  }
  for (const p of d.prices) {
    if (!ids.model.has(p.model)) at(p, '.model', `unknown model "${p.model}"; add it to "models" or use one of: ${choices(ids.model)}`);
    if (!ids.source.has(p.source)) needSource(locationOf(p), '.source', p.source);
  }
  for (const v of d.verdicts) {
    if (!ids.workload.has(v.workload)) at(v, '.workload', `unknown workload "${v.workload}"; use one of: ${choices(ids.workload)}`);
    for (const m of v.models) if (!ids.model.has(m)) at(v, '.models', `unknown model "${m}"; use one of: ${choices(ids.model)}`);
    if (!ids.source.has(v.source)) needSource(locationOf(v), '.source', v.source);
  }
  for (const m of d.models) {
    const loc = locationOf(m);
    for (const [req, fact] of Object.entries(m.governance)) {
      // A fact a patch set is reported at the patch; one inside the model, at the model.
      const patched = locationOf(fact);
      const factAt = patched ?? (loc && { ...loc, path: `${loc.path}${jsonPath(['governance', req]).slice(1)}` });
      if (!ids.requirement.has(req)) {
        push(
          patched ? { ...patched, path: `${patched.path}.requirement` } : factAt,
          '',
          `unknown requirement "${req}"; add it to "requirements" or use one of: ${choices(ids.requirement)}`,
        );
      }
      needSource(factAt, '.source', fact.source);
    }
    for (const [i, r] of (m.release ?? []).entries()) needSource(loc, `.release[${i}].source`, r.source);
    for (const [i, r] of (m.modes ?? []).entries()) needSource(loc, `.modes[${i}].source`, r.source);
    for (const [i, c] of m.caveats.entries()) needSource(loc, `.caveats[${i}].source`, c.source);
  }
  for (const b of d.benchmarks) {
    needSource(locationOf(b), '.measuresSource', b.measuresSource);
    for (const [i, c] of b.caveats.entries()) needSource(locationOf(b), `.caveats[${i}].source`, c.source);
  }
  for (const w of d.workloads) {
    w.benchmarks.forEach((wb, i) => {
      if (!ids.benchmark.has(wb.benchmark)) {
        const patched = locationOf(wb);
        const where = patched ? { ...patched, path: `${patched.path}.benchmark` } : locationOf(w);
        push(
          where,
          patched ? '' : `.benchmarks[${i}].benchmark`,
          `unknown benchmark "${wb.benchmark}"; use one of: ${choices(ids.benchmark)}`,
        );
      }
    });
    const sum = w.benchmarks.reduce((s, wb) => s + wb.weight, 0);
    if (!(sum > 0) || !Number.isFinite(sum)) {
      const patch = weightPatchOf(w);
      const fix = Number.isFinite(sum)
        ? 'give at least one benchmark a weight above 0'
        : 'use smaller weights, such as shares that sum to 1';
      const message = patch
        ? `after this change the weights of workload "${w.id}" sum to ${sum}, not a positive number; ${fix}`
        : `the weights must sum to a positive number (they sum to ${sum}); ${fix}`;
      push(patch ?? locationOf(w), patch ? '' : '.benchmarks', message, 'weights');
    }
    for (const [i, c] of w.caveats.entries()) needSource(locationOf(w), `.caveats[${i}].source`, c.source);
  }
  return findings;
}
