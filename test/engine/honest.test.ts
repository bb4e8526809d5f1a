import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { figureInterval } from '../../src/engine/index.js';
import { wilson } from '../../src/engine/intervals.js';
import { probability } from '../../src/render/format.js';
import { benchmark, dataset, model, observation as obs, profile, source, workload } from '../helpers/builders.js';
import { entryOf, run, workloadOf } from '../helpers/engine.js';

// The honest method (issue 10), outcome by outcome, through the real engine with answers computed by hand.

const noisy = (id: string, halfWidth: number) => benchmark({ id, noise: { halfWidth, note: 'test band' } });

describe('1. not assessed is not ranked', () => {
  const data = dataset({
    models: [model({ id: 'a' }), model({ id: 'b' }), model({ id: 'blank' }), model({ id: 'sib' })],
    benchmarks: [benchmark({ id: 'x' }), benchmark({ id: 'y' })],
    observations: [
      obs({ model: 'a', benchmark: 'x', value: 60 }),
      obs({ model: 'b', benchmark: 'x', value: 50 }),
      obs({ model: 'sib', benchmark: 'x', value: 99, proxyFor: { measuredOn: 'a sibling' } }),
    ],
    workloads: [workload({ id: 'w', weights: { x: 1, y: 1 } })],
  });
  const r = run(data, profile({ mix: { w: 1 } }));
  const w = workloadOf(r, 'w');

  it('gives a model with no figure (or only a proxy) no win probability, never the pick, and lists what it lacks', () => {
    expect(entryOf(r, 'w', 'blank')).toMatchObject({ assessed: false, winProbability: null });
    expect(entryOf(r, 'w', 'sib')).toMatchObject({ assessed: false, winProbability: null });
    expect(w.notAssessed).toEqual([
      { model: 'sib', name: 'SIB', missing: ['x', 'y'] },
      { model: 'blank', name: 'BLANK', missing: ['x', 'y'] },
    ]);
    // a: 0.5·0.6 + 0.5·0.25 (gap at its band's lower quartile) = 0.425; b: 0.25; a wins every draw where b's y-gap stays under a's + 0.1.
    expect(w.recommendation).toMatchObject({ model: 'a', score: 0.425 });
    expect(entryOf(r, 'w', 'a').assessed).toBe(true);
    expect(w.ranking.map((e) => e.model)).toEqual(['a', 'b', 'sib', 'blank']);
  });

  it('recommends nothing when no eligible model is assessed, and says why', () => {
    const none = run({ ...data, observations: [] }, profile({ mix: { w: 1 } }));
    expect(workloadOf(none, 'w').recommendation).toBeNull();
    expect(workloadOf(none, 'w').noRecommendationReason).toMatch(/^No eligible model has a figure of its own/);
  });
});

describe('2. others never move', () => {
  const cell = fc.oneof(
    fc.constant(null),
    fc.integer({ min: 0, max: 100 }).map((v) => ({ value: v })),
    fc.tuple(fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 10 })).map(([v, w]) => ({ low: v, high: v + w, label: 'about' })),
    fc.integer({ min: 0, max: 100 }).map((v) => ({ value: v, proxyFor: { measuredOn: 'sib' } })),
  );
  const arb = fc.record({
    rows: fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 2, maxLength: 5 }),
    extra: fc.array(cell, { minLength: 3, maxLength: 3 }),
    weights: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
  });
  const build = (rows: (ReturnType<typeof Object> | null)[][]): Dataset =>
    dataset({
      models: rows.map((_, i) => model({ id: `m${i}` })),
      benchmarks: ['b0', 'b1', 'b2'].map((id, k) => noisy(id, k)),
      observations: rows.flatMap((row, i) =>
        row.flatMap((c, k) => (c ? [obs({ model: `m${i}`, benchmark: `b${k}`, ...(c as object) })] : [])),
      ),
      workloads: [workload({ id: 'w', weights: { b0: 1, b1: 1, b2: 1 } })],
    });

  it("adding a model never changes another model's score, interval, coverage or assessment", () => {
    fc.assert(
      fc.property(arb, ({ rows, extra, weights }) => {
        const withWeights = (d: Dataset) => ({
          ...d,
          workloads: [workload({ id: 'w', weights: { b0: weights[0] ?? 0, b1: weights[1] ?? 0, b2: (weights[2] ?? 0) + 1 } })],
        });
        const before = run(withWeights(build(rows)), profile({ mix: { w: 1 }, samples: 200 }));
        const after = run(withWeights(build([...rows, extra])), profile({ mix: { w: 1 }, samples: 200 }));
        for (let i = 0; i < rows.length; i++) {
          const pick = (e: ReturnType<typeof entryOf>) => [
            e.score,
            e.low,
            e.high,
            e.coverage,
            e.coverageSplit,
            e.assessed,
            e.contributions,
          ];
          expect(pick(entryOf(after, 'w', `m${i}`))).toEqual(pick(entryOf(before, 'w', `m${i}`)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('one overlay figure for another model moves no one (the HLE case)', () => {
    const { dataset: bundled } = loadDataset();
    const base = run(bundled, { mix: { reasoning: 1 }, today: '2026-07-10', samples: 500 });
    const more: Dataset = {
      ...bundled,
      observations: [
        ...bundled.observations,
        obs({ model: 'gpt-5.4', benchmark: 'hle', value: 40, source: 'toolbench-2026-07-04', date: '2026-07-04' }),
      ],
    };
    const after = run(more, { mix: { reasoning: 1 }, today: '2026-07-10', samples: 500 });
    for (const m of ['muse-spark', 'claude-opus-4.6', 'gemini-3.1-pro']) {
      expect(entryOf(after, 'reasoning', m).score).toBe(entryOf(base, 'reasoning', m).score);
    }
  });
});

describe('3. a gap is honest', () => {
  it("spans the benchmark's own plausible band (or the whole scale), its point at the band's lower quartile, never a peer's figure", () => {
    const b = benchmark({ id: 'c', plausible: { low: 0, high: 30, note: 'single or low double digits' } });
    // 0 + 0.25 × (0.3 − 0) = 0.075: CritPT's band is 0–30%, so a gap counts as 7.5%.
    expect(figureInterval(b, undefined)).toMatchObject({ basis: 'missing', lo: 0, hi: 0.3, point: 0.075 });
    expect(figureInterval(benchmark({ id: 'd' }), undefined)).toMatchObject({ lo: 0, hi: 1, point: 0.25 });
  });

  it('is never zero, and never looks better than a figure measured in the upper three quarters of its band', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), (v) => {
        const data = dataset({
          models: [model({ id: 'measured' }), model({ id: 'gap' })],
          benchmarks: [benchmark({ id: 'x' }), benchmark({ id: 'y' })],
          observations: [
            obs({ model: 'measured', benchmark: 'x', value: 50 }),
            obs({ model: 'measured', benchmark: 'y', value: v }),
            obs({ model: 'gap', benchmark: 'x', value: 50 }),
          ],
          workloads: [workload({ id: 'w', weights: { x: 1, y: 1 } })],
        });
        const r = run(data, profile({ mix: { w: 1 }, samples: 100 }));
        const gap = entryOf(r, 'w', 'gap').score;
        // 0.5·0.5 + 0.5·0.25 = 0.375 whatever the other model measured: above a failed benchmark (0.25), and
        // at or below any model that measured 25 or more there.
        expect(gap).toBeCloseTo(0.375, 12);
        expect(gap).toBeGreaterThan(0.25);
        if (v >= 25) expect(gap).toBeLessThanOrEqual(entryOf(r, 'w', 'measured').score);
      }),
      { numRuns: 30 },
    );
  });
});

describe('4. every figure carries noise', () => {
  it('widens a point by the benchmark band, and a known sample size gives a Wilson interval', () => {
    const iv = figureInterval(noisy('t', 2.5), obs({ model: 'a', benchmark: 't', value: 75.1 }));
    expect(iv.basis).toBe('measured');
    expect(iv.point).toBeCloseTo(0.751, 12);
    expect(iv.lo).toBeCloseTo(0.726, 12);
    expect(iv.hi).toBeCloseTo(0.776, 12);
    expect(iv.noise).toBeCloseTo(0.025, 12);
    // Wilson, 80 of 100 at 95%: centre (0.8 + 1.96²/200)/(1 + 1.96²/100) = 0.7889,
    // half 1.96·√(0.0016 + 1.96²/40000)/(1 + 1.96²/100) = 0.0777 → 71.1–86.7%.
    const [lo, hi] = wilson(80, 100);
    expect(lo).toBeCloseTo(71.1, 1);
    expect(hi).toBeCloseTo(86.7, 1);
    expect(figureInterval(noisy('t', 2.5), obs({ model: 'a', benchmark: 't', value: 80, n: 100 })).lo).toBeCloseTo(lo / 100, 12);
  });

  it('gives a lead smaller than the noise less than certainty, and displays never print 100% or 0% unless exact', () => {
    const data = dataset({
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [noisy('t', 2.5)],
      observations: [obs({ model: 'a', benchmark: 't', value: 62 }), obs({ model: 'b', benchmark: 't', value: 59 })],
      workloads: [workload({ id: 'w', weights: { t: 1 } })],
    });
    const p = workloadOf(run(data, profile({ mix: { w: 1 }, samples: 10_000 })), 'w').recommendation!;
    // a: 59.5–64.5, b: 56.5–61.5: b wins when its draw beats a's, P = 2²/(2·5²) = 0.08.
    expect(p.winProbability).toBeGreaterThan(0.9);
    expect(p.winProbability).toBeLessThan(1);
    expect(Math.abs(p.winProbability - 0.92)).toBeLessThan(0.015);
    expect(p.confidence).toBe('likely');
    expect([probability(1), probability(0.996), probability(0.5), probability(0.004), probability(0)]).toEqual([
      '100%',
      '>99%',
      '50%',
      '<1%',
      '0%',
    ]);
  });
});

describe('5. ties are ties', () => {
  const data = (seedless: boolean) =>
    dataset({
      models: [model({ id: 'z-prod' }), model({ id: 'a-pilot', facts: { 'api-ga': 'no' } }), model({ id: 'm-prod' })],
      benchmarks: [noisy('t', 2.5)],
      observations: [
        obs({ model: 'a-pilot', benchmark: 't', value: 62 }),
        obs({ model: 'z-prod', benchmark: 't', value: 61 }),
        obs({ model: 'm-prod', benchmark: 't', low: 58, high: 64, label: seedless ? 'about 61' : 'around 61' }),
      ],
      workloads: [workload({ id: 'w', weights: { t: 1 } })],
    });

  it('names the tied models and picks by the rule (production first, then coverage), whatever the seed', () => {
    // Lead 0.01 < (0.025 + 0.025)/2: a tie among all three; production-ready z-prod and m-prod first, then
    // coverage (measured 1 beats words 0.5): z-prod.
    for (const seed of [1, 4, 99]) {
      const p = workloadOf(run(data(true), profile({ mix: { w: 1 }, seed })), 'w').recommendation!;
      expect(p).toMatchObject({ model: 'z-prod', confidence: 'tie' });
      expect(p.tiedWith.map((t) => t.model)).toEqual(['m-prod', 'a-pilot']);
      expect(p.settle?.benchmarks).toEqual(['t']);
    }
  });

  it('calls the bundled GPT-5.4/Claude health duel a tie, the same for seed 1 and seed 4', () => {
    const { dataset: bundled } = loadDataset();
    for (const seed of [1, 4]) {
      const r = run(bundled, { mix: { health: 1 }, requirements: ['api-ga'], today: '2026-07-10', seed });
      const p = workloadOf(r, 'health').recommendation!;
      expect(p).toMatchObject({ model: 'claude-opus-4.6', confidence: 'tie', tiedWith: [{ model: 'gpt-5.4', name: 'GPT-5.4' }] });
    }
  });
});

describe('6-8. shared evidence, coverage split, challenger', () => {
  const { dataset: bundled } = loadDataset();
  const r = run(bundled, { mix: { coding: 1, health: 1, reasoning: 1 }, today: '2026-07-10' });

  it('coding is unresolved: GPT-5.4 and Claude share no coding benchmark', () => {
    const two = run(bundled, { mix: { coding: 1 }, exclude: ['muse-spark', 'gemini-3.1-pro'], today: '2026-07-10' });
    const p = workloadOf(two, 'coding').recommendation!;
    // Claude 0.5·0.808 = 0.404 against GPT-5.4's 0.5·0.751 = 0.3755, each with the other half a gap.
    expect(p).toMatchObject({ model: 'claude-opus-4.6', confidence: 'unresolved', sharedEvidence: { benchmarks: [], leads: false } });
    expect(p.settle?.message).toMatch(
      /Run Terminal-Bench 2\.0 on Claude Opus 4\.6, and SWE-bench Verified on GPT-5\.4, then bring the results in with --data/,
    );
  });

  it("counts Gemini's 'Slightly lower' health figure as words: partial coverage", () => {
    expect(entryOf(r, 'health', 'gemini-3.1-pro')).toMatchObject({
      coverage: 0.5,
      coverageSplit: { measured: 0, partial: 1, proxy: 0, missing: 0 },
    });
    expect(entryOf(r, 'health', 'gemini-3.1-pro').contributions[0]).toMatchObject({ low: 32, high: 42.8, basis: 'label' });
  });

  it('names the challenger (most likely other winner) apart from the runner-up (closest score)', () => {
    const p = workloadOf(r, 'reasoning').recommendation!;
    expect(p.model).toBe('gemini-3.1-pro');
    expect(p.runnerUp?.model).toBe('muse-spark');
    expect(p.challenger?.model).toBe('gpt-5.4');
    expect(p.challenger?.winProbability).toBe(entryOf(r, 'reasoning', 'gpt-5.4').winProbability);
    // GPT-5.4 has no CritPT or HLE figure: counted at the bands' worst end Muse Spark leads, at their middle GPT-5.4 does.
    expect(p.fragile.filter((f) => f.constant === 'gap-position').map((f) => [f.alternative, f.flipsTo.model])).toEqual([
      [0, 'muse-spark'],
      [0.5, 'gpt-5.4'],
    ]);
  });
});

describe('9. facts have dates', () => {
  const { dataset: bundled } = loadDataset();

  it('--as-of 2026-04-30 leaves July api-ga facts unknown and July caveats out', () => {
    const r = run(bundled, { mix: { vision: 1 }, requirements: ['api-ga'], asOf: '2026-04-30', today: '2026-05-01' });
    const w = workloadOf(r, 'vision');
    expect(w.recommendation).toBeNull();
    expect(entryOf(r, 'vision', 'gpt-5.4').reasons).toEqual([
      expect.objectContaining({ code: 'unverified-requirement', requirement: 'api-ga' }),
    ]);
    const all = run(bundled, { mix: { vision: 1 }, asOf: '2026-04-30', today: '2026-05-01' });
    const dates = workloadOf(all, 'vision')
      .caveats.map((c) => c.date)
      .filter((d) => d !== undefined);
    expect(dates.every((d) => d <= '2026-04-30')).toBe(true);
    expect(workloadOf(all, 'vision').verdicts.every((v) => v.date <= '2026-04-30')).toBe(true);
  });

  it('shows an inferred "no" as inferred in the gate reason', () => {
    const r = run(bundled, { mix: { vision: 1 }, requirements: ['open-weights'], today: '2026-07-10' });
    expect(entryOf(r, 'vision', 'gpt-5.4').reasons[0]?.message).toBe(
      'fails open-weights: commercial API model (inferred from toolbench-2026-07-04, 2026-07-04)',
    );
  });
});

describe('10-11. fragile picks and the sources’ verdicts', () => {
  it('flags a pick that flips when a constant moves within its range, naming the constant', () => {
    // b leads a by 1.5 points with ±1 noise each: no tie at noise ×1 (0.015 ≥ (0.01 + 0.01)/2) or ×0.4, a tie at
    // ×2 (0.015 < (0.02 + 0.02)/2), where the tie rule (production first) picks a.
    const data = dataset({
      models: [model({ id: 'a' }), model({ id: 'b', facts: { 'api-ga': 'no' } })],
      benchmarks: [noisy('t', 1)],
      observations: [obs({ model: 'a', benchmark: 't', value: 60 }), obs({ model: 'b', benchmark: 't', value: 61.5 })],
      workloads: [workload({ id: 'w', weights: { t: 1 } })],
    });
    const p = workloadOf(run(data, profile({ mix: { w: 1 } })), 'w').recommendation!;
    expect(p.model).toBe('b');
    expect(p.fragile).toEqual([{ constant: 'noise-scale', value: 1, alternative: 2, flipsTo: { model: 'a', name: 'A' } }]);
  });

  it('shows each verdict beside the pick, and says when they disagree', () => {
    const data = dataset({
      sources: [source()],
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [benchmark({ id: 't' })],
      observations: [obs({ model: 'a', benchmark: 't', value: 70 }), obs({ model: 'b', benchmark: 't', value: 40 })],
      workloads: [workload({ id: 'w', weights: { t: 1 } })],
      verdicts: [{ workload: 'w', models: ['b'], quote: 'use B', source: 'src-a', date: '2026-03-01', origin: 'bundled' }],
    });
    const v = workloadOf(run(data, profile({ mix: { w: 1 } })), 'w').verdicts;
    expect(v).toEqual([
      {
        source: 'src-a',
        date: '2026-03-01',
        quote: 'use B',
        models: ['b'],
        agrees: false,
        message: 'src-a favours B, but the computed pick is A: they disagree',
      },
    ]);
  });
});

describe('a wider dataset: an overlay with a new model, a model with no figures and a handful of team results', () => {
  const file = fileURLToPath(new URL('./fixtures/wider-overlay.json', import.meta.url));
  const { dataset: wider } = loadDataset({ overlays: [file] });
  const { dataset: bundled } = loadDataset();
  const profileOf = (mix: Record<string, number>) => ({ mix, today: '2026-11-27' });

  it('stays sensible: the blank model is not assessed anywhere, and the noisy small-sample coding results tie', () => {
    const r = run(wider, profileOf({ coding: 1, vision: 1, agentic: 1 }));
    for (const w of r.workloads) {
      expect(w.notAssessed.map((n) => n.model)).toEqual(['blank-model']);
      expect(w.recommendation?.model).not.toBe('blank-model');
    }
    // Terminal-Bench on 89 tasks: a Wilson band of about ±9 points, so GPT-5.4, Claude, Gemini and Open Coder X
    // cannot be separated; the tie rule picks GPT-5.4 (production-ready, full coverage, top score).
    const coding = workloadOf(r, 'coding').recommendation!;
    expect(coding).toMatchObject({ model: 'gpt-5.4', confidence: 'tie' });
    expect(coding.tiedWith.map((t) => t.model).sort()).toEqual(['claude-opus-4.6', 'gemini-3.1-pro', 'open-coder-x']);
  });

  it('moves no bundled model that the overlay gives no figure on a workload', () => {
    const a = run(bundled, profileOf({ vision: 1 }));
    const b = run(wider, profileOf({ vision: 1 }));
    for (const m of ['muse-spark', 'gemini-3.1-pro', 'gpt-5.4', 'claude-opus-4.6']) {
      expect(entryOf(b, 'vision', m).score).toBe(entryOf(a, 'vision', m).score);
    }
    expect(workloadOf(b, 'vision').recommendation).toMatchObject({ model: 'gemini-3.1-pro', confidence: 'tie' });
  });
});

describe('the thresholds, at their exact edges', () => {
  // Two models on one benchmark with ±1 point of noise each (0.01 on the 0–1 scale): half the combined noise
  // is 0.01, the combined noise 0.02.
  const duel = (a: number, b: number) =>
    workloadOf(
      run(
        dataset({
          models: [model({ id: 'a' }), model({ id: 'b' })],
          benchmarks: [noisy('t', 1)],
          observations: [obs({ model: 'a', benchmark: 't', value: a }), obs({ model: 'b', benchmark: 't', value: b })],
          workloads: [workload({ id: 'w', weights: { t: 1 } })],
        }),
        profile({ mix: { w: 1 }, samples: 2000 }),
      ),
      'w',
    ).recommendation!;

  it('a lead just under one noise band is a tie; exactly one band is not', () => {
    expect(duel(60.99, 60).confidence).toBe('tie');
    expect(duel(61, 60)).toMatchObject({ model: 'a', confidence: 'likely', tiedWith: [] });
  });

  it('a lead of exactly the combined noise is clear; just under it is likely', () => {
    expect(duel(62, 60).confidence).toBe('clear');
    expect(duel(61.99, 60).confidence).toBe('likely');
  });
});
