import { type Finding, locationOf } from './merge.js';
import type { Dataset } from './schema.js';

/**
 * Cross-checks a merged dataset: every id a record refers to must exist. Returns findings that
 * name the file and JSON path of the record that refers to the missing id.
 */
export function checkReferences(d: Dataset): Finding[] {
  const findings: Finding[] = [];
  const ids = {
    model: new Set(d.models.map((m) => m.id)),
    benchmark: new Set(d.benchmarks.map((b) => b.id)),
    source: new Set(d.sources.map((s) => s.id)),
    requirement: new Set(d.requirements.map((r) => r.id)),
  };
  const valid = (set: Set<string>) => [...set].sort().join(', ') || '(none)';
  const at = (record: object, suffix: string, message: string) => {
    const loc = locationOf(record) ?? { file: '(unknown file)', path: '$' };
    findings.push({ file: loc.file, path: `${loc.path}${suffix}`, message });
  };
  const needSource = (record: object, suffix: string, source: string | undefined) => {
    if (source !== undefined && !ids.source.has(source)) {
      at(record, suffix, `unknown source "${source}"; add it to "sources" or use one of: ${valid(ids.source)}`);
    }
  };

  for (const o of d.observations) {
    if (!ids.model.has(o.model)) at(o, '.model', `unknown model "${o.model}"; add it to "models" or use one of: ${valid(ids.model)}`);
    if (!ids.benchmark.has(o.benchmark)) {
      at(o, '.benchmark', `unknown benchmark "${o.benchmark}"; add it to "benchmarks" or use one of: ${valid(ids.benchmark)}`);
    }
    needSource(o, '.source', o.source);
    if (o.mode !== undefined) {
      const model = d.models.find((m) => m.id === o.model);
      if (model && !(model.modes ?? []).some((m) => m.id === o.mode)) {
        const modes = (model.modes ?? []).map((m) => m.id);
        at(o, '.mode', `model "${o.model}" has no mode "${o.mode}"; use one of: ${modes.join(', ') || '(it declares none)'}`);
      }
    }
  }
  for (const m of d.models) {
    for (const [req, fact] of Object.entries(m.governance)) {
      if (!ids.requirement.has(req)) {
        at(m, `.governance.${req}`, `unknown requirement "${req}"; add it to "requirements" or use one of: ${valid(ids.requirement)}`);
      }
      needSource(m, `.governance.${req}.source`, fact.source);
    }
    for (const [i, r] of (m.release ?? []).entries()) needSource(m, `.release[${i}].source`, r.source);
    for (const [i, r] of (m.modes ?? []).entries()) needSource(m, `.modes[${i}].source`, r.source);
    for (const [i, c] of m.caveats.entries()) needSource(m, `.caveats[${i}].source`, c.source);
  }
  for (const b of d.benchmarks) {
    needSource(b, '.measuresSource', b.measuresSource);
    for (const [i, c] of b.caveats.entries()) needSource(b, `.caveats[${i}].source`, c.source);
  }
  for (const w of d.workloads) {
    w.benchmarks.forEach((wb, i) => {
      if (!ids.benchmark.has(wb.benchmark)) {
        at(w, `.benchmarks[${i}].benchmark`, `unknown benchmark "${wb.benchmark}"; use one of: ${valid(ids.benchmark)}`);
      }
    });
    if (!w.benchmarks.some((wb) => wb.weight > 0)) {
      at(w, '.benchmarks', 'the weights must sum to a positive number; give at least one benchmark a weight above 0');
    }
    for (const [i, c] of w.caveats.entries()) needSource(w, `.caveats[${i}].source`, c.source);
  }
  return findings;
}
