import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../../scripts/bench/synthetic.js';
import { parsePartText } from '../../src/dataset/parse.js';
import { DatasetPart } from '../../src/dataset/schema.js';

const source = { id: 'my-evals', kind: 'private', title: 'Our evaluation', publisher: 'Us', date: '2026-08-01' };
const observation = { model: 'gpt-5.4', benchmark: 'charxiv', value: 50, source: 'my-evals', date: '2026-08-01' };

describe('parsePartText: one file’s text → a validated part', () => {
  it('gives exactly what zod gives for the whole part, defaults filled in, lists in place', () => {
    const json = { $schema: 'x', sources: [source, { ...source, id: 'b' }], observations: [observation] };
    const outcome = parsePartText(JSON.stringify(json), 'mine.json', 'mine.json');
    expect(outcome).toEqual({ ok: true, loaded: { origin: 'mine.json', file: 'mine.json', part: DatasetPart.parse(json) } });
    if (outcome.ok) expect(outcome.loaded.part.sources?.[0]?.evaluators).toEqual([]);
  });

  it('does so for a large part (the synthetic 50 × 10), key order included', () => {
    const part = syntheticDataset({ models: 50, benchmarks: 10, seed: 3 });
    const outcome = parsePartText(JSON.stringify(part), 'big.json', 'big.json');
    expect(outcome.ok && JSON.stringify(outcome.loaded.part)).toBe(JSON.stringify(DatasetPart.parse(part)));
  });

  it('reports a problem outside the lists when every item is valid', () => {
    const outcome = parsePartText(JSON.stringify({ sources: [source], extra: 1 }), 'mine.json', 'mine.json');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.findings.map((f) => [f.path, f.code])).toEqual([['$.extra', 'schema']]);
  });

  it('reports a problem inside an item at its path, with the others', () => {
    const json = { sources: [source], observations: [observation, { ...observation, value: 'high' }], extra: 1 };
    const outcome = parsePartText(JSON.stringify(json), 'mine.json', 'mine.json');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.findings.map((f) => f.path)).toEqual(expect.arrayContaining(['$.observations[1].value', '$.extra']));
  });

  it('reports a repeated key and the schema problems together, and stops before the schema only for too-deep nesting', () => {
    const text = '{"sources": [], "sources": [], "extra": 1}';
    const outcome = parsePartText(text, 'f.json', 'f.json');
    expect(!outcome.ok && outcome.findings.map((f) => `${f.code} ${f.path}`)).toEqual(['duplicate-key $.sources', 'schema $.extra']);
    const deep = parsePartText(`{"extra": 1, "models": ${'['.repeat(40)}${']'.repeat(40)}}`, 'f.json', 'f.json');
    expect(!deep.ok && deep.findings.map((f) => f.code)).toEqual(['too-deep']);
  });

  it('rejects JSON that is not an object at the top: null, a list, a number', () => {
    for (const [text, received] of [
      ['null', 'null'],
      ['[]', 'array'],
      ['42', 'number'],
    ]) {
      const outcome = parsePartText(text as string, 'f.json', 'f.json');
      expect(!outcome.ok && outcome.findings.map((f) => `${f.path}: ${f.message}`)).toEqual([
        `$: expected object, received ${received}; write an object in { }`,
      ]);
    }
  });

  it('reports exactly 200 schema problems in full, and stops after 200 with a note when there are more', () => {
    const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`zz${String(i).padStart(3, '0')}`, 1]));
    const at200 = parsePartText(JSON.stringify(keys(200)), 'f.json', 'f.json');
    expect(!at200.ok && at200.findings.length).toBe(200);
    expect(!at200.ok && at200.findings.every((f) => f.message.startsWith('unknown key'))).toBe(true);
    const at201 = parsePartText(JSON.stringify(keys(201)), 'f.json', 'f.json');
    expect(!at201.ok && at201.findings.length).toBe(201);
    expect(!at201.ok && at201.findings[200]?.message).toMatch(/^stopped after 200 problems with the schema/);
  });
});
