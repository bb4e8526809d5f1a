import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/api.js';
import type { Dataset } from '../../src/dataset/schema.js';
import { compareModels } from '../../src/engine/compare.js';
import { governanceUsed, modelsAsOf } from '../../src/engine/gates.js';
import { recommend } from '../../src/engine/index.js';
import { figureInterval, noiseHalfWidth } from '../../src/engine/intervals.js';
import { type Contender, tiedGroup, tieOrder } from '../../src/engine/pick.js';
import type { Recommendation } from '../../src/engine/schema.js';
import { benchmark, dataset, META, model, observation, profile, source, table, workload } from '../helpers/builders.js';
import { entryOf, run, workloadOf } from '../helpers/engine.js';

// Each block states one rule of the engine and checks it with answers worked out by hand.

describe('efficiency benchmarks: exactly one, and the refusal names the others in id order', () => {
  it('lists every efficiency benchmark, sorted by id, whatever order the dataset gives them in', () => {
    const eff = (id: string) => benchmark({ id, role: 'efficiency', higherIsBetter: false });
    const data = table({ m: { q: 50 } }, { w: { q: 1 } });
    const bad: Dataset = { ...data, benchmarks: [...data.benchmarks, eff('zeta'), eff('alpha'), eff('mid')] };
    expect(() => run(bad, profile({ mix: { w: 1 } }))).toThrow(
      'the dataset marks 3 benchmarks as efficiency (alpha, mid, zeta); the cost weight needs exactly one, so mark the others "quality"',
    );
  });
});

describe('the no-figures warning: a benchmark counts as figured only by a model’s own figure with numbers', () => {
  // Benchmark `q` is always figured (m has 50 there); `x` gets the figure under test.
  const noFigures = (x: Partial<Parameters<typeof observation>[0]>) => {
    const data = dataset({
      models: [model({ id: 'm' })],
      benchmarks: [benchmark({ id: 'q' }), benchmark({ id: 'x' })],
      observations: [observation({ model: 'm', benchmark: 'q', value: 50 }), observation({ model: 'm', benchmark: 'x', ...x })],
      workloads: [workload({ id: 'w', weights: { q: 3, x: 1 } })],
    });
    return run(data, profile({ mix: { w: 1 } }))
      .warnings.filter((w) => w.code === 'no-figures')
      .map((w) => w.message);
  };
  const onX = [
    'No model has a figure on Bench x, which carries 25% of Workload w: every model is given the whole 0–1 scale there, which only adds uncertainty.',
  ];

  it('a value of its own: figured', () => expect(noFigures({ value: 40 })).toEqual([]));
  it('a low–high range of its own: figured', () => expect(noFigures({ low: 30, high: 40 })).toEqual([]));
  it('words only (a label): not figured', () => expect(noFigures({ label: 'strong' })).toEqual(onX));
  it('a sibling’s value (proxy): not figured', () => expect(noFigures({ value: 40, proxyFor: { measuredOn: 'sibling' } })).toEqual(onX));
  it('a sibling’s range (proxy): not figured', () =>
    expect(noFigures({ low: 30, high: 40, proxyFor: { measuredOn: 'sibling' } })).toEqual(onX));
});

describe('the report’s benchmarks are sorted by id, not by dataset order', () => {
  it('gives the benchmarks the report uses in id order when the dataset lists them out of order', () => {
    const data = table({ m: { d: 10, b: 20, c: 30, a: 40 } }, { w: { d: 1, b: 1, c: 1, a: 1 } });
    expect(data.benchmarks.map((b) => b.id)).toEqual(['d', 'b', 'c', 'a']);
    const r = run(data, profile({ mix: { w: 1 } }));
    expect(r.benchmarks.map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('gives the sources in id order too', () => {
    const sources = ['s-d', 'src-a', 's-b', 's-c'].map((id) => source({ id }));
    const r = run(table({ m: { q: 50 } }, { w: { q: 1 } }, { sources }), profile({ mix: { w: 1 } }));
    expect(r.dataset.sources.map((s) => s.id)).toEqual(['s-b', 's-c', 's-d', 'src-a']);
  });
});

describe('modelsAsOf: a fact dated after the as-of date becomes unknown; earlier and undated facts stay', () => {
  const m = {
    governance: {
      'api-ga': { value: 'yes' as const, source: 's-late', date: '2026-07-04' },
      'open-weights': { value: 'no' as const, source: 's-early', date: '2026-04-01' },
      'self-host': { value: 'no' as const, source: 's-same', date: '2026-04-30' },
      sla: { value: 'unknown' as const },
    },
  };

  it('turns only the later fact unknown, with a note naming its source and date', () => {
    const [out] = modelsAsOf([m], '2026-04-30');
    expect(out?.governance).toEqual({
      'api-ga': { value: 'unknown', note: 'Not known on 2026-04-30: the only source (s-late) is dated 2026-07-04.' },
      'open-weights': m.governance['open-weights'],
      'self-host': m.governance['self-host'],
      sla: m.governance.sla,
    });
  });

  it('gives back the very same model when nothing is later', () => {
    const [out] = modelsAsOf([m], '2026-07-04');
    expect(out).toBe(m);
  });
});

describe('governanceUsed: the facts of detailed models only, ordered by model id then requirement id', () => {
  const facts = { 'api-ga': 'yes', sla: 'no', 'open-weights': 'no', 'fine-tune': 'yes' } as const;
  const ds = {
    models: [model({ id: 'zed', facts }), model({ id: 'amy', facts }), model({ id: 'kim', facts }), model({ id: 'hid', facts })],
    requirements: ['sla', 'open-weights', 'api-ga', 'fine-tune'].map((id) => ({ id, label: id, why: id, origin: 'bundled' })),
  };
  const entry = (m: string, detailed: boolean) =>
    ({ model: m, detailed }) as unknown as Recommendation['workloads'][number]['ranking'][number];
  const workloads = [
    { ranking: [entry('zed', true), entry('hid', false)] },
    { ranking: [entry('kim', true), entry('amy', true), entry('hid', false)] },
  ] as unknown as Recommendation['workloads'];

  it('leaves out a model no workload details, and sorts models and requirements by id', () => {
    const rows = governanceUsed(ds, workloads).map((g) => `${g.model}:${g.requirement}=${g.value}`);
    expect(rows).toEqual([
      'amy:api-ga=yes',
      'amy:fine-tune=yes',
      'amy:open-weights=no',
      'amy:sla=no',
      'kim:api-ga=yes',
      'kim:fine-tune=yes',
      'kim:open-weights=no',
      'kim:sla=no',
      'zed:api-ga=yes',
      'zed:fine-tune=yes',
      'zed:open-weights=no',
      'zed:sla=no',
    ]);
  });
});

describe('scores never exceed 1, even when the normalised weights sum past 1 in floating point', () => {
  it('a model at the top of every benchmark scores exactly 1 with weights 9, 18, 1', () => {
    // 9/28 + 18/28 + 1/28 sums to 1.0000000000000002 in doubles; the score is clamped back to 1.
    expect(9 / 28 + 18 / 28 + 1 / 28).toBeGreaterThan(1);
    const r = run(table({ m: { a: 100, b: 100, c: 100 } }, { w: { a: 9, b: 18, c: 1 } }), profile({ mix: { w: 1 } }));
    const e = entryOf(r, 'w', 'm');
    expect(e.score).toBe(1);
    expect(e.high).toBe(1);
    expect(e.low).toBe(1);
    expect(e.coverage).toBe(1);
  });
});

describe('compare: the chance that A comes first is given only when both models are assessed', () => {
  const data = dataset({
    models: [model({ id: 'a' }), model({ id: 'b' })],
    benchmarks: [benchmark({ id: 'x', noise: { halfWidth: 5, note: 'n' } }), benchmark({ id: 'y' })],
    observations: [observation({ model: 'a', benchmark: 'x', value: 70 }), observation({ model: 'b', benchmark: 'x', value: 60 })],
    workloads: [workload({ id: 'both', weights: { x: 1 } }), workload({ id: 'none', weights: { y: 1 } })],
  });
  const withA = dataset({
    ...data,
    observations: [...data.observations, observation({ model: 'a', benchmark: 'y', value: 50 })],
  });
  const cmp = (d: Dataset) => {
    const plan = planOf(profile({ mix: { both: 1, none: 1 }, samples: 1000 }), d);
    return compareModels(d, 'a', 'b', plan, META).workloads;
  };

  it('both assessed: A’s win probability, as the engine computed it', () => {
    const [both] = cmp(data);
    const rec = recommend(data, planOf(profile({ mix: { both: 1, none: 1 }, samples: 1000 }), data), META);
    expect(both?.aWinProbability).toBe(entryOf(rec, 'both', 'a').winProbability);
    expect(both?.aWinProbability).toBeGreaterThan(0.5);
  });

  it('only A assessed: null', () => {
    const none = cmp(withA).find((w) => w.workload === 'none');
    expect(none?.a.assessed).toBe(true);
    expect(none?.b.assessed).toBe(false);
    expect(none?.aWinProbability).toBeNull();
  });

  it('neither assessed: null', () => {
    const none = cmp(data).find((w) => w.workload === 'none');
    expect(none?.aWinProbability).toBeNull();
  });
});

describe('lowConfidence: true when the word is not "clear" or when there are reasons', () => {
  // One benchmark with noise ±4 points: each figure's band is 0.04 either side, so two models are a tie when
  // the lead is under (0.04 + 0.04) / 2 = 0.04 and separated when it is at least 0.04 + 0.04 = 0.08.
  const pick = (a: number, b: number) => {
    const data = dataset({
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [benchmark({ id: 'x', noise: { halfWidth: 4, note: 'n' } })],
      observations: [observation({ model: 'a', benchmark: 'x', value: a }), observation({ model: 'b', benchmark: 'x', value: b })],
      workloads: [workload({ id: 'w', weights: { x: 1 } })],
    });
    return workloadOf(run(data, profile({ mix: { w: 1 }, samples: 1000 })), 'w').recommendation;
  };

  it('clear with no reasons (lead 0.15): false', () => {
    const r = pick(70, 55);
    expect([r?.confidence, r?.reasons, r?.lowConfidence]).toEqual(['clear', [], false]);
  });

  it('likely with no reasons (lead 0.05: not a tie, not separated, wins ~93% of draws): true', () => {
    const r = pick(60, 55);
    expect([r?.confidence, r?.reasons, r?.lowConfidence]).toEqual(['likely', [], true]);
  });

  it('a tie (lead 0.02), which carries its reason: true', () => {
    const r = pick(57, 55);
    expect(r?.confidence).toBe('tie');
    expect(r?.reasons.length).toBeGreaterThan(0);
    expect(r?.lowConfidence).toBe(true);
  });
});

describe('tiedGroup: the head is the first contender with the strictly greatest score', () => {
  const c = (id: string, score: number, noise: number): Contender => ({ id, score, low: score, noise, coverage: 1, production: true });

  it('on equal top scores the earlier contender heads the group, and the group is what it cannot be separated from', () => {
    // Head a (noise 0): b is tied (lead 0 < 0.2), c is not (0.1 < (0 + 0) / 2 fails).
    // Were b the head (noise 0.4), c would join: 0.1 < (0.4 + 0) / 2 = 0.2.
    const all = [c('a', 0.5, 0), c('b', 0.5, 0.4), c('c', 0.4, 0)];
    expect(tiedGroup(all)).toEqual([0, 1]);
    // The other way round, b heads and c joins; tieOrder then puts the higher scores first, by id.
    expect(tiedGroup([all[1], all[0], all[2]] as Contender[])).toEqual([1, 0, 2]);
  });

  it('a later, strictly higher score takes the head', () => {
    expect(tiedGroup([c('a', 0.4, 0), c('b', 0.6, 0)])).toEqual([1]);
  });

  it('no contenders: no group', () => expect(tiedGroup([])).toEqual([]));
});

describe('noiseHalfWidth: with no declared noise, a linear scale gets DEFAULT_NOISE.linear (2.5%) of its span', () => {
  const linear = (min: number, max: number) =>
    benchmark({ id: 'b', noise: undefined, scale: { kind: 'linear', unit: 'score', min, max, rationale: 'r' } });

  it('0–50: 0.025 × 50 = 1.25', () => expect(noiseHalfWidth(linear(0, 50))).toBeCloseTo(1.25, 12));
  it('10–60: 0.025 × (60 − 10) = 1.25, the span and not the sum of the bounds', () =>
    expect(noiseHalfWidth(linear(10, 60))).toBeCloseTo(1.25, 12));
  it('a declared half-width wins', () => expect(noiseHalfWidth(benchmark({ id: 'b', noise: { halfWidth: 3, note: 'n' } }))).toBe(3));
});

describe('figureInterval: the band runs from the lower to the higher end, whichever way the scale points', () => {
  const obs = observation({ model: 'm', benchmark: 'b', value: 30 });
  const band = (higherIsBetter: boolean, o = obs) => {
    const iv = figureInterval(benchmark({ id: 'b', higherIsBetter, noise: { halfWidth: 5, note: 'n' } }), o);
    return [iv.lo, iv.point, iv.hi].map((x) => Math.round(x * 1e9) / 1e9);
  };

  it('higher is better: 30 ± 5 of 100 → 0.25, 0.30, 0.35', () => expect(band(true)).toEqual([0.25, 0.3, 0.35]));
  it('lower is better: 30 ± 5 of 100 → 1 − 0.35, 1 − 0.30, 1 − 0.25 = 0.65, 0.70, 0.75', () =>
    expect(band(false)).toEqual([0.65, 0.7, 0.75]));
  it('a proxy is padded by 0.05 either side, lower is better too', () =>
    expect(band(false, { ...obs, proxyFor: { measuredOn: 'sib' } })).toEqual([0.6, 0.7, 0.8]));
});

describe('compare: a benchmark lead is clear only when the two noise bands do not touch', () => {
  // Benchmark x on the default 0–100 scale with a declared noise of ±5 points: a figure v has the band
  // [(v − 5)/100, (v + 5)/100]. A lead is clear when one band's low end is strictly above the other's high end.
  const row = (a: number | null, b: number | null) => {
    const d = dataset({
      models: [model({ id: 'a' }), model({ id: 'b' })],
      benchmarks: [benchmark({ id: 'x', noise: { halfWidth: 5, note: 'n' } })],
      observations: [
        ...(a === null ? [] : [observation({ model: 'a', benchmark: 'x', value: a })]),
        ...(b === null ? [] : [observation({ model: 'b', benchmark: 'x', value: b })]),
      ],
      workloads: [workload({ id: 'w', weights: { x: 1 } })],
    });
    const plan = planOf(profile({ mix: { w: 1 }, samples: 500 }), d);
    return compareModels(d, 'a', 'b', plan, META).benchmarks.find((r) => r.benchmark === 'x');
  };

  it('A 71 against B 60: bands [0.66, 0.76] and [0.55, 0.65] are apart, so A leads clearly by 0.11', () => {
    expect(row(71, 60)).toMatchObject({ leader: 'a', clear: true });
    expect(row(71, 60)?.margin).toBeCloseTo(0.11, 12);
  });
  it('B 71 against A 60: the same, the other way round', () => expect(row(60, 71)).toMatchObject({ leader: 'b', clear: true }));
  it('A 70 against B 60: the bands touch at 0.65, so the lead is not clear', () =>
    expect(row(70, 60)).toMatchObject({ leader: 'a', clear: false }));
  it('B 70 against A 60: touching the other way round, not clear either', () =>
    expect(row(60, 70)).toMatchObject({ leader: 'b', clear: false }));
  it('only A has a figure: no leader, no margin, not clear, and B’s side is empty', () => {
    expect(row(71, null)).toMatchObject({ leader: null, margin: null, clear: false, b: null });
    expect(row(71, null)?.a).toMatchObject({ value: 71, proxyFor: null });
  });
});

describe('the tie rule never rests on ids while the figures differ, even by a rounding', () => {
  // Two production-ready models with the same coverage whose scores differ in the last bit (0.7033…334 and
  // 0.7033…333, as sums of the same figures in another order give): the rounded keys tie, the unrounded scores
  // do not, so the higher one comes first whatever the ids; ids decide only between models equal to the last bit.
  const c = (id: string, score: number): Contender => ({ id, score, low: 0.67, coverage: 1, noise: 0.05, production: true });
  const high = 0.7033333333333334;
  const low = 0.7033333333333333;
  it('orders by the unrounded score before the id, both ways round', () => {
    expect([c('a', low), c('z', high)].sort(tieOrder).map((x) => x.id)).toEqual(['z', 'a']);
    expect([c('z', low), c('a', high)].sort(tieOrder).map((x) => x.id)).toEqual(['a', 'z']);
  });
  it('falls to the id only for models equal to the last bit', () =>
    expect([c('z', high), c('a', high)].sort(tieOrder).map((x) => x.id)).toEqual(['a', 'z']));
});
