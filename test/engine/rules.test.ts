import { describe, expect, it } from 'vitest';
import type { ProfileInput } from '../../src/engine/schema.js';
import {
  benchmark,
  DATE,
  dataset,
  model,
  observation as obs,
  profile,
  SOURCE_ID,
  table,
  tokensBenchmark,
  workload,
} from '../helpers/builders.js';
import { entryOf, run, workloadOf } from '../helpers/engine.js';

// One rule per block, each on a tiny hand-built dataset (0–100 benchmarks, exact figures unless said), with the
// answer worked out by hand.

describe('money: what consolidating costs', () => {
  // Single model A: 0.8 on both workloads (0.8) beats B (0.9, 0.5 → 0.7) and C (0.5, 0.9 → 0.7), yet the routing
  // plan sends w1 to B and w2 to C. Volumes 10M and 20M, prices per 1M split 3:1.
  //   A at 1 in / 5 out → 0.75 + 1.25 = 2 per 1M → 10·2 + 20·2 = 60 a month on its own.
  //   B at 2/2 → 2 per 1M → 20; C at 4/4 → 4 per 1M → 80: routing 100.
  const price = (m: string, input: number, output: number, currency: 'USD' | 'EUR') => ({
    model: m,
    input,
    output,
    currency,
    source: SOURCE_ID,
    date: DATE,
    origin: 'bundled',
  });
  const data = (routedCurrency: 'USD' | 'EUR') =>
    table(
      { a: { b1: 80, b2: 80 }, b: { b1: 90, b2: 50 }, c: { b1: 50, b2: 90 } },
      { w1: { b1: 1 }, w2: { b2: 1 } },
      { prices: [price('a', 1, 5, 'USD'), price('b', 2, 2, routedCurrency), price('c', 4, 4, routedCurrency)] },
    );
  const costOf = (currency: 'USD' | 'EUR') =>
    run(data(currency), profile({ mix: { w1: 1, w2: 1 }, volume: { w1: 10e6, w2: 20e6 }, samples: 500 })).cost;

  it('is the single plan’s total minus the routing plan’s, in one currency', () => {
    const cost = costOf('USD');
    expect(cost.single).toMatchObject({ currency: 'USD' });
    expect(cost.single.monthly).toBeCloseTo(60, 9);
    expect(cost.routed.monthly).toBeCloseTo(100, 9);
    expect(cost.consolidationDelta).toBeCloseTo(-40, 9);
  });

  it('is unknown when the two plans are priced in different currencies, though each total is known', () => {
    const cost = costOf('EUR');
    expect(cost.routed).toMatchObject({ currency: 'EUR' });
    expect(cost.routed.monthly).toBeCloseTo(100, 9);
    expect(cost.single).toMatchObject({ currency: 'USD' });
    expect(cost.single.monthly).toBeCloseTo(60, 9);
    expect(cost.consolidationDelta).toBeNull();
  });

  it('is unknown when the single model has no price, though the routing total is known', () => {
    const unpriced = data('USD');
    const r = run(
      { ...unpriced, prices: unpriced.prices.filter((p) => p.model !== 'a') },
      profile({ mix: { w1: 1, w2: 1 }, volume: { w1: 10e6, w2: 20e6 }, samples: 500 }),
    );
    expect(r.cost.routed.monthly).toBeCloseTo(100, 9);
    expect(r.cost.single.monthly).toBeNull();
    expect(r.cost.consolidationDelta).toBeNull();
    expect(r.cost.unknownPrices).toEqual([{ model: 'a', name: 'A' }]);
  });
});

describe('workload: the efficiency term', () => {
  const tok = tokensBenchmark();
  const base = (withTokens: boolean) =>
    dataset({
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [benchmark({ id: 'q' }), tok],
      observations: [
        obs({ model: 'a', benchmark: 'q', value: 90 }),
        obs({ model: 'b', benchmark: 'q', value: 80 }),
        ...(withTokens ? [obs({ model: 'a', benchmark: 'tok', value: 1e8 })] : []),
      ],
      workloads: [workload({ id: 'w', weights: { q: 1 } })],
    });
  const at = (costWeight: number, withTokens = true) =>
    workloadOf(run(base(withTokens), profile({ mix: { w: 1 }, costWeight, samples: 500 })), 'w');

  it('brings the efficiency benchmark’s caveats with it once the cost weight is above 0, and not at 0', () => {
    expect(at(0.3).caveats).toContainEqual({ about: 'tok', text: 'tokens are not a price' });
    expect(at(0).caveats.map((c) => c.about)).not.toContain('tok');
  });

  it('warns that no model has a token count when the cost weight gives it weight, naming that weight', () => {
    const warned = run(base(false), profile({ mix: { w: 1 }, costWeight: 0.3, samples: 500 })).warnings.filter(
      (w) => w.code === 'no-figures',
    );
    expect(warned.map((w) => w.message)).toEqual([
      'No model has a figure on Bench tok, which carries 30% of Workload w: every model is given the whole 0–1 scale there, which only adds uncertainty.',
    ]);
    const quiet = run(base(false), profile({ mix: { w: 1 }, costWeight: 0, samples: 500 })).warnings;
    expect(quiet.filter((w) => w.code === 'no-figures')).toEqual([]);
  });

  it('lists the token count as evidence with the cost weight: (1 − c)·quality + c·efficiency', () => {
    // a: 0.7·0.9 + 0.3·0.5 = 0.78 (1e8 tokens is the middle of 10M–1B on a log scale).
    const a = at(0.3).ranking.find((e) => e.model === 'a');
    expect(a?.score).toBeCloseTo(0.78, 12);
    expect(a?.efficiencyContribution).toMatchObject({ benchmark: 'tok', weight: 0.3 });
    expect(a?.efficiencyContribution?.contribution).toBeCloseTo(0.15, 12);
  });
});

describe('workload: why there is no recommendation', () => {
  it('says the dataset has no models when it has none', () => {
    const empty = dataset({ benchmarks: [benchmark({ id: 'q' })], workloads: [workload({ id: 'w', weights: { q: 1 } })] });
    const w = workloadOf(run(empty, profile({ mix: { w: 1 }, samples: 500 })), 'w');
    expect(w.recommendation).toBeNull();
    expect(w.noRecommendationReason).toBe('The dataset has no models.');
  });
});

describe('rank: ties on score and bounds', () => {
  it('orders equal scores, lows and highs by each term’s interval in the workload’s order, not by id', () => {
    // Four benchmarks of equal weight (0.25 each, exact in binary); every model sums to 200/400 = 0.5, exactly.
    //   a: 25 75 50 50   m: 50 25 75 50   z: 50 75 25 50
    // First term: m and z (0.5) ahead of a (0.25); second term: z (0.75) ahead of m (0.25). By id it would be a, m, z.
    const d = table(
      {
        a: { b1: 25, b2: 75, b3: 50, b4: 50 },
        m: { b1: 50, b2: 25, b3: 75, b4: 50 },
        z: { b1: 50, b2: 75, b3: 25, b4: 50 },
      },
      { w: { b1: 1, b2: 1, b3: 1, b4: 1 } },
    );
    const w = workloadOf(run(d, profile({ mix: { w: 1 }, samples: 600 })), 'w');
    expect(w.ranking.map((e) => e.score)).toEqual([0.5, 0.5, 0.5]);
    // Every draw is a three-way tie, so their win probabilities are equal too: only the figures can order them.
    expect(new Set(w.ranking.map((e) => e.winProbability)).size).toBe(1);
    expect(w.ranking.map((e) => e.model)).toEqual(['z', 'm', 'a']);
  });
});

describe('fragile: the log-scale-bounds constant', () => {
  // Two benchmarks, equal weight: L on a log scale 10M–1B (higher is better), q on 0–100.
  //   A: L 1e9 → 1,   q 50 → 0.5·1 + 0.5·0.5 = 0.75
  //   B: L 1e8 → 0.5, q 90 → 0.5·0.5 + 0.5·0.9 = 0.70
  // With the bounds ×0.1 (1M–10B): A's L → ln(1e3)/ln(1e4) = 0.75, B's stays 0.5: A 0.625 < B 0.70, the pick flips.
  // With ×3 (30M–333M): A's L clamps at 1, B's is ln(1e8/3e7)/ln(1e9/9e7) = 0.5: A still leads.
  const logBench = benchmark({ id: 'L', scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'log' } });

  it('moves log-scale benchmarks: a pick that rests on one is fragile to it', () => {
    const d = dataset({
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [logBench, benchmark({ id: 'q' })],
      observations: [
        obs({ model: 'a', benchmark: 'L', value: 1e9 }),
        obs({ model: 'a', benchmark: 'q', value: 50 }),
        obs({ model: 'b', benchmark: 'L', value: 1e8 }),
        obs({ model: 'b', benchmark: 'q', value: 90 }),
      ],
      workloads: [workload({ id: 'w', weights: { L: 1, q: 1 } })],
    });
    const pick = workloadOf(run(d, profile({ mix: { w: 1 }, samples: 500 })), 'w').recommendation;
    expect(pick?.model).toBe('a');
    expect(pick?.fragile).toEqual([{ constant: 'log-scale-bounds', value: 1, alternative: 0.1, flipsTo: { model: 'b', name: 'B' } }]);
  });

  it('leaves linear benchmarks alone: a pick on percent figures is fragile to no constant that moves no point of it', () => {
    // A: 90, 10 → 0.5; B: 40, 40 → 0.4. Were the 0–100 scale cut to 0–33.3 (as ×3 does to a log scale's max), A
    // would score 0.65 and B 1; but the linear scale is not rescaled by any constant, and nothing else moves here.
    const d = table({ a: { b1: 90, b2: 10 }, b: { b1: 40, b2: 40 } }, { w: { b1: 1, b2: 1 } });
    const pick = workloadOf(run(d, profile({ mix: { w: 1 }, samples: 500 })), 'w').recommendation;
    expect(pick?.model).toBe('a');
    expect(pick?.fragile).toEqual([]);
  });
});

describe('profile: assumptions', () => {
  const d = table({ a: { q: 50 }, b: { q: 60 } }, { w: { q: 1 } });
  const withAssumptions = (assumptions: unknown) => () =>
    run(d, { ...profile({ mix: { w: 1 }, samples: 500 }), assumptions } as ProfileInput);

  it('refuses the same model and key assumed twice, at the second', () => {
    expect(
      withAssumptions([
        { model: 'a', key: 'q', value: 70 },
        { model: 'a', key: 'q', value: 80 },
      ]),
    ).toThrow('profile: assumptions.1: "a:q" is assumed twice; give each fact or figure once');
  });

  it('takes the same key for two models, and two keys for one model', () => {
    const r = withAssumptions([
      { model: 'a', key: 'q', value: 70 },
      { model: 'b', key: 'q', value: 65 },
      { model: 'a', key: 'api-ga', value: 'yes' },
    ])();
    expect(entryOf(r, 'w', 'a').score).toBeCloseTo(0.7, 12);
    expect(entryOf(r, 'w', 'b').score).toBeCloseTo(0.65, 12);
  });

  it('refuses assumptions that are not a list, naming the assumptions', () => {
    expect(withAssumptions({ model: 'a', key: 'q', value: 70 })).toThrow('profile: assumptions: must be a list of { model, key, value }');
  });
});

describe('profile: the mix', () => {
  it('scores only the workloads the mix names, with their shares', () => {
    const d = table({ a: { q: 50, r: 70 } }, { w1: { q: 1 }, w2: { r: 1 }, w3: { q: 1, r: 1 } });
    const r = run(d, profile({ mix: { w3: 1, w1: 3 }, samples: 500 }));
    expect(r.workloads.map((w) => [w.workload, w.share])).toEqual([
      ['w1', 0.75],
      ['w3', 0.25],
    ]);
    expect(r.profile.mix).toEqual({ w1: 0.75, w3: 0.25 });
  });
});

describe('warnings: evidence after the as-of date', () => {
  // One figure dated after the cut: with --as-of it is "data as of"; without, today is the cut.
  const d = table({ a: { q: 50 }, b: { q: 60 } }, { w: { q: 1 } });
  const later = { ...d, observations: [...d.observations, obs({ model: 'a', benchmark: 'q', value: 70, date: '2026-04-01' })] };
  const asOfMessages = (p: Partial<ProfileInput>) =>
    run(later, profile({ mix: { w: 1 }, samples: 500, ...p }))
      .warnings.filter((w) => w.code === 'as-of')
      .map((w) => w.message);

  it('says "Data as of" the chosen date when it is before today', () => {
    expect(asOfMessages({ asOf: '2026-03-10', today: '2026-05-01' })).toEqual([
      'Data as of 2026-03-10: 1 observation published after that date is left out.',
    ]);
  });

  it('says today is the cut when no earlier date is chosen and a figure is dated after today', () => {
    expect(asOfMessages({ today: '2026-03-15' })).toEqual([
      'Today is 2026-03-15, so evidence is used as of that day: 1 observation published after that date is left out.',
    ]);
  });
});
