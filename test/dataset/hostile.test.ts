import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkParts } from '../../src/dataset/bundle.js';
import { bundledParts } from '../../src/dataset/bundled-data.js';
import { jsonPath } from '../../src/dataset/findings.js';
import { type ParseOutcome, parsePartText } from '../../src/dataset/parse.js';
import { findSyntaxError, MAX_DEPTH } from '../../src/dataset/read.js';
import { DatasetPart } from '../../src/dataset/schema.js';
import { overlayTemplate } from '../../src/dataset/template.js';
import { TODAY } from '../helpers/overlay.js';

// Overlays are untrusted input. Whatever the text, reading it must end in "valid" or in findings
// with a one-line message, never in an exception, and nothing global may change.

type Path = (string | number)[];
const TEMPLATE = overlayTemplate(TODAY) as unknown as Record<string, unknown>;
const BUNDLED = bundledParts();

/** Every path in a JSON value, containers included (iterative: the template is small, but the habit is cheap). */
function allPaths(root: unknown): { path: Path; value: unknown }[] {
  const out: { path: Path; value: unknown }[] = [];
  const stack: { path: Path; value: unknown }[] = [{ path: [], value: root }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    out.push(item);
    const { path, value } = item;
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) stack.push({ path: [...path, i], value: v });
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) stack.push({ path: [...path, k], value: v });
    }
  }
  return out;
}

function setAt(root: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = value;
  return copy;
}

/** The whole pipeline a `--data` file goes through: parse, then merge with the bundled data and cross-check. */
function check(text: string, file = 'hostile.json'): ParseOutcome & { crossFindings?: number } {
  const outcome = parsePartText(text, file, file);
  if (!outcome.ok) return outcome;
  const { findings } = checkParts([...BUNDLED, outcome.loaded], TODAY);
  return { ...outcome, crossFindings: findings.length };
}

function expectCleanFindings(outcome: ParseOutcome): void {
  if (outcome.ok) return;
  expect(outcome.findings.length).toBeGreaterThan(0);
  for (const f of outcome.findings) {
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.message).not.toMatch(/\n/);
    expect(f.path).toMatch(/^\$/);
    expect(f.message.length + f.path.length).toBeLessThan(2000);
  }
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const WRONG: unknown[] = [null, true, 'text', 42, [], {}];

let prototypeSnapshot: string[];
let arraySnapshot: string[];
let globalSnapshot: string[];
beforeEach(() => {
  prototypeSnapshot = Object.getOwnPropertyNames(Object.prototype).sort();
  arraySnapshot = Object.getOwnPropertyNames(Array.prototype).sort();
  globalSnapshot = Object.getOwnPropertyNames(globalThis).sort();
});
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeSnapshot);
  expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arraySnapshot);
  expect(Object.getOwnPropertyNames(globalThis).sort()).toEqual(globalSnapshot);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf({})).toBe(Object.prototype);
});

describe('hostile overlays', () => {
  it('the template itself is valid (the base the mutations start from)', () => {
    const outcome = check(JSON.stringify(TEMPLATE));
    expect(outcome.ok).toBe(true);
    expect(outcome.crossFindings).toBe(0);
  });

  it('random JSON values never crash: valid, or findings with one-line messages', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        expectCleanFindings(check(JSON.stringify(value) ?? 'null'));
      }),
      { numRuns: 300 },
    );
  });

  it('random text never crashes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expectCleanFindings(check(text));
      }),
      { numRuns: 300 },
    );
  });

  it('the syntax locator agrees with JSON.parse on valid JSON and on damaged JSON', () => {
    const damaged = fc.tuple(
      fc.json({ maxDepth: 4 }),
      fc.nat(),
      fc.constantFrom('', ',', '}', ']', '"', ':', 'x', '\n', '\\', '{', '[', '01', '-'),
    );
    fc.assert(
      fc.property(damaged, ([json, at, insert]) => {
        expect(findSyntaxError(json)).toBeUndefined();
        const i = json.length ? at % json.length : 0;
        const text = json.slice(0, i) + insert + json.slice(i + (insert ? 0 : 1));
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findSyntaxError(text) === undefined, JSON.stringify(text)).toBe(parses);
      }),
      { numRuns: 1000 },
    );
  });

  it('random replacements anywhere in a valid overlay never crash the cross-checks', () => {
    const paths = allPaths(TEMPLATE).map((p) => p.path);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
        expectCleanFindings(check(JSON.stringify(setAt(TEMPLATE, path, value))));
      }),
      { numRuns: 400 },
    );
  });

  it('random overlays built from the schema’s own shapes never crash the cross-checks', () => {
    const id = fc.constantFrom('gpt-5.4', 'claude-opus-4.6', 'our-suite', 'hle', 'coding', 'sla', 'my-evals', 'x');
    const num = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -5, max: 200 }));
    const obs = fc.record(
      { model: id, benchmark: id, source: id, date: fc.constantFrom('2026-01-01', '2030-01-01'), value: num, mode: id },
      { requiredKeys: ['model', 'benchmark', 'source', 'date', 'value'] },
    );
    const weight = fc.record({
      workload: id,
      benchmark: id,
      weight: fc.double({ min: 0, max: 1e308, noNaN: true }),
      rationale: fc.constant('r'),
    });
    const fact = fc.record({
      model: id,
      requirement: id,
      value: fc.constantFrom('yes', 'no', 'unknown'),
      source: id,
      date: fc.constant('2026-01-01'),
    });
    const source = fc.record({
      id,
      kind: fc.constantFrom('public', 'private'),
      title: fc.constant('T'),
      publisher: fc.constant('P'),
      date: fc.constant('2026-01-01'),
    });
    const part = fc.record({
      sources: fc.array(source, { maxLength: 3 }),
      observations: fc.array(obs, { maxLength: 6 }),
      weights: fc.array(weight, { maxLength: 4 }),
      governance: fc.array(fact, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(part, (p) => {
        expectCleanFindings(check(JSON.stringify(p)));
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a wrong type at every field of the template, at that field’s path', () => {
    let tried = 0;
    for (const { path, value } of allPaths(TEMPLATE)) {
      if (path.length === 0) continue;
      for (const wrong of WRONG.filter((w) => typeOf(w) !== typeOf(value))) {
        const outcome = check(JSON.stringify(setAt(TEMPLATE, path, wrong)));
        expect(outcome.ok, `${jsonPath(path)} = ${JSON.stringify(wrong)}`).toBe(false);
        if (!outcome.ok) {
          expectCleanFindings(outcome);
          const at = jsonPath(path);
          expect(
            outcome.findings.some((f) => f.path === at || f.path.startsWith(`${at}.`) || f.path.startsWith(`${at}[`)),
            `${at} = ${JSON.stringify(wrong)}: ${JSON.stringify(outcome.findings)}`,
          ).toBe(true);
        }
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(300);
  });

  it('rejects 1e999 and -1e999 (±Infinity after JSON.parse) at every numeric field', () => {
    const numeric = allPaths(TEMPLATE).filter((p) => typeof p.value === 'number');
    expect(numeric.length).toBeGreaterThan(5);
    for (const { path } of numeric) {
      for (const literal of ['1e999', '-1e999']) {
        const text = JSON.stringify(setAt(TEMPLATE, path, '__HUGE__')).replace('"__HUGE__"', literal);
        const outcome = check(text);
        expect(outcome.ok).toBe(false);
        if (!outcome.ok)
          expect(outcome.findings[0]).toMatchObject({ path: jsonPath(path), message: expect.stringMatching(/received -?Infinity/) });
      }
    }
  });

  it('rejects NaN and Infinity handed to the schema directly (not only through JSON)', () => {
    for (const { path } of allPaths(TEMPLATE).filter((p) => typeof p.value === 'number')) {
      for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        expect(DatasetPart.safeParse(setAt(TEMPLATE, path, bad)).success, jsonPath(path)).toBe(false);
      }
    }
  });

  it('rejects __proto__, constructor and prototype keys at every level, without touching any prototype', () => {
    const containers = allPaths(TEMPLATE).filter((p) => p.value !== null && typeof p.value === 'object' && !Array.isArray(p.value));
    fc.assert(
      fc.property(
        fc.constantFrom(...containers.map((c) => c.path)),
        fc.constantFrom('__proto__', 'constructor', 'prototype'),
        fc.jsonValue({ maxDepth: 2 }),
        (path, key, value) => {
          const doc = structuredClone(TEMPLATE);
          let target = doc as Record<string | number, unknown>;
          for (const k of path) target = target[k] as Record<string | number, unknown>;
          // An own property named "__proto__", exactly what JSON.parse creates from text.
          Object.defineProperty(target, key, { value: { polluted: true, value }, enumerable: true, configurable: true, writable: true });
          const text = JSON.stringify(doc);
          expect(text).toContain(`"${key}":`);
          const outcome = check(text);
          expect(outcome.ok).toBe(false);
          if (!outcome.ok) {
            expect(outcome.findings).toContainEqual({
              file: 'hostile.json',
              path: jsonPath([...path, key]),
              code: 'forbidden-key',
              message: `the key "${key}" is not allowed (it could alter JavaScript object prototypes); remove it`,
            });
            expectCleanFindings(outcome);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rejects "constructor" and "prototype" as ids, so no lookup by id can reach Object.prototype', () => {
    for (const id of ['constructor', 'prototype']) {
      const text = JSON.stringify({ requirements: [{ id, label: 'L', why: 'W' }] });
      const outcome = check(text);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.findings[0]).toMatchObject({ path: '$.requirements[0].id', code: 'schema' });
    }
  });

  it('rejects 100,000-deep nesting of arrays and of objects without a stack overflow', () => {
    const n = 100_000;
    for (const text of ['['.repeat(n) + ']'.repeat(n), `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`, `{"models":${'['.repeat(n)}`]) {
      const outcome = check(text);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) {
        expect(outcome.findings).toHaveLength(1);
        expect(outcome.findings[0]).toMatchObject({
          code: 'too-deep',
          message: expect.stringMatching(`^nested deeper than ${MAX_DEPTH} levels`),
        });
      }
    }
  });

  it('handles a document of many keys and long strings within the limit', () => {
    const manyKeys = `{${Array.from({ length: 50_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`;
    const outcome = check(manyKeys);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.findings.length).toBeLessThanOrEqual(201);
      expectCleanFindings(outcome);
    }
    const longKey = JSON.stringify({ ['x'.repeat(1_000_000)]: 1 });
    const long = check(longKey);
    expect(long.ok).toBe(false);
    if (!long.ok) {
      expect(long.findings[0]?.path.length).toBeLessThan(100);
      expectCleanFindings(long);
    }
  });
});
