import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/dataset/schema.js';
import type { Entry } from '../../src/engine/rank.js';
import type { Obs } from '../../src/engine/resolve.js';
import { type Rng, type SampledEntry, winProbabilities } from '../../src/engine/sample.js';
import { detailWarning } from '../../src/engine/warnings.js';
import { applyAssumptions, reranked } from '../../src/engine/whatif.js';
import { figureWarnings, noRecommendation, type WorkloadContext, type WorkloadOutcome } from '../../src/engine/workload.js';
import { benchmark, dataset, model, observation as obs, profile, table, tokensBenchmark, workload } from '../helpers/builders.js';
import { run, workloadOf } from '../helpers/engine.js';

// Rules of small engine functions, each answer worked out by hand.

describe('detail warning: counts are printed with thousands separators', () => {
  const countIn = (n: number) => /top \d+ of ([\d,]+) models/.exec(detailWarning(n).message)?.[1];
  it.each([
    [999, '999'],
    [1000, '1,000'],
    [12345, '12,345'],
    [1234567, '1,234,567'],
  ])('%i → %s', (n, shown) => {
    expect(countIn(n)).toBe(shown);
  });
});

describe('profile: a volume must name a workload of the dataset', () => {
  it('refuses a volume for an unknown workload at its key, with the valid list', () => {
    const d = table({ a: { q: 50 } }, { w1: { q: 1 }, w2: { q: 1 } });
    expect(() => run(d, profile({ mix: { w1: 1 }, volume: { nope: 1000 }, samples: 500 }))).toThrow(
      'profile: volume.nope: unknown workload "nope"; use one of: w1 or w2',
    );
  });
});

describe('winProbabilities: a single model that can win wins every draw, without sampling', () => {
  it('gives it exactly 1 and the hopeless one 0, drawing nothing', () => {
    const noDraws = {
      next: () => {
        throw new Error('sampled');
      },
    } as unknown as Rng;
    const only: SampledEntry = { low: 0.5, high: 0.8, spreads: [0.2, 0.1] };
    const hopeless: SampledEntry = { low: 0.1, high: 0.4, spreads: [0.3] };
    expect(winProbabilities([hopeless, only], 1000, noDraws)).toEqual([0, 1]);
    expect(winProbabilities([only], 1000, noDraws)).toEqual([1]);
  });
});

describe('applyAssumptions: only numeric assumptions become figures', () => {
  it('adds one observation per figure and none for a fact', () => {
    const d: Dataset = table({ a: { q: 50 } }, { w: { q: 1 } });
    const out = applyAssumptions(
      d,
      [
        { model: 'a', key: 'api-ga', value: 'yes' },
        { model: 'a', key: 'q', value: 70 },
      ],
      '2026-03-15',
    );
    expect(out.observations.slice(d.observations.length)).toEqual([
      {
        model: 'a',
        benchmark: 'q',
        value: 70,
        source: 'assumption',
        date: '2026-03-15',
        note: 'assumed (--assume), not measured',
        origin: 'assumption',
      },
    ]);
  });
});

describe('reranked: a changed entry goes back where the ranking order puts it', () => {
  const entry = (id: string, score: number) =>
    ({ model: { id }, eligible: true, winProbability: 0, score: { assessed: true, score, coverage: 1 } }) as unknown as Entry;
  const list = [entry('a', 0.9), entry('b', 0.7), entry('c', 0.5)];
  const ids = (es: Entry[]) => es.map((e) => e.model.id);

  it('at the front, in the middle and at the end', () => {
    expect(ids(reranked(list, entry('c', 0.95)))).toEqual(['c', 'a', 'b']);
    expect(ids(reranked(list, entry('a', 0.6)))).toEqual(['b', 'a', 'c']);
    expect(ids(reranked(list, entry('a', 0.1)))).toEqual(['b', 'c', 'a']);
    expect(ids(reranked(list, entry('d', 0.2)))).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('noRecommendation: some eligible models (not all) means they are not assessed', () => {
  const entry = (name: string, eligible: boolean) =>
    ({ model: { id: name.toLowerCase(), name }, eligible, gates: eligible ? [] : [{ code: 'excluded' }] }) as unknown as Entry;

  it('names only the eligible models when some pass the gates', () => {
    expect(noRecommendation([entry('A', true), entry('B', false)])).toBe(
      "No eligible model has a figure of its own on this workload's benchmarks: A is not assessed.",
    );
  });

  it('lists every model and its gates when none passes', () => {
    expect(noRecommendation([entry('A', false), entry('B', false)])).toBe('No model passes the gates: A (excluded), B (excluded).');
  });
});

describe('figureWarnings: each proxy and mode figure is warned once for the mix, however many workloads use it', () => {
  it('one proxy and one mode warning for a figure in two workloads', () => {
    const proxy = { model: 'a', benchmark: 'x', value: 80, proxyFor: { measuredOn: 'A mini' } } as unknown as Obs;
    const mode = { model: 'a', benchmark: 'x', value: 70, mode: 'hi' } as unknown as Obs;
    const a = {
      model: { id: 'a', name: 'A', modes: [{ id: 'hi', name: 'High', description: 'high effort' }] },
      eligible: true,
      score: { proxies: [proxy], modes: [mode] },
    };
    const outcome = { entries: [a], scored: [] } as unknown as WorkloadOutcome;
    const ctx = { benchmarks: new Map([['x', benchmark({ id: 'x' })]]), resolution: { disputed: [] } } as unknown as WorkloadContext;
    expect(figureWarnings(ctx, [outcome, outcome]).map((w) => w.code)).toEqual(['proxy', 'mode']);
  });
});

describe('fragile: log-scale-bounds ×f takes a log scale’s min×f and max÷f', () => {
  // L on a log scale 10M–1B (point = (log10 x − 7)/2), q on 0–100, equal weights.
  //   A: L 1e8 → 0.5,    q 85 → 0.25 + 0.425 = 0.675
  //   B: L 3e8 → 0.7386, q 50 → 0.3693 + 0.25 = 0.6193: A is the pick.
  // ×3: 30M–333M, log10 width 1.0458: A's L 0.5, B's 0.9562 → B 0.7281 > A 0.675: flips to B.
  //   (Had the max been multiplied too, 30M–3B, both points would drop by 0.2386 and A would stay ahead.)
  // ×0.1: 1M–10B, point (log10 x − 6)/4: A 0.5, B 0.6193 → B 0.5596 < A: no flip.
  const L = benchmark({ id: 'L', scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'log' } });
  const build = (extra: Partial<Dataset> = {}) =>
    dataset({
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [L, benchmark({ id: 'q' }), tokensBenchmark()],
      workloads: [workload({ id: 'w', weights: { L: 1, q: 1 } })],
      ...extra,
    });
  const figures = (qa: number, qb: number) => [
    obs({ model: 'a', benchmark: 'L', value: 1e8 }),
    obs({ model: 'a', benchmark: 'q', value: qa }),
    obs({ model: 'b', benchmark: 'L', value: 3e8 }),
    obs({ model: 'b', benchmark: 'q', value: qb }),
    obs({ model: 'a', benchmark: 'tok', value: 1e8 }),
    obs({ model: 'b', benchmark: 'tok', value: 1e8 }),
  ];

  it('flips the pick at ×3 (the scale narrowed around its centre), not at ×0.1', () => {
    const pick = workloadOf(run(build({ observations: figures(85, 50) }), profile({ mix: { w: 1 }, samples: 500 })), 'w').recommendation;
    expect(pick?.model).toBe('a');
    expect(pick?.fragile).toEqual([{ constant: 'log-scale-bounds', value: 1, alternative: 3, flipsTo: { model: 'b', name: 'B' } }]);
  });

  it('moves a term by (1 − costWeight)·weight of its change: at costWeight 0.5, a gap of 0.1003 survives ×3', () => {
    // Equal tokens, so efficiency adds the same to both. q: A 90, B 26 → quality A 0.7, B 0.4993; score gap
    // 0.5·0.2007 = 0.1003. ×3 moves B's L point by 0.2176, its score by 0.25·0.2176 = 0.0544 < 0.1003: no flip
    // (with a coefficient of 0.75 it would move 0.1632 and flip).
    const pick = workloadOf(
      run(build({ observations: figures(90, 26) }), profile({ mix: { w: 1 }, costWeight: 0.5, samples: 500 })),
      'w',
    ).recommendation;
    expect(pick?.model).toBe('a');
    expect(pick?.fragile).toEqual([]);
  });
});

describe('figure triggers: the threshold’s coefficient is (1 − costWeight)·weight', () => {
  it('at costWeight 0.5 the exact root: C needs 70% on a (or b) to catch P', () => {
    // a, b equal weights, equal tokens. P: 60, 60; C: 50, 50. Score gap 0.5·0.1 = 0.05; the coefficient of a is
    // 0.5·0.5 = 0.25, so C's point on a must rise 0.2: from 0.5 to 0.7, i.e. 70%, found exactly (not by bisection).
    const d = dataset({
      models: [model({ id: 'p' }), model({ id: 'c' })],
      benchmarks: [benchmark({ id: 'a' }), benchmark({ id: 'b' }), tokensBenchmark()],
      observations: [
        obs({ model: 'p', benchmark: 'a', value: 60 }),
        obs({ model: 'p', benchmark: 'b', value: 60 }),
        obs({ model: 'c', benchmark: 'a', value: 50 }),
        obs({ model: 'c', benchmark: 'b', value: 50 }),
        obs({ model: 'p', benchmark: 'tok', value: 1e8 }),
        obs({ model: 'c', benchmark: 'tok', value: 1e8 }),
      ],
      workloads: [workload({ id: 'w', weights: { a: 1, b: 1 } })],
    });
    const w = workloadOf(run(d, profile({ mix: { w: 1 }, costWeight: 0.5, samples: 500 })), 'w');
    expect(w.recommendation?.model).toBe('p');
    const figs = w.triggers.filter((t) => t.kind === 'figure');
    expect(figs.map((t) => t.benchmark)).toEqual(['a', 'b']);
    for (const t of figs) expect(Math.abs((t.figure as number) - 70)).toBeLessThan(1e-9);
  });
});
