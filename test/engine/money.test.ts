import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { NO_PRICES_NOTE } from '../../src/engine/money.js';
import { Recommendation } from '../../src/engine/schema.js';
import { run } from '../helpers/engine.js';
import { tempDir, writeOverlay } from '../helpers/overlay.js';

// Monthly cost from an overlay's prices, every figure worked out by hand. Mix health=1, coding=1 (shares 0.5):
// health → Muse Spark (pilot: 42.8 → 0.428, ahead of GPT-5.4's and Claude's "high 30s–low 40s" midpoint 0.399 by
// 0.029, more than the noise 0.025, so no tie), its production alternative GPT-5.4; coding → Gemini 3.1 Pro
// (0.5·0.806 + 0.5·0.685 = 0.7455, docs/scoring.md). The single model is Gemini 3.1 Pro: 0.5·0.374 + 0.5·0.7455 =
// 0.55975, above Muse Spark's 0.5·0.428 + 0.5·0.682 = 0.555, Claude's 0.5·0.399 + 0.5·0.529 = 0.464 and GPT-5.4's
// 0.5·0.399 + 0.5·0.5005 = 0.44975.
const TODAY = '2026-11-21';
const source = { id: 'our-quote', kind: 'private', title: 'Our price sheet', publisher: 'Us', date: '2026-07-01' };
const price = (model: string, input: number, output: number, date = '2026-07-01') => ({
  model,
  input,
  output,
  currency: 'USD',
  source: date === '2026-07-01' ? 'our-quote' : 'old-quote',
  date,
});
const oldSource = { ...source, id: 'old-quote', title: 'Last year’s sheet', date: '2026-03-01' };

function withPrices(prices: unknown[]) {
  const dir = tempDir();
  const file = writeOverlay(dir, 'prices.json', { sources: [source, oldSource], prices });
  return loadDataset({ overlays: [file], cwd: dir, today: TODAY }).dataset;
}
const MIX = { health: 1, coding: 1 };
const VOLUME = { health: 20e6, coding: 50e6 };

describe('monthly cost', () => {
  it('says once that the bundled data has no prices, and never counts a price as zero', () => {
    const { dataset } = loadDataset();
    const r = run(dataset, { mix: MIX, today: TODAY, volume: VOLUME });
    expect(r.cost.pricesInData).toBe(false);
    expect(r.cost.note).toBe(NO_PRICES_NOTE);
    expect(r.cost.routed.monthly).toBeNull();
    expect(r.cost.single.monthly).toBeNull();
    expect(r.cost.unknownPrices.map((m) => m.model)).toEqual(['gemini-3.1-pro', 'muse-spark']);
    expect(Recommendation.safeParse(r).success).toBe(true);
  });

  it('prices the routed and the single model per workload; an unknown price leaves its total unknown', () => {
    // Gemini 3.1 Pro at $2.50 in / $15 out, split 3:1: 0.75·2.5 + 0.25·15 = 5.625 $/1M.
    // Coding 50M → 50 × 5.625 = $281.25 (routed and single); health 20M on Gemini 3.1 Pro → 20 × 5.625 = $112.50.
    const r = run(withPrices([price('gemini-3.1-pro', 2.5, 15)]), { mix: MIX, today: TODAY, volume: VOLUME });
    const coding = r.cost.workloads.find((w) => w.workload === 'coding')!;
    expect(coding.volume).toBe(50e6);
    expect(coding.routed?.blendedPerMillion).toBeCloseTo(5.625, 12);
    expect(coding.routed?.monthly).toBeCloseTo(281.25, 9);
    expect(coding.single?.monthly).toBeCloseTo(281.25, 9);
    const health = r.cost.workloads.find((w) => w.workload === 'health')!;
    expect(health.routed).toMatchObject({ model: 'muse-spark', price: null, monthly: null });
    // Muse Spark is pilot-only: its production alternative is priced beside it (unknown here), outside the totals.
    expect(health.production).toMatchObject({ model: 'gpt-5.4', price: null, monthly: null });
    expect(coding.production).toBeNull();
    expect(health.single?.monthly).toBeCloseTo(112.5, 9);
    expect(r.cost.single).toMatchObject({ currency: 'USD' });
    expect(r.cost.single.monthly).toBeCloseTo(393.75, 9);
    expect(r.cost.routed.monthly).toBeNull();
    expect(r.cost.consolidationDelta).toBeNull();
    expect(r.cost.unknownPrices).toEqual([{ model: 'muse-spark', name: 'Muse Spark' }]);
  });

  it('totals both plans and says what consolidating costs beside the score it gives up', () => {
    // Muse Spark at $1 / $4: 0.75 + 1 = 1.75 $/1M; health 20M → $35. Routed 35 + 281.25 = 316.25;
    // single 393.75; consolidating costs 393.75 − 316.25 = $77.50 more a month.
    const r = run(withPrices([price('gemini-3.1-pro', 2.5, 15), price('muse-spark', 1, 4)]), {
      mix: MIX,
      today: TODAY,
      volume: VOLUME,
    });
    expect(r.cost.routed.monthly).toBeCloseTo(316.25, 9);
    expect(r.cost.consolidationDelta).toBeCloseTo(77.5, 9);
    expect(r.cost.scoreGivenUp).toBe(r.portfolio.singleModel?.totalLoss);
    expect(r.cost.unknownPrices).toEqual([]);
  });

  it('shows the verbosity adjustment separately, never in the price', () => {
    // Output tokens in the Index run: 57M, 58M, 120M, 157M → median (58 + 120)/2 = 89M. Gemini 3.1 Pro: 57/89.
    // Adjusted coding: 50 × (0.75·2.5 + 0.25·15·57/89) = 50 × (1.875 + 2.4016854) = $213.8343.
    const r = run(withPrices([price('gemini-3.1-pro', 2.5, 15)]), { mix: MIX, today: TODAY, volume: VOLUME });
    const coding = r.cost.workloads.find((w) => w.workload === 'coding')!;
    expect(r.cost.verbosity).toEqual({ benchmark: 'aa-output-tokens', median: 89e6 });
    expect(coding.routed?.verbosityFactor).toBeCloseTo(57 / 89, 12);
    expect(coding.routed?.monthly).toBeCloseTo(281.25, 9);
    expect(coding.routed?.monthlyAdjusted).toBeCloseTo(50 * (1.875 + (3.75 * 57) / 89), 9);
    expect(coding.routed?.monthlyAdjusted).toBeCloseTo(213.8343, 4);
  });

  it('follows --io-ratio and takes the newest price within --as-of', () => {
    const prices = [price('claude-opus-4.6', 2, 10, '2026-03-01'), price('claude-opus-4.6', 2.5, 15), price('gemini-3.1-pro', 2.5, 15)];
    const data = withPrices(prices);
    // 1:1 → (2.5 + 15)/2 = 8.75 $/1M (the single model, Gemini 3.1 Pro).
    const even = run(data, { mix: MIX, today: TODAY, volume: VOLUME, ioRatio: { input: 1, output: 1 } });
    expect(even.cost.workloads[0]?.single).toMatchObject({ model: 'gemini-3.1-pro' });
    expect(even.cost.workloads[0]?.single?.blendedPerMillion).toBeCloseTo(8.75, 12);
    // As of 2026-04-30 the coding pick is Claude Opus 4.6: Gemini's SWE-bench Verified 80.6 comes later (then
    // 0.5·0.25 + 0.5·0.685 = 0.4675), and Claude's 0.5·0.808 + 0.5·0.25 = 0.529 leads GPT-5.4's 0.5·0.25 + 0.5·0.751 =
    // 0.5005 by 0.0285, more than their noise (0.0125). Only Claude's March price exists then: 0.75·2 + 0.25·10 = 4 $/1M.
    const april = run(data, { mix: MIX, today: TODAY, volume: VOLUME, asOf: '2026-04-30' });
    expect(april.cost.workloads.find((w) => w.workload === 'coding')?.routed).toMatchObject({ model: 'claude-opus-4.6' });
    expect(april.cost.workloads.find((w) => w.workload === 'coding')?.routed?.price).toMatchObject({
      input: 2,
      output: 10,
      date: '2026-03-01',
    });
    expect(april.cost.workloads.find((w) => w.workload === 'coding')?.routed?.blendedPerMillion).toBeCloseTo(4, 12);
  });
});
