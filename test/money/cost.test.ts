import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { NO_PRICES_NOTE } from '../../src/engine/money.js';
import { Recommendation } from '../../src/engine/schema.js';
import { run } from '../engine/helpers.js';
import { tempDir, writeOverlay } from '../helpers/overlay.js';

// Monthly cost from an overlay's prices, every figure worked out by hand. Mix vision=1, coding=1 (shares 0.5):
// vision → Muse Spark (pilot), coding → GPT-5.4; the single model is GPT-5.4 (0.5·0.795 + 0.5·0.771 = 0.783,
// above Gemini 3.1 Pro's 0.7745 and Muse Spark's 0.753).
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
const MIX = { vision: 1, coding: 1 };
const VOLUME = { vision: 20e6, coding: 50e6 };

describe('monthly cost', () => {
  it('says once that the bundled data has no prices, and never counts a price as zero', () => {
    const { dataset } = loadDataset();
    const r = run(dataset, { mix: MIX, today: TODAY, volume: VOLUME });
    expect(r.cost.pricesInData).toBe(false);
    expect(r.cost.note).toBe(NO_PRICES_NOTE);
    expect(r.cost.routed.monthly).toBeNull();
    expect(r.cost.single.monthly).toBeNull();
    expect(r.cost.unknownPrices.map((m) => m.model)).toEqual(['gpt-5.4', 'muse-spark']);
    expect(Recommendation.safeParse(r).success).toBe(true);
  });

  it('prices the routed and the single model per workload; an unknown price leaves its total unknown', () => {
    // GPT-5.4 at $2.50 in / $15 out, split 3:1: 0.75·2.5 + 0.25·15 = 5.625 $/1M.
    // Coding 50M → 50 × 5.625 = $281.25 (routed and single); vision 20M on GPT-5.4 → 20 × 5.625 = $112.50.
    const r = run(withPrices([price('gpt-5.4', 2.5, 15)]), { mix: MIX, today: TODAY, volume: VOLUME });
    const coding = r.cost.workloads.find((w) => w.workload === 'coding')!;
    expect(coding.volume).toBe(50e6);
    expect(coding.routed?.blendedPerMillion).toBeCloseTo(5.625, 12);
    expect(coding.routed?.monthly).toBeCloseTo(281.25, 9);
    expect(coding.single?.monthly).toBeCloseTo(281.25, 9);
    const vision = r.cost.workloads.find((w) => w.workload === 'vision')!;
    expect(vision.routed).toMatchObject({ model: 'muse-spark', price: null, monthly: null });
    // Muse Spark is pilot-only: its production alternative is priced beside it (unknown here), outside the totals.
    expect(vision.production).toMatchObject({ model: 'gemini-3.1-pro', price: null, monthly: null });
    expect(coding.production).toBeNull();
    expect(vision.single?.monthly).toBeCloseTo(112.5, 9);
    expect(r.cost.single).toMatchObject({ currency: 'USD' });
    expect(r.cost.single.monthly).toBeCloseTo(393.75, 9);
    expect(r.cost.routed.monthly).toBeNull();
    expect(r.cost.consolidationDelta).toBeNull();
    expect(r.cost.unknownPrices).toEqual([{ model: 'muse-spark', name: 'Muse Spark' }]);
  });

  it('totals both plans and says what consolidating costs beside the score it gives up', () => {
    // Muse Spark at $1 / $4: 0.75 + 1 = 1.75 $/1M; vision 20M → $35. Routed 35 + 281.25 = 316.25;
    // single 393.75; consolidating costs 393.75 − 316.25 = $77.50 more a month.
    const r = run(withPrices([price('gpt-5.4', 2.5, 15), price('muse-spark', 1, 4)]), { mix: MIX, today: TODAY, volume: VOLUME });
    expect(r.cost.routed.monthly).toBeCloseTo(316.25, 9);
    expect(r.cost.consolidationDelta).toBeCloseTo(77.5, 9);
    expect(r.cost.scoreGivenUp).toBe(r.portfolio.singleModel?.totalLoss);
    expect(r.cost.unknownPrices).toEqual([]);
  });

  it('shows the verbosity adjustment separately, never in the price', () => {
    // Output tokens in the Index run: 57M, 58M, 120M, 157M → median (58 + 120)/2 = 89M. GPT-5.4: 120/89.
    // Adjusted coding: 50 × (0.75·2.5 + 0.25·15·120/89) = 50 × (1.875 + 5.0561798) = $346.5590.
    const r = run(withPrices([price('gpt-5.4', 2.5, 15)]), { mix: MIX, today: TODAY, volume: VOLUME });
    const coding = r.cost.workloads.find((w) => w.workload === 'coding')!;
    expect(r.cost.verbosity).toEqual({ benchmark: 'aa-output-tokens', median: 89e6 });
    expect(coding.routed?.verbosityFactor).toBeCloseTo(120 / 89, 12);
    expect(coding.routed?.monthly).toBeCloseTo(281.25, 9);
    expect(coding.routed?.monthlyAdjusted).toBeCloseTo(50 * (1.875 + (3.75 * 120) / 89), 9);
  });

  it('follows --io-ratio and takes the newest price within --as-of', () => {
    const prices = [price('gpt-5.4', 2, 10, '2026-03-01'), price('gpt-5.4', 2.5, 15)];
    const data = withPrices(prices);
    // 1:1 → (2.5 + 15)/2 = 8.75 $/1M.
    const even = run(data, { mix: MIX, today: TODAY, volume: VOLUME, ioRatio: { input: 1, output: 1 } });
    expect(even.cost.workloads[0]?.single?.blendedPerMillion).toBeCloseTo(8.75, 12);
    // As of 2026-04-30 only the March price exists: 0.75·2 + 0.25·10 = 4 $/1M.
    const april = run(data, { mix: MIX, today: TODAY, volume: VOLUME, asOf: '2026-04-30' });
    expect(april.cost.workloads.find((w) => w.workload === 'coding')?.routed?.price).toMatchObject({
      input: 2,
      output: 10,
      date: '2026-03-01',
    });
    expect(april.cost.workloads.find((w) => w.workload === 'coding')?.routed?.blendedPerMillion).toBeCloseTo(4, 12);
  });
});
