// Times the scoring engine (the built dist/, so run `npm run build` first, or `npm run bench`):
//   node scripts/bench-engine.mjs            the bundled data, every workload, default samples
//   node scripts/bench-engine.mjs --large    also 1,000 models × 100 benchmarks, synthetic
// Prints the median (wall and CPU time) and worst of repeated runs after a warm-up, and the process's peak RSS.
// CPU time is the steadier figure on a shared machine.
import { loadDataset } from '../dist/dataset/load.js';
import { recommend } from '../dist/engine/index.js';

const META = { tool: { name: 'bench', version: '0' }, overlays: [] };
const TODAY = '2026-07-10';

function time(label, runs, fn) {
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const rss = (process.resourceUsage().maxRSS / 1024).toFixed(0);
  console.log(
    `${label}: median ${median(wall).toFixed(2)} ms wall (${median(cpu).toFixed(2)} ms CPU), worst ${Math.max(...wall).toFixed(2)} ms, over ${runs} runs; peak RSS so far ${rss} MB`,
  );
}

/** A deterministic synthetic dataset: every figure kind (value, range, label, proxy, missing) appears. */
function synthetic(models, benchmarks) {
  let state = 12345;
  const rand = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const src = { id: 'src', title: 'Synthetic', publisher: 'bench', date: '2026-07-01', evaluators: [], origin: 'bundled' };
  const bench = Array.from({ length: benchmarks }, (_, j) => ({
    id: `b${j}`,
    name: `Benchmark ${j}`,
    measures: 'synthetic',
    scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 0, rationale: 'synthetic' },
    higherIsBetter: true,
    role: 'quality',
    caveats: [],
    origin: 'bundled',
  }));
  const model = Array.from({ length: models }, (_, i) => ({
    id: `m${i}`,
    name: `Model ${i}`,
    vendor: 'v',
    governance: { 'api-ga': { value: rand() < 0.8 ? 'yes' : 'no', source: 'src', date: '2026-07-01' } },
    caveats: [],
    origin: 'bundled',
  }));
  const observations = [];
  for (const m of model) {
    const skill = 40 + 40 * rand();
    for (const b of bench) {
      const r = rand();
      const x = Math.min(100, Math.max(0, skill + 20 * (rand() - 0.5)));
      const base = { model: m.id, benchmark: b.id, source: 'src', date: '2026-07-01', origin: 'bundled' };
      if (r < 0.6) observations.push({ ...base, value: x });
      else if (r < 0.8) observations.push({ ...base, low: Math.max(0, x - 2), high: Math.min(100, x + 2), label: 'around' });
      else if (r < 0.85) observations.push({ ...base, value: x, proxyFor: { measuredOn: 'sibling' } });
      else if (r < 0.9) observations.push({ ...base, label: 'below leaders' });
    }
  }
  const workload = (id, from, to) => ({
    id,
    name: id,
    description: 'synthetic',
    benchmarks: bench.slice(from, to).map((b) => ({ benchmark: b.id, weight: 1 + rand(), rationale: 'synthetic' })),
    caveats: [],
    origin: 'bundled',
  });
  const workloads = [
    workload('all', 0, benchmarks),
    ...[0, 1, 2, 3].map((k) => workload(`w${k}`, (k * benchmarks) / 4, ((k + 1) * benchmarks) / 4)),
  ];
  return {
    info: { id: 'synthetic', title: 'Synthetic' },
    sources: [src],
    requirements: [{ id: 'api-ga', label: 'GA', why: 'synthetic', origin: 'bundled' }],
    models: model,
    benchmarks: bench,
    observations,
    workloads,
  };
}

const { dataset } = loadDataset();
const mix = Object.fromEntries(dataset.workloads.map((w) => [w.id, 1]));
const bundled = () => recommend(dataset, { mix, today: TODAY }, META);
time('warm-up', 20, bundled);
time(`bundled data (${dataset.models.length} models, ${dataset.workloads.length} workloads, 10,000 samples)`, 100, bundled);

if (process.argv.includes('--large')) {
  const big = synthetic(1000, 100);
  time('synthetic dataset built (1,000 models × 100 benchmarks, about 90,000 observations)', 1, () => {});
  const onlyAll = () => recommend(big, { mix: { all: 1 }, today: TODAY }, META);
  time('1,000 models × 100 benchmarks, one workload over all 100, 10,000 samples', 5, onlyAll);
  const quarters = () => recommend(big, { mix: { w0: 1, w1: 1, w2: 1, w3: 1 }, today: TODAY }, META);
  time('1,000 models × 100 benchmarks, four workloads of 25, 10,000 samples', 5, quarters);
  const bigMix = Object.fromEntries(big.workloads.map((w) => [w.id, 1]));
  const both = () => recommend(big, { mix: bigMix, today: TODAY }, META);
  time('1,000 models × 100 benchmarks, all five workloads (200 model-benchmark cells per model)', 3, both);
}
