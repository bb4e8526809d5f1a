import type { DatasetPart } from '../../src/dataset/schema.js';
import { Rng } from '../../src/engine/sample.js';

// A seeded synthetic dataset for measuring the engine at scale (npm run bench). It has the shape and
// the mix of the bundled data, not its content: models with governance facts; benchmarks on linear,
// elo and log scales; observations that are exact values, ranges, worded ranges, bare words, sibling
// proxies, superseded older figures and gaps; workloads that each weigh every quality benchmark.
// Each model has a latent ability that its figures follow with noise, as real leaderboards do, so a
// few models lead and most trail: what the engine's pruning meets in practice.
//
// Only a team's own results reach this size (no public source covers 1,000 models, and an overlay file
// is limited to 5 MiB), so it is loaded as an overlay whose sources are "private": its figures and facts
// need no verbatim quote, as in a real team's file. Strings are shared where a real file's are (source
// ids, dates, words that recur); only ids and names are per model or benchmark, so the dataset weighs
// what one of that many figures weighs, not what a quote per figure would.

export interface SyntheticOptions {
  models: number;
  /** Quality benchmarks; every workload weighs all of them. One efficiency benchmark is added. */
  benchmarks: number;
  seed: number;
  workloads?: number;
}

const REQUIREMENTS = ['open-weights', 'self-host', 'fine-tune', 'api-ga', 'public-pricing', 'sla'] as const;
const SOURCES = [
  { id: 'synthetic-2026-01', date: '2026-01-15' },
  { id: 'synthetic-2026-04', date: '2026-04-15' },
  { id: 'synthetic-2026-07', date: '2026-07-01' },
] as const;
/** The file the dataset poses as: a team's overlay. */
export const SYNTHETIC_ORIGIN = 'synthetic-team-results.json';
const WORDED = ['close to the leaders', 'mid-pack', 'trailing'] as const;
const WORDS = ['below leaders', 'similar band', 'leads'] as const;
const SIBLING_NOTE = 'Measured on a sibling model.';
const LATEST = SOURCES[2];
const OLDER = SOURCES[1];

type Scale = NonNullable<DatasetPart['benchmarks']>[number]['scale'];
type Observation = NonNullable<DatasetPart['observations']>[number];

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const round1 = (x: number) => Math.round(x * 10) / 10;

/** A figure on `scale` for a 0–1 quality `q` (higher q = better), inside the scale's bounds. */
function figure(scale: Scale, q: number): number {
  const x = Math.min(1, Math.max(0, q));
  if (scale.kind === 'log') return Math.round(scale.max * (scale.min / scale.max) ** x);
  if (scale.kind === 'elo') return Math.round(1000 + 1000 * x);
  const floor = scale.chance ?? scale.min;
  return round1(floor + (scale.max - floor) * x);
}

function scaleFor(i: number): Scale {
  switch (i % 5) {
    case 0:
      return { kind: 'elo', unit: 'rating', min: 0, max: 3000, reference: 1500, rationale: 'Synthetic Elo-style rating.' };
    case 1:
      return { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 25, rationale: 'Synthetic four-option accuracy.' };
    case 2:
      return { kind: 'linear', unit: 'score', min: 0, max: 100, rationale: 'Synthetic score out of 100.' };
    default:
      return { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 0, rationale: 'Synthetic success rate.' };
  }
}

/** The dataset as one part, every default written out, so the zod-parsed part equals it. */
export function syntheticDataset(opts: SyntheticOptions): DatasetPart {
  // The engine's generator, on a stream of its own, so the data never correlates with the engine's draws.
  const generator = new Rng(opts.seed, 'synthetic-dataset');
  const rand = () => generator.next();
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const nWorkloads = opts.workloads ?? 4;

  const sources = SOURCES.map((s) => ({
    id: s.id,
    kind: 'private' as const,
    title: `Our evaluation run of ${s.date}`,
    publisher: 'model-advisor bench',
    date: s.date,
    evaluators: [],
  }));
  const requirements = REQUIREMENTS.map((id) => ({ id, label: id, why: 'Synthetic requirement.' }));

  const models = Array.from({ length: opts.models }, (_, i) => {
    const governance: Record<string, { value: 'yes' | 'no' | 'unknown'; source?: string; date?: string }> = {};
    for (const req of REQUIREMENTS) {
      const r = rand();
      // api-ga is mostly yes, so a --require api-ga profile keeps most models in play.
      const yes = req === 'api-ga' ? 0.85 : 0.4;
      governance[req] =
        r < yes
          ? { value: 'yes', source: LATEST.id, date: LATEST.date }
          : r < yes + 0.3
            ? { value: 'no', source: LATEST.id, date: LATEST.date }
            : { value: 'unknown' };
    }
    return { id: `m${pad(i, 4)}`, name: `Model ${i}`, vendor: `Vendor ${i % 17}`, governance, caveats: [] };
  });

  const quality = Array.from({ length: opts.benchmarks }, (_, j) => ({
    id: `b${pad(j, 3)}`,
    name: `Benchmark ${j}`,
    measures: 'A synthetic capability.',
    scale: scaleFor(j),
    higherIsBetter: true,
    role: 'quality' as const,
    caveats: [],
  }));
  const efficiency = {
    id: 'tokens',
    name: 'Output tokens',
    measures: 'Tokens used to run a fixed suite; fewer is better.',
    scale: { kind: 'log' as const, unit: 'tokens' as const, min: 1e7, max: 1e9, rationale: 'Synthetic token count on a log scale.' },
    higherIsBetter: false,
    role: 'efficiency' as const,
    caveats: [],
  };
  const benchmarks = [...quality, efficiency];

  const observations: Observation[] = [];
  const [source, date] = [LATEST.id, LATEST.date];
  for (const [i, m] of models.entries()) {
    // Abilities spread over most of each scale, with a few leaders near the top.
    const ability = 0.15 + 0.8 * rand() ** 2;
    const [model, sibling] = [m.id, `${m.name} Mini`];
    for (const [j, b] of benchmarks.entries()) {
      const q = b.role === 'efficiency' ? rand() : ability + (rand() - 0.5) * 0.2;
      const x = figure(b.scale, q);
      const r = rand();
      const benchmark = b.id;
      // Each kind is written as one object literal, so records of a kind share one layout.
      if (r < 0.55) {
        observations.push({ model, benchmark, value: x, source, date });
      } else if (r < 0.67) {
        const [low, high] = [figure(b.scale, q - 0.02), figure(b.scale, q + 0.02)].sort((u, v) => u - v) as [number, number];
        observations.push({ model, benchmark, low, high, source, date });
      } else if (r < 0.75) {
        const [low, high] = [figure(b.scale, q - 0.01), figure(b.scale, q + 0.01)].sort((u, v) => u - v) as [number, number];
        observations.push({ model, benchmark, low, high, label: WORDED[(i + j) % WORDED.length] as string, source, date });
      } else if (r < 0.8) {
        observations.push({ model, benchmark, label: pick(WORDS), source, date });
      } else if (r < 0.85) {
        observations.push({ model, benchmark, value: x, proxyFor: { measuredOn: sibling }, source, date, note: SIBLING_NOTE });
      }
      // else: a gap, no figure at all.
      if (r < 0.55 && i % 20 === 0) {
        // An older figure from an earlier source, superseded by the newer one above.
        observations.push({ model, benchmark, value: figure(b.scale, q - 0.05), source: OLDER.id, date: OLDER.date });
      }
    }
  }

  const workloads = Array.from({ length: nWorkloads }, (_, w) => ({
    id: `w${w}`,
    name: `Workload ${w}`,
    description: 'A synthetic workload weighing every quality benchmark.',
    benchmarks: quality.map((b) => ({ benchmark: b.id, weight: Math.round((0.1 + rand()) * 100) / 100, rationale: 'Synthetic weight.' })),
    caveats: [],
  }));

  return {
    dataset: { id: `synthetic-${opts.models}x${opts.benchmarks}-s${opts.seed}`, title: 'Synthetic dataset for the benchmark' },
    sources,
    requirements,
    models,
    benchmarks,
    observations,
    workloads,
  };
}

/** The 40/30/20/10 mix of the cold-start command, over the synthetic workloads. */
export function syntheticMix(workloads = 4): Record<string, number> {
  const shares = [40, 30, 20, 10];
  return Object.fromEntries(Array.from({ length: workloads }, (_, w) => [`w${w}`, shares[w] ?? 10]));
}
