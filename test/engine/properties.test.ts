import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, Observation } from '../../src/dataset/schema.js';
import type { ProfileInput, Recommendation } from '../../src/engine/schema.js';
import { benchmark, dataset, model, observation, source, workload } from '../helpers/builders.js';
import { run } from '../helpers/engine.js';

// Invariants of the engine on small random datasets with every kind of figure: measured, range, words with
// and without numbers, proxies, gaps, older superseded figures, unknown facts.

const REQS = ['api-ga', 'open-weights', 'self-host'] as const;
const OLD = { source: 's-old', date: '2026-01-01' };

const cell = fc.oneof(
  fc.record({ kind: fc.constant('value' as const), v: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('range' as const), v: fc.integer({ min: 0, max: 90 }), w: fc.integer({ min: 1, max: 10 }) }),
  fc.record({ kind: fc.constant('words' as const), v: fc.integer({ min: 0, max: 90 }), w: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ kind: fc.constant('label' as const) }),
  fc.record({ kind: fc.constant('proxy' as const), v: fc.integer({ min: 0, max: 100 }) }),
  fc.record({ kind: fc.constant('missing' as const) }),
);
type Cell = typeof cell extends fc.Arbitrary<infer T> ? T : never;

const scenario = fc.record({
  models: fc.integer({ min: 2, max: 4 }),
  benchmarks: fc.integer({ min: 2, max: 4 }),
  anchors: fc.array(fc.integer({ min: 0, max: 14 }), { minLength: 4, maxLength: 4 }),
  cells: fc.array(cell, { minLength: 16, maxLength: 16 }),
  older: fc.array(fc.option(fc.integer({ min: 0, max: 100 })), { minLength: 16, maxLength: 16 }),
  tokens: fc.array(fc.option(fc.integer({ min: 7, max: 9 })), { minLength: 4, maxLength: 4 }),
  facts: fc.array(fc.constantFrom('yes', 'no', 'unknown', 'absent'), { minLength: 12, maxLength: 12 }),
  workloads: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 4, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
  mix: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 3, maxLength: 3 }),
  requirements: fc.subarray([...REQS]),
  exclude: fc.subarray([0, 1, 2, 3]),
  costWeight: fc.constantFrom(0, 0.25),
  seed: fc.integer({ min: 0, max: 1000 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function figure(c: Cell): Partial<Observation> | null {
  switch (c.kind) {
    case 'value':
      return { value: c.v };
    case 'range':
      return { low: c.v, high: c.v + c.w };
    case 'words':
      return { low: c.v, high: c.v + c.w, label: 'about that' };
    case 'label':
      return { label: 'leads' };
    case 'proxy':
      return { value: c.v, proxyFor: { measuredOn: 'a sibling' } };
    default:
      return null;
  }
}

/** Builds the dataset and profile. Benchmark b0 is always measured, with a distinct value per model, and weighted in every workload. */
function build(s: Scenario): { data: Dataset; profile: ProfileInput } {
  const modelIds = Array.from({ length: s.models }, (_, i) => `m${i}`);
  const benchIds = Array.from({ length: s.benchmarks }, (_, j) => `b${j}`);
  const observations: Observation[] = [];
  modelIds.forEach((m, i) => {
    observations.push({ model: m, benchmark: 'b0', value: 5 + 15 * i + (s.anchors[i] as number), source: 'src-a', date: '2026-03-01' });
    benchIds.slice(1).forEach((b, j) => {
      const k = i * 4 + j;
      const f = figure(s.cells[k] as Cell);
      if (f) observations.push({ model: m, benchmark: b, source: 'src-a', date: '2026-03-01', ...f });
      const old = s.older[k];
      if (old !== null && old !== undefined) observations.push({ model: m, benchmark: b, value: old, ...OLD });
    });
    const t = s.tokens[i];
    if (t !== null && t !== undefined)
      observations.push({ model: m, benchmark: 'tok', value: 10 ** t, source: 'src-a', date: '2026-03-01' });
  });
  const data = dataset({
    sources: [source(), source({ id: 's-old', date: OLD.date })],
    models: modelIds.map((id, i) => {
      const facts: Record<string, 'yes' | 'no' | 'unknown'> = {};
      REQS.forEach((r, q) => {
        const f = s.facts[i * 3 + q];
        if (f !== 'absent' && f !== undefined) facts[r] = f as 'yes' | 'no' | 'unknown';
      });
      return model({ id, name: `Model ${id}`, facts, caveats: [{ text: `caveat of ${id}` }] });
    }),
    benchmarks: [
      ...benchIds.map((id) => benchmark({ id, caveats: [{ text: `caveat of ${id}` }] })),
      benchmark({
        id: 'tok',
        role: 'efficiency',
        higherIsBetter: false,
        scale: { kind: 'log', unit: 'tokens', min: 1e7, max: 1e9, rationale: 'log' },
      }),
    ],
    observations: observations.map((o) => observation(o)),
    workloads: s.workloads.map((ws, k) =>
      workload({
        id: `w${k}`,
        weights: Object.fromEntries(benchIds.map((b, j) => [b, j === 0 ? 1 + (ws[0] as number) : (ws[j] as number)])),
      }),
    ),
  });
  const mix = Object.fromEntries(s.workloads.map((_, k) => [`w${k}`, s.mix[k] as number]));
  if (!Object.values(mix).some((w) => w > 0)) mix.w0 = 1;
  return {
    data,
    profile: {
      mix,
      requirements: s.requirements,
      exclude: s.exclude.filter((i) => i < s.models).map((i) => `m${i}`),
      costWeight: s.costWeight,
      seed: s.seed,
      samples: 200,
      today: '2026-03-15',
    },
  };
}

const json = (r: Recommendation) => JSON.stringify(r);
const reversed = <T>(xs: readonly T[]) => [...xs].reverse();

describe('engine properties', () => {
  it('keeps every score within its bounds, and the bounds within [0, 1]', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { data, profile } = build(s);
        for (const w of run(data, profile).workloads) {
          for (const e of w.ranking) {
            expect(0 <= e.low && e.low <= e.score && e.score <= e.high && e.high <= 1).toBe(true);
            expect(e.coverage >= 0 && e.coverage <= 1 && e.quality >= 0 && e.quality <= 1).toBe(true);
            for (const c of e.contributions) expect(c.normalizedLow <= c.normalized && c.normalized <= c.normalizedHigh).toBe(true);
          }
        }
      }),
    );
  });

  it('gives eligible models win probabilities summing to 1, ineligible ones 0', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { data, profile } = build(s);
        for (const w of run(data, profile).workloads) {
          const eligible = w.ranking.filter((e) => e.eligible);
          if (eligible.length > 0) expect(eligible.reduce((t, e) => t + (e.winProbability ?? 0), 0)).toBeCloseTo(1, 9);
          for (const e of w.ranking) if (!e.eligible) expect(e.winProbability).toBe(0);
          expect(w.recommendation === null).toBe(eligible.length === 0);
        }
      }),
    );
  });

  it('never makes an ineligible model eligible by adding a requirement', () => {
    fc.assert(
      fc.property(scenario, fc.constantFrom(...REQS), (s, extra) => {
        const { data, profile } = build(s);
        const before = run(data, profile);
        const after = run(data, { ...profile, requirements: [...(profile.requirements ?? []), extra] });
        const eligible = (r: Recommendation) => new Set(r.workloads[0]?.ranking.filter((e) => e.eligible).map((e) => e.model));
        const later = eligible(after);
        for (const m of later) expect(eligible(before).has(m)).toBe(true);
      }),
    );
  });

  it('gives byte-identical output when the input is reordered', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { data, profile } = build(s);
        const shuffled: Dataset = {
          ...data,
          sources: reversed(data.sources),
          requirements: reversed(data.requirements),
          models: reversed(data.models),
          benchmarks: reversed(data.benchmarks),
          observations: reversed(data.observations),
        };
        const p2: ProfileInput = {
          ...profile,
          mix: Object.fromEntries(reversed(Object.entries(profile.mix))),
          requirements: reversed(profile.requirements ?? []),
          exclude: reversed(profile.exclude ?? []),
        };
        expect(json(run(shuffled, p2))).toBe(json(run(data, profile)));
      }),
    );
  });

  it('changes nothing but names when models are renamed', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 1, max: 3 }), (s, shift) => {
        const { data, profile } = build(s);
        const n = data.models.length;
        // m_i becomes "x-<(i + shift) mod n>" (a different sort order), with a new display name
        const newId = new Map(data.models.map((m, i) => [m.id, `x-${(i + shift) % n}`]));
        const oldId = new Map([...newId].map(([a, b]) => [b, a]));
        const rename = (id: string) => newId.get(id) ?? id;
        const renamed: Dataset = {
          ...data,
          models: data.models.map((m) => ({ ...m, id: rename(m.id), name: `Renamed ${rename(m.id)}`, caveats: m.caveats })),
          observations: data.observations.map((o) => ({ ...o, model: rename(o.model) })),
        };
        const p2 = { ...profile, exclude: (profile.exclude ?? []).map(rename) };
        const back = (value: unknown): unknown => {
          if (typeof value === 'string') {
            if (oldId.has(value)) return oldId.get(value);
            return value.replace(/Renamed (x-\d)/g, (_, id: string) => `Model ${oldId.get(id)}`);
          }
          if (Array.isArray(value)) return value.map(back);
          if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, back(v)]));
          return value;
        };
        const canonical = (r: Recommendation) => ({
          ...r,
          profile: { ...r.profile, exclude: [...r.profile.exclude].sort() },
          warnings: [...r.warnings].sort((a, b) => (a.message < b.message ? -1 : 1)),
          // Listed by model id, which the renaming changes.
          governance: [...r.governance].sort((a, b) => (`${a.model}|${a.requirement}` < `${b.model}|${b.requirement}` ? -1 : 1)),
          cost: { ...r.cost, unknownPrices: [...r.cost.unknownPrices].sort((a, b) => (a.model < b.model ? -1 : 1)) },
        });
        expect(canonical(back(run(renamed, p2)) as Recommendation)).toEqual(canonical(run(data, profile)));
      }),
      { numRuns: 60 },
    );
  });

  it('gives byte-identical output when the whole mix is scaled by a constant', () => {
    fc.assert(
      fc.property(scenario, fc.integer({ min: 2, max: 1000 }), (s, k) => {
        const { data, profile } = build(s);
        const scaled = { ...profile, mix: Object.fromEntries(Object.entries(profile.mix).map(([w, x]) => [w, x * k])) };
        expect(json(run(data, scaled))).toBe(json(run(data, profile)));
      }),
    );
  });

  it('gives byte-identical output for the same seed', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { data, profile } = build(s);
        expect(json(run(structuredClone(data), profile))).toBe(json(run(data, profile)));
      }),
      { numRuns: 40 },
    );
  });
});
