import { choices, type Finding, type FindingCode, jsonPath, type Location, locationOf } from './findings.js';
import { BUNDLED } from './ids.js';
import { type LoadedPart, weightPatchOf } from './merge.js';

import type { Dataset } from './schema.js';

// The cross-checks of a merged dataset, each a list of findings naming file and JSON path: ids that refer to
// nothing, workload weights, missing quotes, figures off their scale, and dates after today.

const UNKNOWN_LOCATION: Location = { file: '(unknown file)', path: '$' };

/**
 * Quotes: the bundled data quotes its sources verbatim for every observation and every yes/no
 * governance fact, always. A user's file may leave the quote out only when the source is its own,
 * unpublished results ("kind": "private"); a claim from a public source keeps its words.
 */
export function checkCitations(d: Dataset): Finding[] {
  const findings: Finding[] = [];
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  const fix = (origin: string, source: string | undefined, what: string) =>
    origin === BUNDLED
      ? `the bundled data must quote its source verbatim for every ${what}; add "quote"`
      : `add "quote" with the words of source "${source}", or, if these are your own results, mark that source "kind": "private"`;
  const needsQuote = (origin: string, source: string | undefined) =>
    origin === BUNDLED || (source !== undefined && sources.has(source) && sources.get(source)?.kind !== 'private');

  for (const o of d.observations) {
    if (o.quote === undefined && needsQuote(o.origin, o.source)) {
      const { file, path } = locationOf(o) ?? UNKNOWN_LOCATION;
      findings.push({ file, path, code: 'missing-quote', message: `no "quote": ${fix(o.origin, o.source, 'observation')}` });
    }
  }
  // A price from a public source says where it was read: its words ("quote") or at least a "note".
  for (const p of d.prices) {
    if (p.quote === undefined && p.note === undefined && needsQuote(p.origin, p.source)) {
      const { file, path } = locationOf(p) ?? UNKNOWN_LOCATION;
      findings.push({
        file,
        path,
        code: 'missing-quote',
        message: `a price with neither "quote" nor "note": quote the price list of source "${p.source}", or note where it was read (or mark that source "kind": "private")`,
      });
    }
  }
  for (const m of d.models) {
    for (const [req, fact] of Object.entries(m.governance)) {
      const origin = fact.origin ?? m.origin;
      if (fact.value === 'unknown' || fact.quote !== undefined || !needsQuote(origin, fact.source)) continue;
      const patched = locationOf(fact);
      const model = locationOf(m) ?? UNKNOWN_LOCATION;
      const { file, path } = patched ?? { file: model.file, path: `${model.path}${jsonPath(['governance', req]).slice(1)}` };
      findings.push({
        file,
        path,
        code: 'missing-quote',
        message: `a "${fact.value}" fact with no "quote": ${fix(origin, fact.source, 'yes/no governance fact')}`,
      });
    }
  }
  return findings;
}

/** Figures must lie on their benchmark's fixed scale: outside it they are a typo or a unit mix-up. */
export function checkBounds(d: Dataset): Finding[] {
  const findings: Finding[] = [];
  const benchmarks = new Map(d.benchmarks.map((b) => [b.id, b]));
  for (const o of d.observations) {
    const b = benchmarks.get(o.benchmark);
    if (!b) continue; // reported as an unknown id
    const { min, max, unit } = b.scale;
    for (const key of ['value', 'low', 'high'] as const) {
      const v = o[key];
      if (v === undefined || (v >= min && v <= max)) continue;
      const { file, path } = locationOf(o) ?? UNKNOWN_LOCATION;
      const widen = b.origin !== BUNDLED ? `, or widen the scale of benchmark "${b.id}" (from ${b.origin})` : '';
      findings.push({
        file,
        path: `${path}.${key}`,
        code: 'out-of-bounds',
        message: `${v} is outside the scale of benchmark "${b.id}" (${min}–${max}, ${unit}); check the figure and its unit${widen}`,
      });
    }
  }
  return findings;
}

const DATE_KEYS = new Set(['date', 'released']);

/**
 * No date after today in a user's file: a result cannot be published in the future, and a model
 * not yet released cannot be recommended. Walks the file's data iteratively (no recursion).
 */
export function checkDates(parts: readonly LoadedPart[], today: string): Finding[] {
  const findings: Finding[] = [];
  // Each node links to its parent; a path is built only for a finding, not for every node.
  interface Node {
    value: unknown;
    key: string | number | undefined;
    parent: Node | undefined;
  }
  const pathOf = (node: Node, last: string) => {
    const keys: (string | number)[] = [last];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) keys.push(n.key);
    return jsonPath(keys.reverse());
  };
  for (const { file, part } of parts) {
    const stack: Node[] = [{ value: part, key: undefined, parent: undefined }];
    for (let node = stack.pop(); node; node = stack.pop()) {
      const value = node.value as Record<string, unknown>;
      // Object.keys, not Object.entries: no [key, value] pair for each of a large file's ~100,000 properties.
      const keys = Array.isArray(value) ? undefined : Object.keys(value);
      for (const k of keys ?? []) {
        const v = value[k];
        if (DATE_KEYS.has(k) && typeof v === 'string' && v > today) {
          const what = k === 'released' ? 'a release date' : 'a publication date';
          findings.push({
            file,
            path: pathOf(node, k),
            code: 'future-date',
            message: `${v} is after today (${today}): ${what} cannot be in the future; check the date (or pass --today YYYY-MM-DD if the clock is wrong)`,
          });
        }
      }
      // Children pushed back to front, so the walk (and the findings) go front to back.
      for (let i = (keys ?? (node.value as unknown[])).length - 1; i >= 0; i--) {
        const key = keys ? (keys[i] as string) : i;
        const v = value[key];
        if (v !== null && typeof v === 'object') stack.push({ value: v, key, parent: node });
      }
    }
  }
  return findings;
}

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
