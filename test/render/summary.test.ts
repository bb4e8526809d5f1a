import { describe, expect, it } from 'vitest';
import type { WorkloadResult } from '../../src/engine/schema.js';
import { bar, mixPercents, wholePercents } from '../../src/render/format.js';
import { confidenceOf, picksLine, verdictOf, verdictSentences, workloadSummaries } from '../../src/render/summary.js';
import { entry, recommendation, workload } from '../helpers/recommendation.js';

type Pick = NonNullable<WorkloadResult['recommendation']>;
const docs = workload();
const withPick = (over: Partial<Pick>) => workload({ recommendation: { ...(docs.recommendation as Pick), ...over } });

describe('whole percentages', () => {
  it('add up to 100 by largest remainder: health 50, vision 30 is 63% and 37%, not 63% and 38%', () => {
    expect(wholePercents([50 / 80, 30 / 80])).toEqual([63, 37]);
    expect(wholePercents([1 / 3, 1 / 3, 1 / 3])).toEqual([34, 33, 33]);
    expect(wholePercents([0.7, 0.3])).toEqual([70, 30]);
    expect(wholePercents([0.125, 0.125, 0.75])).toEqual([13, 12, 75]);
  });

  it('are what the report prints for each workload', () => {
    const rec = recommendation({ workloads: [workload({ share: 0.625 }), workload({ workload: 'health', name: 'Health', share: 0.375 })] });
    const share = mixPercents(rec);
    expect([share('docs'), share('health')]).toEqual(['63%', '37%']);
  });
});

describe('bars', () => {
  it('tell 0.824 from 0.803, and every 0.01 step, with eighth blocks', () => {
    expect(bar(0.824)).not.toBe(bar(0.803));
    expect(bar(0.824)).toBe(`${'█'.repeat(16)}▌   `);
    expect(bar(0.803)).toBe(`${'█'.repeat(16)}    `);
    for (let s = 0; s < 100; s++) expect(bar((s + 1) / 100), `${s}`).not.toBe(bar(s / 100));
    expect(bar(0.55, 10)).toBe('█████▌    ');
    expect(bar(1.7, 10)).toBe('██████████');
  });
});

describe('confidence in a word', () => {
  it.each(['clear', 'likely', 'tie', 'unresolved'] as const)("is the engine's own word: %s, whatever the win probability", (word) => {
    expect(confidenceOf(withPick({ confidence: word, winProbability: 0.5 }))).toBe(word);
  });

  it('none without a pick', () => {
    expect(confidenceOf(workload({ recommendation: null }))).toBeNull();
  });

  it('a tie names the other model and says the tie rule picked; an unresolved pick names its challenger and what would settle it', () => {
    const tie = withPick({ confidence: 'tie', tiedWith: [{ model: 'beta', name: 'Beta' }] });
    const [t] = workloadSummaries(recommendation({ workloads: [tie] }));
    expect(t?.why).toBe('cannot be separated from Beta; the tie rule picks Alpha');
    const open = withPick({
      confidence: 'unresolved',
      challenger: { model: 'beta', name: 'Beta', winProbability: 0.4 },
      settle: { benchmarks: ['bench-x'], message: 'Run it' },
    });
    const [u] = workloadSummaries(recommendation({ workloads: [open] }));
    expect(u?.why).toMatch(/^no lead over Beta on shared evidence; settle with /);
    const [c] = workloadSummaries(recommendation({ workloads: [withPick({ confidence: 'clear' })] }));
    expect(c?.why).toBe('');
  });
});

describe('the answer first', () => {
  // Two workloads, 60/40. Docs: Alpha (pilot; production Beta) 0.8 vs Beta 0.7 [0.65, 0.75].
  // Health: Beta is the pick at 0.6 [0.55, 0.65]; Alpha scores 0.5 [0.5, 0.5] there.
  const health = workload({
    workload: 'health',
    name: 'Health',
    share: 0.4,
    recommendation: {
      ...(docs.recommendation as Pick),
      model: 'beta',
      name: 'Beta',
      status: 'production',
      alternative: null,
      score: 0.6,
      low: 0.55,
      high: 0.65,
      runnerUp: { model: 'alpha', name: 'Alpha', score: 0.5, margin: 0.1 },
    },
    ranking: [entry({ model: 'beta', name: 'Beta', score: 0.6, low: 0.55, high: 0.65 }), entry({ score: 0.5, low: 0.5, high: 0.5 })],
  });
  const rec = recommendation({
    workloads: [docs, health],
    portfolio: {
      routes: [
        { workload: 'docs', model: 'alpha', share: 0.6 },
        { workload: 'health', model: 'beta', share: 0.4 },
      ],
      blendedScore: 0.72,
      singleModel: {
        model: 'alpha',
        name: 'Alpha',
        score: 0.68,
        status: 'pilot',
        alternative: { model: 'beta', name: 'Beta', score: 0.66, totalLoss: 0.06 },
        lossByWorkload: [],
        totalLoss: 0.04,
        breakEven: [],
      },
    },
  });

  it('one line per workload: pick, status with the production alternative, confidence', () => {
    expect(workloadSummaries(rec).map((s) => [s.name, s.share, s.pick, s.status, s.production, s.confidence])).toEqual([
      ['Documents | charts', '60%', 'Alpha', 'pilot', 'Beta', 'clear'],
      ['Health', '40%', 'Beta', 'production', null, 'clear'],
    ]);
  });

  it('one model vs routing, with what consolidating costs and its spread over the ranges (computed by hand)', () => {
    const v = verdictOf(rec);
    // Alpha alone: docs 0 (same model); health 0.4 × (0.6 − 0.5) = 0.04, worst 0.4 × (0.55 − 0.5) = 0.02, best 0.4 × (0.65 − 0.5) = 0.06.
    expect(v?.advice).toBe('route');
    expect(v?.gap.loss).toBeCloseTo(0.04, 10);
    expect(v?.gap.low).toBeCloseTo(0.02, 10);
    expect(v?.gap.high).toBeCloseTo(0.06, 10);
    // In production Alpha (pilot) gives way to Beta: routing = Beta everywhere = Beta alone, so nothing is given up.
    expect(v?.production?.gap.loss).toBe(0);
    expect(verdictSentences(v as NonNullable<typeof v>)).toEqual([
      'Route: Alpha for Documents | charts, Beta for Health (blended score 0.720).',
      "One model for everything, Alpha (0.680), gives up 0.040 (0.020 to 0.060 across the score ranges): beyond the method's noise.",
      'Alpha is pilot-only: you cannot consolidate on it in production yet.',
      'In production (no pilot-only model), Beta alone serves the mix as well as routing (0.660).',
    ]);
  });

  it('says "within the noise" when the ranges allow no gap at all', () => {
    const wide = recommendation({
      ...rec,
      workloads: [
        docs,
        {
          ...health,
          ranking: [entry({ model: 'beta', name: 'Beta', score: 0.6, low: 0.45, high: 0.65 }), entry({ score: 0.5, low: 0.5, high: 0.5 })],
        },
      ],
    });
    const v = verdictOf(wide);
    expect(v?.advice).toBe('either');
    expect(verdictSentences(v as NonNullable<typeof v>)[1]).toMatch(/within the method's noise, so it may not matter/);
  });

  it('the closing line repeats the picks', () => {
    expect(picksLine(rec)).toBe(
      'Your picks: Documents | charts → Alpha (pilot; production: Beta) · Health → Beta; one model for everything: Alpha.',
    );
  });
});

describe('one model or routing, against the noise', () => {
  const verdict = (low: number) =>
    verdictSentences({
      advice: 'either',
      routes: [{ workload: 'Vision & documents', model: 'Gemini 3.1 Pro' }],
      routedScore: 0.734,
      single: { name: 'Muse Spark', score: 0.679, status: 'production' },
      gap: { loss: 0.056, low, high: 0.11 },
      production: null,
      cost: null,
    }).join(' ');

  it('never calls a gap whose worst case rounds to 0.000 "beyond the noise"', () => {
    // 0.0002 prints as 0.000: the worst case gives up nothing visible, so the difference may not matter.
    expect(verdict(0.0002)).toContain("gives up 0.056 (0.000 to 0.110 across the score ranges): within the method's noise");
    expect(verdict(0.016)).toContain("gives up 0.056 (0.016 to 0.110 across the score ranges): beyond the method's noise");
  });
});
