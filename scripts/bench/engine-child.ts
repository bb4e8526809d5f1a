import { writeFileSync } from 'node:fs';
import { assemble } from '../../src/dataset/bundle.js';
import { readDataDir } from '../../src/dataset/bundled-data.js';
import { recommend } from '../../src/engine/index.js';
import { checkProfile, planOrThrow } from '../../src/engine/profile.js';
import { SYNTHETIC_ORIGIN, syntheticDataset, syntheticMix } from './synthetic.js';

// One engine measurement in a process of its own (so peak RSS is this size's alone), run by
// scripts/bench.mjs: `--bundled DATA_DIR`, or `--models N --benchmarks B --seed S`. Prints one JSON line.

const TODAY = '2026-07-15';
const BUNDLED_MIX = { vision: 40, coding: 30, agentic: 20, health: 10 };

function arg(name: string): number {
  const i = process.argv.indexOf(`--${name}`);
  const value = Number(process.argv[i + 1]);
  if (i < 0 || !Number.isInteger(value)) throw new Error(`engine-child: --${name} N is required`);
  return value;
}

// `--write FILE --models N --benchmarks B --seed S`: write that synthetic dataset as an overlay file, for
// scripts/bench.mjs to time the CLI end to end with --data; prints its mix.
const writeAt = process.argv.indexOf('--write');
if (writeAt >= 0) {
  const file = process.argv[writeAt + 1] as string;
  const part = syntheticDataset({ models: arg('models'), benchmarks: arg('benchmarks'), seed: arg('seed') });
  // Over the bundled data, the synthetic token count is the bundled one (same scale): the cost weight needs
  // exactly one efficiency benchmark.
  const tokens = (id: string) => (id === 'tokens' ? 'aa-output-tokens' : id);
  const overlay = {
    ...part,
    benchmarks: part.benchmarks?.filter((b) => b.id !== 'tokens'),
    observations: part.observations?.map((o) => ({ ...o, benchmark: tokens(o.benchmark) })),
    workloads: part.workloads?.map((w) => ({ ...w, benchmarks: w.benchmarks.map((wb) => ({ ...wb, benchmark: tokens(wb.benchmark) })) })),
  };
  writeFileSync(file, JSON.stringify(overlay));
  process.stdout.write(`${JSON.stringify({ file, mix: syntheticMix(), today: TODAY })}\n`);
  process.exit(0);
}

const bundledAt = process.argv.indexOf('--bundled');
const bundled = bundledAt >= 0;
const genStart = performance.now();
const { dataset } = bundled
  ? assemble(readDataDir(process.argv[bundledAt + 1]))
  : // A team's own results, as an overlay file would bring them (see synthetic.ts).
    assemble(
      [
        {
          origin: SYNTHETIC_ORIGIN,
          file: SYNTHETIC_ORIGIN,
          part: syntheticDataset({ models: arg('models'), benchmarks: arg('benchmarks'), seed: arg('seed') }),
        },
      ],
      TODAY,
    );
const generateMs = performance.now() - genStart;
const rssBeforeMb = process.memoryUsage.rss() / 2 ** 20;

const start = performance.now();
const profile = { mix: bundled ? BUNDLED_MIX : syntheticMix(), today: TODAY };
const rec = recommend(
  dataset,
  planOrThrow(checkProfile(profile, dataset), (i) => i.message),
  {
    tool: { name: 'bench', version: '0' },
    overlays: [],
    loadWarnings: [],
  },
);
const engineMs = performance.now() - start;

process.stdout.write(
  `${JSON.stringify({
    engineMs,
    generateMs,
    rssBeforeMb,
    // maxRSS is in KiB: the process's peak, generation and engine included.
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    samples: rec.method.samples,
    models: dataset.models.length,
    observations: dataset.observations.length,
    picks: rec.workloads.map((w) => w.recommendation?.model ?? null),
  })}\n`,
);
