import { describe, expect, it } from 'vitest';
import { importFixture, items } from '../helpers/import.js';

describe('models.dev import', () => {
  it('prices, open weights and public pricing as dated, quoted facts; one model listed by several providers is one model', () => {
    const { part, summary } = importFixture('models-dev', 'models-dev.json', { date: '2026-11-20' });
    expect(items(part, 'prices').map((p) => [p.model, p.input, p.output])).toEqual([
      ['claude-opus-4.6', 5, 25],
      ['gemini-3.1-pro', 2, 12],
      ['gpt-5.4', 2.5, 10],
      ['gpt-5.4-mini', 0.25, 2],
      ['qwen-qwen3-coder', 0.22, 0.95],
    ]);
    // GPT-5.4 is listed by OpenAI and OpenRouter: the maker's own listing is the one used.
    expect(items(part, 'prices')[2]?.note).toBe(
      'models.dev listing by OpenAI (openai/gpt-5.4); released 2026-03-05; input text, image; output text.',
    );
    expect(summary).toContain('gpt-5.4 ← "openai/gpt-5.4": $2.5/$10 per 1M tokens, 2 governance facts, 2 listings');
    const facts = items(part, 'governance').filter((g) => g.model === 'gpt-5.4');
    // The bundled data already says "open weights: no"; only the fact it did not know (public pricing) is corrected.
    expect(facts.map((f) => [f.requirement, f.value, f.quote, f.source, f.date])).toEqual([
      ['public-pricing', 'yes', '"cost": {"input":2.5,"output":10}', 'models-dev-2026-11-20', '2026-11-20'],
    ]);
    expect(items(part, 'governance').find((g) => g.model === 'gemini-3.1-pro' && g.requirement === 'open-weights')).toMatchObject({
      value: 'no',
    });
    // The preview build's facts say so.
    expect(items(part, 'governance').find((g) => g.model === 'gemini-3.1-pro')?.note).toMatch(/^Listed as the preview build/);
  });

  it('a new model listed by its maker with no alpha/beta status is API evidence "listed by the provider"; a beta or reseller listing is not', () => {
    const { part } = importFixture('models-dev', 'models-dev.json', { date: '2026-11-20' });
    const mini = items(part, 'models').find((m) => m.id === 'gpt-5.4-mini') as {
      governance: Record<string, Record<string, unknown>>;
      vendor: string;
    };
    expect(mini.vendor).toBe('OpenAI');
    expect(mini.governance['api-ga']).toMatchObject({ value: 'yes', detail: 'listed by the provider' });
    expect(mini.governance['api-ga']?.note).toContain('Weaker than a statement of general availability');
    const qwen = items(part, 'models').find((m) => m.id === 'qwen-qwen3-coder') as { governance: Record<string, unknown>; vendor: string };
    expect(qwen.vendor).toBe('Unknown (listed by OpenRouter)');
    expect(Object.keys(qwen.governance)).toEqual(['open-weights', 'public-pricing']);
    // A bundled model's stated api-ga fact is never replaced by a listing.
    expect(items(part, 'governance').some((g) => g.requirement === 'api-ga')).toBe(false);
    // Missing optional fields: no cost → no price, no public-pricing fact; a month-only release date is kept as words.
    const unpriced = items(part, 'models').find((m) => m.id === 'some-unpriced-model') as Record<string, unknown>;
    expect(unpriced.release).toBeUndefined();
    expect(unpriced.releaseNote).toBe(
      'models.dev (OpenRouter (openrouter/some/unpriced-model)): released 2025-01; input text; output text.',
    );
    expect(Object.keys(unpriced.governance as object)).toEqual(['open-weights']);
  });
});
