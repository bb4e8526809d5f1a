import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/api.js';
import type { Dataset, Observation } from '../../src/dataset/schema.js';
import { compareModels } from '../../src/engine/compare.js';
import { DETAIL_MODELS } from '../../src/engine/index.js';
import { Recommendation } from '../../src/engine/schema.js';
import { benchmark, dataset, META, model, observation, profile, source, workload } from '../helpers/builders.js';
import { run, workloadOf } from '../helpers/engine.js';

// Detail for the leading models only: every model is ranked with its numbers, but contributions and evidence
// are kept for the first DETAIL_MODELS of each workload's ranking, and always for the pick, its runner-up, its
// production alternative and the portfolio's single model, wherever they rank.

const id = (i: number) => `m${String(i).padStart(2, '0')}`;
const OLD = { source: 's-old', date: '2026-01-01' };

/**
 * 30 models. On w1 (benchmark b1) m01…m29 rank in order; m25 and m26 tie exactly (the cut falls between them,
 * on ids), and only m27 among them has a generally-available API, so the pick m01 is a pilot with m27 as its
 * alternative at rank 27. m30 ranks last on w1 but leads w2 (three quarters of the mix): the single model.
 */
function build(n = 30): Dataset {
  const models = Array.from({ length: n }, (_, k) => k + 1);
  const b1 = (i: number) => (i === 30 ? 10 : i === 26 ? 90 - 24 : 90 - (i - 1));
  const b2 = (i: number) => (i === 30 ? 99 : 20 + i);
  const observations: Observation[] = models.flatMap((i) => [
    { model: id(i), benchmark: 'b1', value: b1(i), source: 'src-a', date: '2026-03-01', note: `note ${i}` },
    { model: id(i), benchmark: 'b2', value: b2(i), source: 'src-a', date: '2026-03-01' },
    { model: id(i), benchmark: 'tok', value: 1e8, source: 'src-a', date: '2026-03-01' },
    // an older figure for every model: superseded, and listed only for the detailed ones
    { model: id(i), benchmark: 'b1', value: b1(i) - 1, ...OLD },
  ]);
  return dataset({
    sources: [source(), source({ id: 's-old', date: OLD.date })],
    models: models.map((i) => model({ id: id(i), name: `Model ${i}`, facts: { 'api-ga': i === 27 || i === 30 ? 'yes' : 'no' } })),
    benchmarks: [
      benchmark({ id: 'b1' }),
      benchmark({ id: 'b2' }),
      benchmark({
        id: 'tok',
        role: 'efficiency',
        higherIsBetter: false,
        scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'log' },
      }),
    ],
    observations: observations.map((o) => observation(o)),
    workloads: [workload({ id: 'w1', weights: { b1: 1 } }), workload({ id: 'w2', weights: { b2: 1 } })],
  });
}

const mix = profile({ mix: { w1: 1, w2: 3 }, samples: 500 });
const detailedIn = (r: Recommendation, w: string) =>
  workloadOf(r, w)
    .ranking.filter((e) => e.detailed)
    .map((e) => e.model);

describe(`detail for the leading ${DETAIL_MODELS} models`, () => {
  const r = run(build(), mix);
  const w1 = workloadOf(r, 'w1');
  const w2 = workloadOf(r, 'w2');

  it('is set up as described: pilot pick with a low-ranked alternative, and a single model that trails w1', () => {
    expect(DETAIL_MODELS).toBe(25);
    expect(w1.recommendation).toMatchObject({ model: 'm01', status: 'pilot', alternative: { model: 'm27' }, runnerUp: { model: 'm02' } });
    expect(w1.ranking.map((e) => e.model).indexOf('m27')).toBe(26);
    expect(w1.ranking.at(-1)?.model).toBe('m30');
    expect(r.portfolio.singleModel?.model).toBe('m30');
    expect(w2.recommendation).toMatchObject({ model: 'm30', status: 'production', alternative: null });
  });

  it('still ranks every model with its numbers, coverage and reasons', () => {
    expect(w1.ranking).toHaveLength(30);
    for (const e of w1.ranking) {
      const i = Number(e.model.slice(1));
      expect(e.score).toBeCloseTo((i === 30 ? 10 : i === 26 ? 66 : 91 - i) / 100, 12);
      expect([e.low, e.high, e.coverage, e.eligible]).toEqual([e.score, e.score, 1, true]);
    }
    const eligible = w1.ranking.filter((e) => e.eligible);
    expect(eligible.reduce((s, e) => s + (e.winProbability ?? 0), 0)).toBeCloseTo(1, 9);
  });

  it('details the first 25 of the ranking and, wherever they rank, the alternative and the single model', () => {
    // m25 and m26 tie on every figure: the cut between them falls on their ids
    expect(w1.ranking.slice(24, 26).map((e) => e.model)).toEqual(['m25', 'm26']);
    expect(detailedIn(r, 'w1')).toEqual([...Array.from({ length: 25 }, (_, k) => id(k + 1)), 'm27', 'm30']);
    // on w2 the pick is the single model and has no alternative: exactly 25
    expect(detailedIn(r, 'w2')).toEqual(w2.ranking.slice(0, 25).map((e) => e.model));
    expect(detailedIn(r, 'w2')[0]).toBe('m30');
  });

  it('gives the others no contributions, no efficiency contribution and detailed: false', () => {
    const others = w1.ranking.filter((e) => !e.detailed);
    expect(others.map((e) => e.model)).toEqual(['m26', 'm28', 'm29']);
    for (const e of others) expect(e).toMatchObject({ detailed: false, contributions: [], efficiencyContribution: null });
    for (const e of w1.ranking.filter((x) => x.detailed)) {
      expect(e.contributions).toEqual([
        expect.objectContaining({ benchmark: 'b1', basis: 'measured', note: `note ${Number(e.model.slice(1))}` }),
      ]);
      expect(e.efficiencyContribution).toMatchObject({ benchmark: 'tok', weight: 0 });
    }
  });

  it('lists evidence and superseded figures of the detailed models only, in ranking order', () => {
    const detailed = detailedIn(r, 'w1');
    expect([...new Set(w1.evidence.map((e) => e.model))]).toEqual(detailed);
    expect(w1.evidence.map((e) => e.benchmark)).toEqual(detailed.map(() => 'b1'));
    expect(w1.superseded.map((e) => e.model)).toEqual(detailed);
    expect(w1.superseded.every((e) => e.source === 's-old' && e.supersededBy.source === 'src-a')).toBe(true);
  });

  it('says so once per report, with the counts', () => {
    expect(r.warnings.filter((w) => w.code === 'detail')).toEqual([
      {
        code: 'detail',
        message:
          'Detail (contributions and evidence) is kept for the top 25 of 30 models in each workload, and always for each pick, its runner-up, its production alternative and the single model; the others are ranked by score only. Compare any two with: model-advisor compare A B.',
      },
    ]);
    expect(r.warnings.at(-1)?.code).toBe('detail');
  });

  it('fits the published Recommendation schema', () => {
    const parsed = Recommendation.safeParse(r);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it('cuts in the same place when the input is reordered', () => {
    const data = build();
    const reversed: Dataset = { ...data, models: [...data.models].reverse(), observations: [...data.observations].reverse() };
    expect(JSON.stringify(run(reversed, mix))).toBe(JSON.stringify(r));
  });

  it('with 25 models or fewer details every model and raises no warning', () => {
    const small = run(build(25), mix);
    for (const w of small.workloads) {
      expect(w.ranking.every((e) => e.detailed && e.contributions.length === 1 && e.efficiencyContribution !== null)).toBe(true);
      expect(w.evidence).toHaveLength(25);
    }
    expect(small.warnings.map((w) => w.code)).not.toContain('detail');
  });

  it('leaves compare whole: two models left out of the detail compare on every figure, with no detail warning', () => {
    const data = build();
    const c = compareModels(data, 'm28', 'm29', planOf(mix, data), META);
    expect(c.benchmarks.map((b) => [b.benchmark, b.a?.value, b.b?.value])).toEqual([
      ['b1', 63, 62],
      ['b2', 48, 49],
      ['tok', 1e8, 1e8],
    ]);
    expect(c.workloads.map((w) => [w.workload, w.leader])).toEqual([
      ['w2', 'm29'],
      ['w1', 'm28'],
    ]);
    expect(c.warnings.map((w) => w.code)).not.toContain('detail');
  });
});
