import type { Contribution, RankingEntry, Recommendation, WorkloadResult } from '../../src/engine/schema.js';

// Builders for hand-made Recommendations, so renderer tests do not depend on the engine's numbers.

export function contribution(over: Partial<Contribution> = {}): Contribution {
  return {
    benchmark: 'bench-a',
    weight: 1,
    basis: 'measured',
    normalized: 0.8,
    normalizedLow: 0.8,
    normalizedHigh: 0.8,
    contribution: 0.8,
    value: 80,
    low: null,
    high: null,
    label: null,
    source: 'src-1',
    date: '2026-04-09',
    origin: 'bundled',
    note: null,
    ...over,
  };
}

export function entry(over: Partial<RankingEntry> = {}): RankingEntry {
  return {
    model: 'alpha',
    name: 'Alpha',
    score: 0.8,
    low: 0.8,
    high: 0.8,
    quality: 0.8,
    efficiency: 0.5,
    winProbability: 1,
    coverage: 1,
    eligible: true,
    status: 'production',
    reasons: [],
    detailed: true,
    contributions: [contribution()],
    efficiencyContribution: null,
    ...over,
  };
}

export function workload(over: Partial<WorkloadResult> = {}): WorkloadResult {
  return {
    workload: 'docs',
    name: 'Documents | charts',
    share: 0.6,
    recommendation: {
      model: 'alpha',
      name: 'Alpha',
      status: 'pilot',
      alternative: { model: 'beta', name: 'Beta', score: 0.7, winProbability: 0.1 },
      winProbability: 0.9,
      score: 0.8,
      low: 0.8,
      high: 0.8,
      coverage: 1,
      lowConfidence: false,
      reasons: [],
      runnerUp: { model: 'beta', name: 'Beta', score: 0.7, margin: 0.1 },
    },
    ranking: [
      entry({ status: 'pilot' }),
      entry({
        model: 'beta',
        name: 'Beta',
        score: 0.7,
        low: 0.65,
        high: 0.75,
        winProbability: 0.1,
        coverage: 0.5,
        contributions: [
          contribution({
            weight: 0.5,
            value: null,
            low: 60,
            high: 70,
            label: 'similar band',
            basis: 'label',
            normalized: 0.65,
            normalizedLow: 0.6,
            normalizedHigh: 0.7,
            contribution: 0.325,
          }),
          contribution({
            benchmark: 'bench-b',
            weight: 0.5,
            basis: 'missing',
            value: null,
            source: null,
            date: null,
            origin: null,
            normalized: 0.75,
            normalizedLow: 0.7,
            normalizedHigh: 0.8,
            contribution: 0.375,
          }),
        ],
      }),
      entry({
        model: 'gamma',
        name: 'Gamma',
        eligible: false,
        winProbability: 0,
        score: 0.9,
        low: 0.9,
        high: 0.9,
        reasons: [{ code: 'unverified-requirement', requirement: 'api-ga', message: 'unverified: api-ga (no source says)' }],
      }),
    ],
    evidence: [
      { model: 'alpha', benchmark: 'bench-a', value: 80, source: 'src-1', date: '2026-04-09', origin: 'bundled' },
      {
        model: 'beta',
        benchmark: 'bench-a',
        low: 60,
        high: 70,
        label: 'similar band',
        source: 'src-1',
        date: '2026-04-09',
        note: 'read | from words',
        origin: 'evals.json',
      },
    ],
    superseded: [],
    caveats: [{ about: 'bench-a', text: 'Measures Q&A, not *safety*.', source: 'src-1', date: '2026-04-09' }],
    ...over,
  };
}

export function recommendation(over: Partial<Recommendation> = {}): Recommendation {
  return {
    schemaVersion: '1.0',
    tool: { name: 'model-advisor', version: '9.9.9' },
    dataset: {
      id: 'test-data',
      title: 'Test data',
      asOf: '2026-07-04',
      today: '2026-11-21',
      ageDays: 140,
      stale: true,
      sources: [{ id: 'src-1', title: 'A | title', publisher: 'Pub', date: '2026-04-09', origin: 'bundled' }],
      overlays: [],
    },
    profile: {
      mix: { docs: 60, health: 40 },
      requirements: ['api-ga'],
      exclude: [],
      costWeight: 0,
      asOf: null,
      today: '2026-11-21',
      samples: 10000,
      seed: 1,
    },
    benchmarks: [
      { id: 'bench-a', name: 'Bench A', unit: 'percent', higherIsBetter: true },
      { id: 'bench-b', name: 'Bench B', unit: 'score', higherIsBetter: true },
    ],
    requirements: [{ id: 'api-ga', label: 'Generally-available API' }],
    method: {
      samples: 10000,
      seed: 1,
      costWeight: 0,
      lowWinProbability: 0.6,
      lowCoverage: 0.75,
      staleAfterDays: 60,
      missingPad: 0.05,
      proxyPad: 0.05,
      exactTerms: 8,
      detailModels: 25,
    },
    workloads: [
      workload(),
      workload({
        workload: 'health',
        name: 'Health',
        share: 0.4,
        recommendation: null,
        noRecommendationReason: 'no model meets every requirement',
        ranking: [
          entry({
            eligible: false,
            winProbability: 0,
            reasons: [{ code: 'fails-requirement', requirement: 'api-ga', message: 'fails api-ga: private preview' }],
          }),
        ],
        evidence: [],
        caveats: [],
      }),
    ],
    portfolio: {
      routes: [
        { workload: 'docs', model: 'alpha', share: 0.6 },
        { workload: 'health', model: null, share: 0.4 },
      ],
      blendedScore: null,
      singleModel: {
        model: 'alpha',
        name: 'Alpha',
        score: 0.8,
        status: 'pilot',
        alternative: { model: 'beta', name: 'Beta', score: 0.7, totalLoss: 0.1 },
        lossByWorkload: [{ workload: 'docs', routedModel: 'alpha', routedScore: 0.8, singleScore: 0.8, loss: 0 }],
        totalLoss: 0,
        breakEven: [{ workload: 'docs', share: 0.6, low: 0, high: 1 }],
      },
    },
    warnings: [{ code: 'stale', message: 'The newest figure is 140 days old.' }],
    ...over,
  };
}
