import type { Dataset } from '../dataset/schema.js';
import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import { evaluate, figureInterval, type Interval, lookupFigure, type RecommendMeta } from './index.js';
import { SCHEMA_VERSION } from './method.js';
import type { Plan } from './profile.js';
import type { Comparison } from './schema-compare.js';

// Two models head to head (`compare`): each benchmark's figures side by side, and each workload run through the
// engine with just the two, so its win probability is a straight two-way race.

type Side = NonNullable<Comparison['benchmarks'][number]['a']>;

function side(iv: Interval): Side | null {
  const o = iv.observation;
  if (!o || iv.basis === 'missing') return null;
  return {
    value: o.value ?? null,
    low: o.low ?? null,
    high: o.high ?? null,
    label: o.label ?? null,
    source: o.source,
    date: o.date,
    origin: o.origin,
    note: o.note ?? null,
    proxyFor: o.proxyFor?.measuredOn ?? null,
    normalized: iv.point,
    normalizedLow: iv.lo,
    normalizedHigh: iv.hi,
  };
}

function leaderOf(a: string, b: string, pa: number, pb: number): string | null {
  return pa > pb ? a : pb > pa ? b : null;
}

/** The two models to compare, checked where they are named (the command's arguments, the library's call). */
export function checkPair(dataset: Dataset, a: string, b: string): void {
  const ids = dataset.models.map((m) => m.id);
  for (const id of [a, b]) if (!ids.includes(id)) throw new UserError(`unknown model ${quoted(id)}; use one of: ${listOf(ids)}`);
  if (a === b) throw new UserError(`compare two different models (got ${quoted(a)} twice)`);
}

/**
 * Two models head to head: each benchmark's figures on the fixed 0–1 scale, who leads and by how
 * much; each workload's score, and the probability the first beats the second (the engine run on
 * just these two, so it is a straight two-way race). `a` and `b` are models of the dataset (checkPair), and
 * the plan a checked profile whose requirements and exclusions do not apply.
 */
export function compareModels(dataset: Dataset, a: string, b: string, plan: Plan, meta: RecommendMeta): Comparison {
  // The race: no requirement, every other model excluded (sorted, as the canonical profile has it).
  const others = dataset.models
    .map((m) => m.id)
    .filter((id) => id !== a && id !== b)
    .sort();
  const race: Plan = {
    ...plan,
    profile: { ...plan.profile, requirements: [], exclude: others },
    requirements: [],
    exclude: new Set(others),
  };
  // The figures and facts the engine scored (as of the cutoff, with any assumption), not a second resolution:
  // a fact from a source later than the cutoff is unknown then.
  const { recommendation: rec, resolution, models } = evaluate(dataset, race, meta);
  const modelA = models.find((m) => m.id === a)!;
  const modelB = models.find((m) => m.id === b)!;

  const benchmarks = dataset.benchmarks
    .map((bench) => {
      const ia = figureInterval(bench, lookupFigure(resolution, a, bench.id)?.used);
      const ib = figureInterval(bench, lookupFigure(resolution, b, bench.id)?.used);
      const [sa, sb] = [side(ia), side(ib)];
      const both = sa !== null && sb !== null;
      return {
        benchmark: bench.id,
        name: bench.name,
        unit: bench.scale.unit,
        a: sa,
        b: sb,
        leader: both ? leaderOf(a, b, ia.point, ib.point) : null,
        margin: both ? Math.abs(ia.point - ib.point) : null,
        clear: both && (ia.lo > ib.hi || ib.lo > ia.hi),
      };
    })
    .filter((row) => row.a !== null || row.b !== null);

  const workloads = rec.workloads.map((w) => {
    const ra = w.ranking.find((r) => r.model === a)!;
    const rb = w.ranking.find((r) => r.model === b)!;
    const pick = (r: typeof ra) => ({
      score: r.score,
      low: r.low,
      high: r.high,
      coverage: r.coverage,
      coverageSplit: r.coverageSplit,
      assessed: r.assessed,
    });
    const rc = w.recommendation;
    // The leader is the engine's pick between the two (its tie rule included); none when they tie or neither is assessed.
    const leader = rc && rc.confidence !== 'tie' ? rc.model : null;
    return {
      workload: w.workload,
      name: w.name,
      share: w.share,
      a: pick(ra),
      b: pick(rb),
      aWinProbability: ra.assessed && rb.assessed ? ra.winProbability : null,
      leader,
      margin: Math.abs(ra.score - rb.score),
      confidence: rc?.confidence ?? null,
      settle: rc?.settle ?? null,
      fragile: rc?.fragile ?? [],
      notAssessed: w.notAssessed.map((n) => n.model),
      verdicts: w.verdicts,
    };
  });
  const blend = (key: 'a' | 'b') => workloads.reduce((s, w) => s + w.share * w[key].score, 0);
  const [ba, bb] = [blend('a'), blend('b')];

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: rec.tool,
    dataset: rec.dataset,
    models: [modelA, modelB].map((m) => ({ id: m.id, name: m.name, vendor: m.vendor })),
    governance: dataset.requirements.map((r) => ({
      requirement: r.id,
      label: r.label,
      a: modelA.governance[r.id]?.value ?? 'unknown',
      b: modelB.governance[r.id]?.value ?? 'unknown',
    })),
    benchmarks,
    workloads,
    blended: { a: ba, b: bb, leader: leaderOf(a, b, ba, bb) },
    warnings: rec.warnings.filter((w) => w.code === 'stale' || w.code === 'conflict' || w.code === 'override' || w.code === 'as-of'),
  };
}
