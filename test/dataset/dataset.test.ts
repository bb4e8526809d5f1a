import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/dataset/bundle.js';
import { BUNDLED_DATA_DIR, readDataDir } from '../../src/dataset/bundled-data.js';
import { loadDataset } from '../../src/dataset/load.js';
import { UserError } from '../../src/errors.js';

const { dataset } = loadDataset();
const obs = (model: string, benchmark: string, source?: string) =>
  dataset.observations.filter((o) => o.model === model && o.benchmark === benchmark && (!source || o.source === source));

describe('bundled dataset', () => {
  it('has the four models, with ids as documented', () => {
    expect(dataset.models.map((m) => m.id)).toEqual(['muse-spark', 'gpt-5.4', 'claude-opus-4.6', 'gemini-3.1-pro']);
  });

  it("records Muse Spark's CharXiv figure from the April source, dated", () => {
    const [charxiv, ...rest] = obs('muse-spark', 'charxiv');
    expect(rest).toEqual([]);
    expect(charxiv).toMatchObject({ value: 86.4, source: 'neuralwired-2026-04-09', date: '2026-04-09' });
  });

  it('files the GDPval-AA 1648 as a Claude Sonnet 4.6 proxy, not an Opus 4.6 figure', () => {
    const [gdp] = obs('claude-opus-4.6', 'gdpval-aa');
    expect(gdp).toMatchObject({ value: 1648, proxyFor: { measuredOn: 'Claude Sonnet 4.6' } });
  });

  it('files CritPT 9% as a Gemini Flash proxy and gives GPT-5.4 no CritPT number', () => {
    expect(obs('gemini-3.1-pro', 'critpt')[0]).toMatchObject({ value: 9, proxyFor: { measuredOn: 'Gemini Flash' } });
    const [gpt] = obs('gpt-5.4', 'critpt');
    expect(gpt?.value).toBeUndefined();
    expect(gpt?.low).toBeUndefined();
  });

  it('keeps both Intelligence Index figures for Claude Opus 4.6 (April ~57–58, July 53)', () => {
    expect(obs('claude-opus-4.6', 'aa-index').map((o) => [o.date, o.value ?? [o.low, o.high]])).toEqual([
      ['2026-04-09', [57, 58]],
      ['2026-07-04', 53],
    ]);
  });

  it("files the April 68.5 under Terminal-Bench 2.0 (the mixed 'TerminalBench Hard' row), with a note", () => {
    const [april] = obs('gemini-3.1-pro', 'terminal-bench-2', 'neuralwired-2026-04-09');
    expect(april?.value).toBe(68.5);
    expect(april?.note).toMatch(/mixes benchmarks/);
    expect(dataset.observations.filter((o) => o.benchmark === 'terminalbench-hard').every((o) => o.value === undefined)).toBe(true);
  });

  it('marks Muse Spark as closed, private preview, with no public pricing; unknowns stay unknown', () => {
    const muse = dataset.models.find((m) => m.id === 'muse-spark');
    expect(muse?.governance['api-ga']).toMatchObject({ value: 'no', detail: 'private preview' });
    expect(muse?.governance['open-weights']?.value).toBe('no');
    expect(muse?.governance['public-pricing']?.value).toBe('no');
    const gemini = dataset.models.find((m) => m.id === 'gemini-3.1-pro');
    expect(gemini?.governance['self-host']?.value).toBe('unknown');
  });

  it('dates every observation with its source’s publication date', () => {
    const dates = new Map(dataset.sources.map((s) => [s.id, s.date]));
    for (const o of dataset.observations) expect(o.date, `${o.model} ${o.benchmark}`).toBe(dates.get(o.source));
  });

  it('refers only to ids that exist', () => {
    const ids = (xs: { id: string }[]) => new Set(xs.map((x) => x.id));
    const [models, benchmarks, sources] = [ids(dataset.models), ids(dataset.benchmarks), ids(dataset.sources)];
    for (const o of dataset.observations) {
      expect(models.has(o.model)).toBe(true);
      expect(benchmarks.has(o.benchmark)).toBe(true);
      expect(sources.has(o.source)).toBe(true);
    }
    for (const w of dataset.workloads) for (const wb of w.benchmarks) expect(benchmarks.has(wb.benchmark)).toBe(true);
  });

  it('has the four required workloads, each with positive weight', () => {
    const ids = dataset.workloads.map((w) => w.id);
    expect(ids).toEqual(expect.arrayContaining(['vision', 'health', 'coding', 'agentic']));
    for (const w of dataset.workloads) expect(w.benchmarks.reduce((s, b) => s + b.weight, 0)).toBeGreaterThan(0);
  });
});

describe('a corrupted dataset is rejected with a message naming the bad field', () => {
  function corrupt(file: string, edit: (json: Record<string, unknown[]>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'ma-data-'));
    cpSync(BUNDLED_DATA_DIR, dir, { recursive: true });
    const json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    edit(json);
    writeFileSync(join(dir, file), JSON.stringify(json));
    try {
      assemble(readDataDir(dir));
    } catch (e) {
      expect(e).toBeInstanceOf(UserError);
      return (e as Error).message;
    }
    throw new Error('expected the corrupted dataset to be rejected');
  }
  const first = (json: Record<string, unknown[]>, key: string) => json[key]?.[0] as Record<string, unknown>;

  it('a wrong type', () => {
    expect(
      corrupt('observations.json', (j) => {
        first(j, 'observations').value = '86.4';
      }),
    ).toMatch(/^data\/observations\.json: \$\.observations\[0\]\.value: .*expected number/);
  });
  it('an unknown model id', () => {
    expect(
      corrupt('observations.json', (j) => {
        first(j, 'observations').model = 'gpt-9';
      }),
    ).toMatch(/data\/observations\.json: \$\.observations\[0\]\.model: unknown model "gpt-9"/);
  });
  it('a missing quote on a governance "yes" (no source)', () => {
    expect(
      corrupt('models.json', (j) => {
        const gov = first(j, 'models').governance as Record<string, Record<string, unknown>>;
        delete gov['api-ga']?.source;
      }),
    ).toMatch(/data\/models\.json: \$\.models\[0\]\.governance\["api-ga"\]: .*must name its source/);
  });
  it('an unknown key', () => {
    expect(
      corrupt('sources.json', (j) => {
        first(j, 'sources').publsher = 'x';
      }),
    ).toMatch(/^data\/sources\.json: \$\.sources\[0\]\.publsher: unknown key "publsher" \(did you mean "publisher"\?\)$/);
  });
  it('a bundled observation without its verbatim quote', () => {
    expect(
      corrupt('observations.json', (j) => {
        delete first(j, 'observations').quote;
      }),
    ).toMatch(/^data\/observations\.json: \$\.observations\[0\]: no "quote": the bundled data must quote its source verbatim/);
  });
  it('a bundled yes/no governance fact without its verbatim quote', () => {
    expect(
      corrupt('models.json', (j) => {
        const gov = first(j, 'models').governance as Record<string, Record<string, unknown>>;
        delete gov['open-weights']?.quote;
      }),
    ).toMatch(
      /^data\/models\.json: \$\.models\[0\]\.governance\["open-weights"\]: a "no" fact with no "quote": the bundled data must quote/,
    );
  });
  it('a bundled figure outside its benchmark’s scale', () => {
    expect(
      corrupt('observations.json', (j) => {
        first(j, 'observations').value = 152;
      }),
    ).toMatch(/^data\/observations\.json: \$\.observations\[0\]\.value: 152 is outside the scale of benchmark "aa-index" \(0–100, score\)/);
  });
  it('an observation without value, range or label', () => {
    expect(
      corrupt('observations.json', (j) => {
        const o = first(j, 'observations');
        delete o.value;
        delete o.label;
      }),
    ).toMatch(/\$\.observations\[0\]: needs a "value", a "low"\/"high" range, or a qualitative "label"/);
  });
});
