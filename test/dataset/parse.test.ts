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
});
