import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BUNDLED_DATA_DIR } from '../../src/dataset/bundled-data.js';
import { loadDataset } from '../../src/dataset/load.js';
import { type Dataset, DatasetPart } from '../../src/dataset/schema.js';
import { overlayTemplate, TEMPLATE_CLAIM, templateText } from '../../src/dataset/template.js';
import { validateOverlays } from '../../src/dataset/validate.js';
import { TODAY, tempDir, writeOverlay } from '../helpers/overlay.js';

function loadTemplate() {
  const cwd = tempDir();
  writeOverlay(cwd, 'template.json', templateText(TODAY));
  return loadDataset({ overlays: ['template.json'], cwd, today: TODAY });
}

describe('the data init template', () => {
  it('validates against the schema and the bundled data, dated today', () => {
    const cwd = tempDir();
    writeOverlay(cwd, 't.json', templateText(TODAY));
    const report = validateOverlays({ files: ['t.json'], cwd, today: TODAY });
    expect(report.findings).toEqual([]);
    expect(report.files[0]?.contents).toEqual({ sources: 2, models: 1, benchmarks: 1, observations: 3, weights: 3 });
    expect(templateText(TODAY).endsWith('}\n')).toBe(true);
    expect(templateText(TODAY)).not.toContain('2026-11-22');
  });

  it('holds a private evaluation of two bundled models and a new self-hosted model with every governance fact', () => {
    const { dataset } = loadTemplate();
    const suite = dataset.observations.filter((o) => o.benchmark === 'our-refactoring-suite');
    expect(suite.map((o) => [o.model, o.value, o.quote, o.origin])).toEqual([
      ['claude-opus-4.6', 86, undefined, 'template.json'],
      ['gpt-5.4', 58, undefined, 'template.json'],
      ['our-open-coder', 68, undefined, 'template.json'],
    ]);
    const bundled = new Set(loadDataset().dataset.models.map((m) => m.id));
    expect(suite.filter((o) => bundled.has(o.model))).toHaveLength(2);
    const model = dataset.models.find((m) => m.id === 'our-open-coder');
    expect(Object.keys(model?.governance ?? {}).sort()).toEqual(dataset.requirements.map((r) => r.id).sort());
    expect(model?.governance['open-weights']?.value).toBe('yes');
    expect(model?.governance['self-host']?.value).toBe('yes');
    const benchmark = dataset.benchmarks.find((b) => b.id === 'our-refactoring-suite');
    expect(benchmark).toMatchObject({ higherIsBetter: true, scale: { kind: 'linear', unit: 'percent', min: 0, max: 100 } });
  });

  // Checks the template by hand against the engine's method (a weighted sum of figures on fixed 0–100
  // scales, the newest figure per model and benchmark, a missing figure counted at the scale's floor in the
  // headline), and, for the template's result, also with gaps at the scale's middle. The round-trip test in
  // test/overlay-recommend.test.ts runs the real `recommend`.
  describe('the coding change it is designed to cause', () => {
    function codingScores(d: Dataset, impute: 'middle' | 'floor'): Map<string, number> {
      const coding = d.workloads.find((w) => w.id === TEMPLATE_CLAIM.workload);
      const total = coding?.benchmarks.reduce((s, b) => s + b.weight, 0) ?? 1;
      const scores = new Map(d.models.map((m) => [m.id, 0]));
      for (const { benchmark, weight } of coding?.benchmarks.filter((b) => b.weight > 0) ?? []) {
        const newest = new Map<string, { date: string; value: number }>();
        for (const o of d.observations) {
          if (o.benchmark !== benchmark || o.value === undefined) continue;
          const seen = newest.get(o.model);
          if (!seen || o.date >= seen.date) newest.set(o.model, { date: o.date, value: o.value });
        }
        const missing = impute === 'middle' ? 50 : 0;
        for (const m of d.models) {
          scores.set(m.id, (scores.get(m.id) ?? 0) + (weight / total) * (newest.get(m.id)?.value ?? missing));
        }
      }
      return scores;
    }
    const ranked = (scores: Map<string, number>) => [...scores.entries()].sort((a, b) => b[1] - a[1]);

    it(`moves the coding pick from ${TEMPLATE_CLAIM.before} to ${TEMPLATE_CLAIM.after}, by a wide margin`, () => {
      const before = ranked(codingScores(loadDataset().dataset, 'floor'));
      expect(before[0]?.[0]).toBe(TEMPLATE_CLAIM.before);
      for (const impute of ['middle', 'floor'] as const) {
        const [first, second] = ranked(codingScores(loadTemplate().dataset, impute));
        expect(first?.[0]).toBe(TEMPLATE_CLAIM.after);
        expect((first?.[1] ?? 0) - (second?.[1] ?? 0)).toBeGreaterThan(5);
      }
    });
  });
});

describe('the published JSON Schema of a dataset part tells the truth about overlays', () => {
  const ajv = new Ajv2020.default({ allErrors: true, strict: false });
  const validate = ajv.compile(z.toJSONSchema(DatasetPart, { io: 'input' }));

  it('accepts every bundled data file and the template', () => {
    for (const f of readdirSync(BUNDLED_DATA_DIR).filter((n) => n.endsWith('.json'))) {
      expect(validate(JSON.parse(readFileSync(join(BUNDLED_DATA_DIR, f), 'utf8'))), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
    }
    expect(validate(JSON.parse(templateText(TODAY))), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({}), 'every part is optional').toBe(true);
  });

  it.each([
    ['an unknown key', { extra: 1 }],
    ['a reserved id', { requirements: [{ id: 'constructor', label: 'L', why: 'W' }] }],
    ['a negative weight', { weights: [{ workload: 'coding', benchmark: 'hle', weight: -1 }] }],
    ['an unknown source kind', { sources: [{ id: 's', kind: 'secret', title: 'T', publisher: 'P', date: '2026-01-01' }] }],
    ['a patch without its model', { governance: [{ requirement: 'sla', value: 'unknown' }] }],
  ])('rejects %s, as the loader does', (_name, doc) => {
    expect(validate(doc)).toBe(false);
    expect(DatasetPart.safeParse(doc).success).toBe(false);
  });

  it('the template object is what the file holds', () => {
    expect(JSON.parse(templateText(TODAY))).toEqual(overlayTemplate(TODAY));
  });
});
