import type { Finding } from './findings.js';
import { jsonPath } from './issues.js';
import { type Location, locationOf } from './location.js';
import type { LoadedPart } from './merge.js';
import { BUNDLED } from './origin.js';
import type { Dataset } from './schema.js';

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
      const { value } = node;
      const children: Node[] = [];
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) if (v !== null && typeof v === 'object') children.push({ value: v, key: i, parent: node });
      } else if (value !== null && typeof value === 'object') {
        for (const [k, v] of Object.entries(value)) {
          if (DATE_KEYS.has(k) && typeof v === 'string' && v > today) {
            const what = k === 'released' ? 'a release date' : 'a publication date';
            findings.push({
              file,
              path: pathOf(node, k),
              code: 'future-date',
              message: `${v} is after today (${today}): ${what} cannot be in the future; check the date (or pass --today YYYY-MM-DD if the clock is wrong)`,
            });
          } else if (v !== null && typeof v === 'object') children.push({ value: v, key: k, parent: node });
        }
      }
      // Pushed back to front, so the walk (and the findings) go front to back; a loop, not a
      // spread, since a file can hold more items than a call takes arguments.
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    }
  }
  return findings;
}
