import { describe, expect, it } from 'vitest';
import { AA_ATTRIBUTION } from '../../src/import/artificial-analysis.js';
import { importFixture, items } from '../helpers/import.js';

describe('Artificial Analysis import', () => {
  it('maps the same measures onto the bundled benchmarks, fractions to percent, and creates the rest', () => {
    const { part, summary } = importFixture('artificial-analysis', 'artificial-analysis.json', { date: '2026-11-20' });
    const gpt = items(part, 'observations').filter((o) => o.model === 'gpt-5.4');
    expect(Object.fromEntries(gpt.map((o) => [o.benchmark, o.value]))).toEqual({
      'aa-index': 57.2,
      'aa-coding-index': 55.1,
      hle: 41.2,
      'tau2-telecom': 87.4,
      'terminalbench-hard': 46.3,
      critpt: 11.8,
      'aa-gpqa': 90.5,
    });
    // scicode is null: left out, not zero.
    expect(gpt.some((o) => o.benchmark === 'aa-scicode')).toBe(false);
    expect(gpt.find((o) => o.benchmark === 'hle')).toMatchObject({ quote: '"hle": 0.412', date: '2026-11-20' });
    expect(gpt.find((o) => o.benchmark === 'aa-index')?.note).toContain('Intelligence Index version 4.0');
    expect(items(part, 'benchmarks').map((b) => [b.id, (b.scale as { unit: string }).unit])).toEqual([
      ['aa-coding-index', 'score'],
      ['aa-gpqa', 'percent'],
    ]);
    // Prices keyed like the figures; a model with no evaluations and no pricing is still listed.
    expect(items(part, 'prices').map((p) => [p.model, p.input, p.output, p.currency])).toEqual([
      ['gpt-5.4', 2.5, 10, 'USD'],
      ['claude-opus-4.6', 5, 25, 'USD'],
      ['gemini-3.1-pro-preview', 2, 12, 'USD'],
    ]);
    expect(summary[3]).toBe('gpt-5.4-mini (new model, OpenAI) ← "GPT-5.4 mini": no evaluations');
    expect(items(part, 'sources')[0]).toMatchObject({ publisher: 'Artificial Analysis', attribution: AA_ATTRIBUTION });
  });

  it('"Gemini 3.1 Pro Preview" is not an exact name: a new model, or the bundled one with --map, keyed on the stable id', () => {
    const byName = importFixture('artificial-analysis', 'artificial-analysis.json', { date: '2026-11-20' });
    expect(items(byName.part, 'models').map((m) => m.id)).toEqual(['gemini-3.1-pro-preview', 'gpt-5.4-mini']);
    const byId = importFixture('artificial-analysis', 'artificial-analysis.json', {
      date: '2026-11-20',
      maps: ['b1f0e2a4-8c4d-4a4e-9d55-3f2f0e6c7a10=gemini-3.1-pro'],
      onlyKnown: true,
    });
    expect(items(byId.part, 'models')).toEqual([]);
    expect(items(byId.part, 'observations').filter((o) => o.model === 'gemini-3.1-pro')).toHaveLength(3);
    expect(byId.summary[3]).toMatch(/^skipped "GPT-5.4 mini": not a known model \(--only-known\)/);
  });

  it('an older export in percent stays in percent', () => {
    const { part } = importFixture('artificial-analysis', 'artificial-analysis-percent.json', { date: '2026-11-20' });
    expect(items(part, 'observations').map((o) => [o.benchmark, o.value])).toEqual([
      ['aa-index', 57.2],
      ['aa-gpqa', 90.5],
      ['hle', 41.2],
    ]);
  });
});
