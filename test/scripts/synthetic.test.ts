import { describe, expect, it } from 'vitest';
import { SYNTHETIC_ORIGIN, syntheticDataset } from '../../scripts/bench/synthetic.js';
import { assemble } from '../../src/dataset/load.js';
import { DatasetPart } from '../../src/dataset/schema.js';

describe('the synthetic dataset generator (npm run bench)', () => {
  it('is deterministic for a seed, and the seed matters', () => {
    const a = syntheticDataset({ models: 12, benchmarks: 20, seed: 7 });
    expect(syntheticDataset({ models: 12, benchmarks: 20, seed: 7 })).toEqual(a);
    expect(syntheticDataset({ models: 12, benchmarks: 20, seed: 8 })).not.toEqual(a);
  });

  it.each([
    [10, 20],
    [25, 100],
  ])('%i models × %i benchmarks: passes the dataset schema unchanged and every cross-check, as an overlay', (models, benchmarks) => {
    const part = syntheticDataset({ models, benchmarks, seed: 1 });
    const parsed = DatasetPart.safeParse(part);
    expect(parsed.success && parsed.data).toEqual(part);
    const { dataset, warnings } = assemble([{ origin: SYNTHETIC_ORIGIN, file: SYNTHETIC_ORIGIN, part }], '2026-07-15');
    expect(warnings).toEqual([]);
    expect(dataset.models).toHaveLength(models);
    for (const w of dataset.workloads) expect(w.benchmarks).toHaveLength(benchmarks);
  });

  it("is a team's private results: no quotes, which only private sources may leave out", () => {
    const part = syntheticDataset({ models: 30, benchmarks: 20, seed: 2 });
    expect(part.sources?.every((s) => s.kind === 'private')).toBe(true);
    expect(part.observations?.some((o) => o.quote !== undefined)).toBe(false);
    const publicSources = { ...part, sources: part.sources?.map(({ kind: _, ...s }) => s) };
    expect(() => assemble([{ origin: SYNTHETIC_ORIGIN, file: SYNTHETIC_ORIGIN, part: publicSources }], '2026-07-15')).toThrow(/no "quote"/);
  });

  it('mixes exact values, ranges, worded ranges, bare words, proxies, superseded figures and gaps', () => {
    const { observations = [] } = syntheticDataset({ models: 40, benchmarks: 20, seed: 3 });
    const kinds = new Set(
      observations.map((o) =>
        o.proxyFor
          ? 'proxy'
          : o.value !== undefined
            ? 'value'
            : o.label !== undefined
              ? o.low !== undefined
                ? 'worded'
                : 'words'
              : 'range',
      ),
    );
    expect([...kinds].sort()).toEqual(['proxy', 'range', 'value', 'worded', 'words']);
    const pairs = observations.map((o) => `${o.model}|${o.benchmark}`);
    expect(new Set(pairs).size).toBeLessThan(pairs.length); // superseded figures
    expect(new Set(pairs).size).toBeLessThan(40 * 21); // gaps
  });
});
