import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addDataOption, type DataOptions } from '../../src/commands/options.js';
import { assemble } from '../../src/dataset/bundle.js';
import { readDataDir } from '../../src/dataset/bundled-data.js';
import { loadDataset, MAX_OVERLAY_BYTES } from '../../src/dataset/load.js';
import { parsePartText } from '../../src/dataset/parse.js';
import { UserError } from '../../src/errors.js';
import { evidenceRows, evidenceTable, modelsTable, workloadsTable } from '../../src/render/listing.js';
import { observation, privateSource, TODAY, tempDir, writeOverlay } from '../helpers/overlay.js';

function load(files: Record<string, unknown>, today = TODAY) {
  const cwd = tempDir();
  const overlays = Object.entries(files).map(([name, content]) => writeOverlay(cwd, name, content));
  return loadDataset({ overlays, cwd, today });
}

function loadError(files: Record<string, unknown>, today = TODAY): string {
  try {
    load(files, today);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as Error).message;
  }
  throw new Error('expected the overlay to be rejected');
}

/** One column of a rendered table as text: its cell lines, trimmed, joined by `sep`. */
const column = (table: string, index: number, sep = ' ') =>
  table
    .split('\n')
    .map((line) => line.split('│')[index]?.trim() ?? '')
    .filter(Boolean)
    .join(sep);

const swe = (d: ReturnType<typeof load>['dataset'], model: string, source: string) =>
  d.observations.find((o) => o.model === model && o.benchmark === 'swe-bench-verified' && o.source === source);

describe('loadDataset with overlays', () => {
  it('with no overlay, is the bundled data as data/ holds it', () => {
    const a = loadDataset();
    const b = assemble(readDataDir());
    expect(a.dataset).toEqual(b.dataset);
    expect(a.warnings).toEqual([]);
    expect(a.overlays).toEqual([]);
    expect(a.dataset.observations.every((o) => o.origin === 'bundled')).toBe(true);
  });

  it('applies bundled < first file < second file, by id, and says what was overridden', () => {
    const bundledClaude = swe(loadDataset().dataset, 'claude-opus-4.6', 'toolbench-2026-07-04');
    expect(bundledClaude?.value).toBe(80.8);
    const first = {
      sources: [privateSource()],
      observations: [observation({ value: 60 }), observation({ model: 'claude-opus-4.6', value: 90 })],
    };
    const second = { sources: [privateSource({ title: 'Our evaluation, rerun' })], observations: [observation({ value: 65 })] };
    const { dataset, warnings, overlays } = load({ 'first.json': first, 'second.json': second });

    expect(overlays).toEqual(['first.json', 'second.json']);
    expect(swe(dataset, 'gpt-5.4', 'my-evals')).toMatchObject({ value: 65, origin: 'second.json' });
    expect(swe(dataset, 'claude-opus-4.6', 'my-evals')).toMatchObject({ value: 90, origin: 'first.json' });
    expect(swe(dataset, 'claude-opus-4.6', 'toolbench-2026-07-04')).toMatchObject({ value: 80.8, origin: 'bundled' });
    expect(dataset.sources.find((s) => s.id === 'my-evals')).toMatchObject({ title: 'Our evaluation, rerun', origin: 'second.json' });
    expect(warnings).toEqual([
      'second.json overrides source "my-evals" from first.json',
      'second.json overrides observation of gpt-5.4 on swe-bench-verified from my-evals from first.json',
    ]);
  });

  it('replaces a whole bundled model given again by id, and reports it', () => {
    const bundled = loadDataset().dataset.models.find((m) => m.id === 'gpt-5.4');
    const mine = { ...bundled, name: 'GPT-5.4 (our tenant)', origin: undefined };
    delete mine.origin;
    const { dataset, warnings } = load({ 'mine.json': { models: [mine] } });
    expect(dataset.models.map((m) => m.id)).toEqual(['muse-spark', 'gpt-5.4', 'claude-opus-4.6', 'gemini-3.1-pro']);
    expect(dataset.models[1]).toMatchObject({ name: 'GPT-5.4 (our tenant)', origin: 'mine.json' });
    expect(warnings).toEqual(['mine.json overrides model "gpt-5.4" from bundled']);
  });

  it('corrects one governance fact without restating the model (a "governance" patch)', () => {
    const contract = privateSource({ id: 'our-contract', title: 'Our Google Cloud contract' });
    const patch = {
      model: 'gemini-3.1-pro',
      requirement: 'sla',
      value: 'yes',
      detail: '99.9% in our contract',
      source: 'our-contract',
      date: '2026-08-01',
    };
    const { dataset, warnings } = load({ 'contract.json': { sources: [contract], governance: [patch] } });
    const gemini = dataset.models.find((m) => m.id === 'gemini-3.1-pro');
    expect(gemini?.origin).toBe('bundled');
    expect(gemini?.governance.sla).toMatchObject({ value: 'yes', detail: '99.9% in our contract', origin: 'contract.json' });
    expect(gemini?.governance['api-ga']).toMatchObject({ value: 'yes' });
    expect(gemini?.governance['api-ga']?.origin).toBeUndefined();
    expect(warnings).toEqual([
      'contract.json corrects governance fact "sla" of model "gemini-3.1-pro" (was "unknown" from bundled, now "yes")',
    ]);
    // The bundled record itself is untouched: a second load without the overlay sees "unknown".
    expect(loadDataset().dataset.models.find((m) => m.id === 'gemini-3.1-pro')?.governance.sla?.value).toBe('unknown');
  });

  it('changes and adds workload weights without restating the workload (a "weights" patch)', () => {
    const bench = {
      id: 'our-suite',
      name: 'Our suite',
      measures: 'Our tasks.',
      scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, rationale: 'percent' },
      higherIsBetter: true,
    };
    const weights = [
      { workload: 'coding', benchmark: 'swe-bench-verified', weight: 0.2 },
      { workload: 'coding', benchmark: 'our-suite', weight: 0.8, rationale: 'Our own work.' },
    ];
    const { dataset, warnings } = load({ 'w.json': { benchmarks: [bench], weights } });
    const coding = dataset.workloads.find((w) => w.id === 'coding');
    expect(coding?.benchmarks.map((b) => [b.benchmark, b.weight, b.origin])).toEqual([
      ['swe-bench-verified', 0.2, 'w.json'],
      ['terminal-bench-2', 0.5, undefined],
      ['terminalbench-hard', 0, undefined],
      ['our-suite', 0.8, 'w.json'],
    ]);
    expect(coding?.benchmarks[0]?.rationale).toMatch(/standard software-engineering benchmark/);
    expect(warnings).toEqual([
      'w.json sets the weight of benchmark "swe-bench-verified" in workload "coding" to 0.2 (was 0.5 from bundled)',
    ]);
  });

  it('a later whole record drops an earlier correction, and says so', () => {
    const contract = privateSource({ id: 'our-contract' });
    const patch = { model: 'gpt-5.4', requirement: 'sla', value: 'yes', source: 'our-contract', date: '2026-08-01' };
    const model = { id: 'gpt-5.4', name: 'GPT-5.4', vendor: 'OpenAI' };
    const { dataset, warnings } = load({ 'a.json': { sources: [contract], governance: [patch] }, 'b.json': { models: [model] } });
    expect(dataset.models.find((m) => m.id === 'gpt-5.4')?.governance).toEqual({});
    expect(warnings[1]).toBe('b.json overrides model "gpt-5.4" from bundled (and the corrections to it from a.json)');
  });

  it('shows provenance in the evidence JSON rows and in every table', () => {
    const contract = privateSource({ id: 'our-contract' });
    const patch = { model: 'gpt-5.4', requirement: 'sla', value: 'yes', source: 'our-contract', date: '2026-08-01' };
    const overlay = {
      sources: [privateSource(), contract],
      observations: [observation()],
      governance: [patch],
      weights: [{ workload: 'coding', benchmark: 'swe-bench-verified', weight: 0.7 }],
    };
    const { dataset } = load({ 'my-evals.json': overlay });
    const mine = dataset.observations.filter((o) => o.source === 'my-evals');
    expect(evidenceRows(mine)).toEqual([
      {
        model: 'gpt-5.4',
        benchmark: 'swe-bench-verified',
        value: 70,
        low: null,
        high: null,
        label: null,
        quote: null,
        source: 'my-evals',
        date: '2026-08-01',
        note: null,
        origin: 'my-evals.json',
      },
    ]);
    expect(evidenceRows(dataset.observations.slice(0, 1))[0]?.origin).toBe('bundled');
    expect(evidenceTable(dataset, mine, 200)).toContain('[from my-evals.json]');
    expect(evidenceTable(dataset, mine, 200)).toContain('(no quote: private result)');
    expect(column(modelsTable(dataset, 200), 3)).toContain('Published SLA: yes, 2026-08-01 [from my-evals.json]');
    expect(workloadsTable(dataset, 200)).toMatch(/SWE-bench Verified ×0\.7 \[from my-evals\.json\]/);
  });

  it('keeps a long file name whole in a narrow table column', () => {
    const name = 'our-quarterly-refactoring-evaluation.json';
    const { dataset } = load({ [name]: { sources: [privateSource()], observations: [observation()] } });
    const table = evidenceTable(
      dataset,
      dataset.observations.filter((o) => o.source === 'my-evals'),
      100,
    );
    expect(table).not.toContain('…');
    // At 100 columns the evidence table has three: figure, source (with the file), quote.
    expect(column(table, 2, '')).toContain(`[from${name}]`);
  });

  it('records an overlay literally named "bundled" as a file, not as the bundled data', () => {
    const { dataset } = load({ bundled: { sources: [privateSource()], observations: [observation()] } });
    expect(dataset.observations.find((o) => o.source === 'my-evals')?.origin).toBe('./bundled');
  });

  it('an overlay may retitle the dataset, with a warning', () => {
    const { dataset, warnings } = load({ 'ours.json': { dataset: { id: 'ours', title: 'Frontier models plus our evaluations' } } });
    expect(dataset.info).toEqual({ id: 'ours', title: 'Frontier models plus our evaluations' });
    expect(warnings[0]).toMatch(
      /^ours\.json replaces the dataset's title \("Frontier models: .*"\) with "Frontier models plus our evaluations"$/,
    );
  });

  it('--data collects every file in order; without it there are no overlays', () => {
    const parse = (args: string[]) => addDataOption(new Command('x').exitOverride()).parse(args, { from: 'user' }).opts<DataOptions>();
    expect(parse(['--data', 'a.json', '--data', 'b.json', '--data=c.json'])).toEqual({ data: ['a.json', 'b.json', 'c.json'] });
    expect(parse([])).toEqual({});
  });

  it('rejects the same file given twice', () => {
    const cwd = tempDir();
    const f = writeOverlay(cwd, 'a.json', {});
    expect(() => loadDataset({ overlays: [f, f], cwd, today: TODAY })).toThrow(
      /^a\.json: this file is given twice with --data; pass each overlay once$/,
    );
  });

  it('reports the first problem in one line, with a count and the validate command', () => {
    const msg = loadError({ 'bad.json': { observations: [observation({ model: 'gpt-9' }), observation({ value: 101 })] } });
    expect(msg).toBe(
      'bad.json: $.observations[0].model: unknown model "gpt-9"; add it to "models" or use one of: claude-opus-4.6, gemini-3.1-pro, gpt-5.4, muse-spark (and 3 more problems; see them all with: model-advisor data validate bad.json)',
    );
    expect(msg).not.toContain('\n');
  });

  it('refuses an overlay over the size limit before parsing it', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'big.json'), `{"$schema": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect(MAX_OVERLAY_BYTES).toBe(5 * 1024 * 1024);
    expect(() => loadDataset({ overlays: ['big.json'], cwd, today: TODAY })).toThrow(
      /^big\.json: \$: the file is 6\.0 MiB, over the 5\.0 MiB limit for an overlay; split it into several files/,
    );
  });

  it('turns 1e999 (Infinity after JSON.parse) and NaN into schema findings, not numbers', () => {
    const text = JSON.stringify({ observations: [observation({ value: 0 })] }).replace('"value":0', '"value":1e999');
    const outcome = parsePartText(text, 'inf.json', 'inf.json');
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.findings).toEqual([
        {
          file: 'inf.json',
          path: '$.observations[0].value',
          code: 'schema',
          message: 'expected number, received Infinity; write a JSON number without quotes, e.g. 42',
        },
      ]);
    }
    const low = loadError({
      'neg.json': JSON.stringify({ observations: [observation({ value: 0 })] }).replace('"value":0', '"value":-1e999'),
    });
    expect(low).toMatch(/^neg\.json: \$\.observations\[0\]\.value: expected number, received -Infinity/);
  });
});
