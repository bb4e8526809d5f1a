import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { Recommendation } from '../../src/engine/schema.js';
import { run } from '../helpers/engine.js';

// The engine's output on the bundled data is exactly what the published Recommendation schema describes.
const { dataset } = loadDataset();
const mix = Object.fromEntries(dataset.workloads.map((w) => [w.id, 1]));
const profiles = {
  default: { mix, today: '2026-07-10' },
  'requirements and exclusions': { mix, today: '2026-07-10', requirements: ['api-ga'], exclude: ['gpt-5.4'] },
  'no eligible model': { mix, today: '2026-07-10', requirements: ['self-host'] },
  'cost weight, as-of, stale': { mix: { coding: 3, vision: 1 }, today: '2026-12-01', costWeight: 0.4, asOf: '2026-05-01', seed: 42 },
};

describe('contract', () => {
  for (const [name, profile] of Object.entries(profiles)) {
    it(`parses with the Recommendation schema: ${name}`, () => {
      const r = run(dataset, profile);
      const parsed = Recommendation.safeParse(r);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      // JSON-safe: no undefined-valued keys, NaN or Infinity survive a round trip unchanged
      expect(JSON.parse(JSON.stringify(r))).toStrictEqual(r);
    });
  }
});
