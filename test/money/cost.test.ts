import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { NO_PRICES_NOTE } from '../../src/engine/money.js';
import { Recommendation } from '../../src/engine/schema.js';
import { verdictOf, verdictSentences } from '../../src/render/summary.js';
import { run } from '../engine/helpers.js';
import { tempDir, writeOverlay } from '../helpers/overlay.js';

// Monthly cost from an overlay's prices, every figure worked out by hand. Mix vision=1, coding=1 (shares 0.5),
// with Muse Spark's API assumed generally available so the two workloads route to different models:
// vision → Muse Spark, coding → Gemini 3.1 Pro; the single model is Gemini 3.1 Pro (0.5·0.8032 + 0.5·0.7455).
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
const assumptions = [{ model: 'muse-spark', key: 'api-ga', value: 'yes' as const }];
const VOLUME = { vision: 20e6, coding: 50e6 };

describe('monthly cost', () => {
  it('says once that the bundled data has no prices, and never counts a price as zero', () => {
    const { dataset } = loadDataset();
    const r = run(dataset, { mix: MIX, today: TODAY, volume: VOLUME });
    expect(r.cost.pricesInData).toBe(false);
    expect(r.cost.note).toBe(NO_PRICES_NOTE);
    expect(r.cost.routed.monthly).toBeNull();
    expect(r.cost.single.monthly).toBeNull();
    // Without the assumption both workloads and the single model are Gemini 3.1 Pro: one unknown price.
    expect(r.cost.unknownPrices.map((m) => m.model)).toEqual(['gemini-3.1-pro']);
    expect(Recommendation.safeParse(r).success).toBe(true);
  });

  it('prices the routed and the single model per workload; an unknown price leaves its total unknown', () => {
    // Gemini 3.1 Pro at $2 in / $12 out, split 3:1: 0.75·2 + 0.25·12 = 4.5 $/1M.
    // Coding 50M → 50 × 4.5 = $225 (routed and single); vision 20M on Gemini 3.1 Pro → 20 × 4.5 = $90.
    const r = run(withPrices([price('gemini-3.1-pro', 2, 12)]), { mix: MIX, today: TODAY, volume: VOLUME, assumptions });
    const coding = r.cost.workloads.find((w) => w.workload === 'coding')!;
    expect(coding.volume).toBe(50e6);
    expect(coding.routed?.blendedPerMillion).toBeCloseTo(4.5, 12);
    expect(coding.routed?.monthly).toBeCloseTo(225, 9);
    expect(coding.single?.monthly).toBeCloseTo(225, 9);
    const vision = r.cost.workloads.find((w) => w.workload === 'vision')!;
    expect(vision.routed).toMatchObject({ model: 'muse-spark', price: null, monthly: null });
    // Muse Spark is production here (assumed): no production alternative is priced beside it.
    expect(vision.production).toBeNull();
    expect(coding.production).toBeNull();
    expect(vision.single?.monthly).toBeCloseTo(90, 9);
    expect(r.cost.single).toMatchObject({ currency: 'USD' });
    expect(r.cost.single.monthly).toBeCloseTo(315, 9);
    expect(r.cost.routed.monthly).toBeNull();
    expect(r.cost.consolidationDelta).toBeNull();
    expect(r.cost.unknownPrices).toEqual([{ model: 'muse-spark', name: 'Muse Spark' }]);
  });

  it('totals both plans and says what consolidating costs beside the score it gives up', () => {
    // Muse Spark at $1 / $4: 0.75 + 1 = 1.75 $/1M; vision 20M → $35. Routed 35 + 225 = 260;
    // single 315; consolidating costs 315 − 260 = $55 more a month.
    const r = run(withPrices([price('gemini-3.1-pro', 2, 12), price('muse-spark', 1, 4)]), {
      mix: MIX,
      today: TODAY,
      volume: VOLUME,
      assumptions,
    });
    expect(r.cost.routed.monthly).toBeCloseTo(260, 9);
    expect(r.cost.consolidationDelta).toBeCloseTo(55, 9);
    expect(r.cost.scoreGivenUp).toBe(r.portfolio.singleModel?.totalLoss);
    expect(r.cost.unknownPrices).toEqual([]);
    // The one-model-or-routing verdict says it in money too, in every format.
    const verdict = verdictOf(r);
    expect(verdict && verdictSentences(verdict).at(-1)).toBe(
      'In money, consolidating costs $55.00/month more (routing plan $260/month, one model $315/month).',
    );
  });

  it('shows the verbosity adjustment separately, never in the price', () => {
    // Output tokens in the Index run: 57M, 58M, 120M, 157M → median (58 + 120)/2 = 89M. Gemini 3.1 Pro: 57/89.
    // Adjusted coding: 50 × (0.75·2 + 0.25·12·57/89) = 50 × (1.5 + 1.9213483) = $171.0674.
    const r = run(withPrices([price('gemini-3.1-pro', 2, 12)]), { mix: MIX, today: TODAY, volume: VOLUME, assumptions });
    const coding = r.cost.workloads.find((w) => w.workload === 'coding')!;
    expect(r.cost.verbosity).toEqual({ benchmark: 'aa-output-tokens', median: 89e6 });
    expect(coding.routed?.verbosityFactor).toBeCloseTo(57 / 89, 12);
    expect(coding.routed?.monthly).toBeCloseTo(225, 9);
    expect(coding.routed?.monthlyAdjusted).toBeCloseTo(50 * (1.5 + (3 * 57) / 89), 9);
  });

  it('follows --io-ratio and takes the newest price within --as-of', () => {
    const prices = [price('gemini-3.1-pro', 2, 12), price('claude-opus-4.6', 4, 20, '2026-03-01'), price('claude-opus-4.6', 5, 25)];
    const data = withPrices(prices);
    // 1:1 → (2 + 12)/2 = 7 $/1M.
    const even = run(data, { mix: MIX, today: TODAY, volume: VOLUME, ioRatio: { input: 1, output: 1 } });
    expect(even.cost.workloads[0]?.single?.blendedPerMillion).toBeCloseTo(7, 12);
    // As of 2026-04-30 the single model is Claude Opus 4.6, and only its March price exists: 0.75·4 + 0.25·20 = 8 $/1M.
    const april = run(data, { mix: MIX, today: TODAY, volume: VOLUME, asOf: '2026-04-30' });
    const single = april.cost.workloads.find((w) => w.workload === 'coding')?.single;
    expect(single?.model).toBe('claude-opus-4.6');
    expect(single?.price).toMatchObject({ input: 4, output: 20, date: '2026-03-01' });
    expect(single?.blendedPerMillion).toBeCloseTo(8, 12);
  });
});
