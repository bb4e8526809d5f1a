import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetLazily } from '../../src/dataset/bundle.js';
import { BUNDLED_DATA_DIR, readDataDir } from '../../src/dataset/bundled-data.js';
import { loadDataset } from '../../src/dataset/load.js';
import { privateSource, tempDir, writeOverlay } from '../helpers/overlay.js';

const TODAY = '2026-08-01';
const figure = (value: number, model = 'gpt-5.4') => ({ model, benchmark: 'charxiv', value, source: 'my-evals', date: TODAY });

describe('readDataDir: the bundled data folder', () => {
  it('reads only the .json files, in name order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ma-data-'));
    cpSync(BUNDLED_DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'README.txt'), 'not data');
    expect(readDataDir(dir).map((p) => p.file)).toEqual([
      'data/benchmarks.json',
      'data/dataset.json',
      'data/models.json',
      'data/observations.json',
      'data/requirements.json',
      'data/sources.json',
      'data/verdicts.json',
      'data/workloads.json',
    ]);
  });

  it('rejects a bad file with its first problem, and no advice to run data validate (that is for overlays)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ma-data-'));
    cpSync(BUNDLED_DATA_DIR, dir, { recursive: true });
    const models = JSON.parse(readFileSync(join(dir, 'models.json'), 'utf8'));
    models.models[0].name = '';
    models.models[1].vendor = '';
    writeFileSync(join(dir, 'models.json'), JSON.stringify(models));
    expect(() => readDataDir(dir)).toThrow(/^data\/models\.json: \$\.models\[0\]\.name: .*\(and 1 more problem\)$/);
  });
});

describe('loadDataset and what the commands call', () => {
  it('names the overlay in the advice to see every problem', () => {
    const cwd = tempDir();
    const f = writeOverlay(cwd, 'mine.json', { sources: [privateSource()], observations: [figure(200), figure(300, 'claude-opus-4.6')] });
    expect(() => loadDataset({ overlays: [f], cwd, today: TODAY })).toThrow(
      /\(and 1 more problem; see them all with: model-advisor data validate mine\.json\)$/,
    );
  });

  it('names the overlay too when the file itself fails the schema', () => {
    const cwd = tempDir();
    const f = writeOverlay(cwd, 'mine.json', { sources: [privateSource()], observations: [{ ...figure(50), value: 'high' }], extra: 1 });
    expect(() => loadDataset({ overlays: [f], cwd, today: TODAY })).toThrow(
      /\(and 1 more problem; see them all with: model-advisor data validate mine\.json\)$/,
    );
  });

  it('says "problems" for more than one more', () => {
    const cwd = tempDir();
    const f = writeOverlay(cwd, 'mine.json', {
      sources: [privateSource()],
      observations: [figure(200), figure(300, 'claude-opus-4.6'), figure(400, 'muse-spark')],
    });
    expect(() => loadDataset({ overlays: [f], cwd, today: TODAY })).toThrow(/\(and 2 more problems; see them all with/);
  });

  it('loadDatasetLazily gives loadDataset’s result, with and without an overlay', async () => {
    expect(await loadDatasetLazily({ today: TODAY })).toEqual(loadDataset({ today: TODAY }));
    expect(await loadDatasetLazily({ overlays: [], today: TODAY })).toEqual(loadDataset({ today: TODAY }));
    const cwd = tempDir();
    const f = writeOverlay(cwd, 'mine.json', { sources: [privateSource()], observations: [figure(50)] });
    const lazy = await loadDatasetLazily({ overlays: [f], cwd, today: TODAY });
    expect(lazy).toEqual(loadDataset({ overlays: [f], cwd, today: TODAY }));
    expect(lazy.overlays).toEqual(['mine.json']);
  });
});
