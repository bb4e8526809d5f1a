import { describe, expect, it } from 'vitest';
import { checkParts } from '../../src/dataset/bundle.js';
import { bundledParts } from '../../src/dataset/bundled-data.js';
import type { LoadedPart } from '../../src/dataset/merge.js';
import { parsePartText } from '../../src/dataset/parse.js';

// Every id a record names must exist, reported at the record (or patch) that names it.

const TODAY = '2026-08-01';
const source = { id: 'mine', kind: 'private', title: 'Ours', publisher: 'Us', date: TODAY };
function part(file: string, p: Record<string, unknown>): LoadedPart {
  const outcome = parsePartText(JSON.stringify(p), file, file);
  if (!outcome.ok) throw new Error(outcome.findings.map((f) => f.message).join('; '));
  return outcome.loaded;
}
const found = (...overlays: LoadedPart[]) =>
  checkParts([...bundledParts(), ...overlays], TODAY).findings.map((f) => `${f.file} ${f.path}: ${f.message.split(';')[0]}`);

describe('unknown ids', () => {
  it('in a price: its model and its source', () => {
    const p = part('a.json', { prices: [{ model: 'nope', input: 1, output: 2, currency: 'USD', source: 'gone', date: TODAY }] });
    expect(found(p)).toEqual(['a.json $.prices[0].model: unknown model "nope"', 'a.json $.prices[0].source: unknown source "gone"']);
  });

  it('none for a price whose model and source exist', () => {
    const p = part('a.json', {
      prices: [{ model: 'gpt-5.4', input: 1, output: 2, currency: 'USD', source: 'toolbench-2026-07-04', date: TODAY, quote: 'x' }],
    });
    expect(found(p)).toEqual([]);
  });

  it('in a model: the sources of its release dates, modes and caveats', () => {
    const model = {
      id: 'ours',
      name: 'Ours',
      vendor: 'Us',
      release: [{ released: '2026-07-01', source: 'r-src', date: TODAY }],
      modes: [{ id: 'fast', name: 'Fast', description: 'Quick.', source: 'm-src', date: TODAY }],
      caveats: [{ text: 'A caveat.', source: 'c-src', date: TODAY }],
    };
    expect(found(part('a.json', { models: [model] }))).toEqual([
      'a.json $.models[0].caveats[0].source: unknown source "c-src"',
      'a.json $.models[0].modes[0].source: unknown source "m-src"',
      'a.json $.models[0].release[0].source: unknown source "r-src"',
    ]);
  });

  it('in a benchmark: the source of what it measures and of its caveats', () => {
    const benchmark = {
      id: 'ours',
      name: 'Ours',
      measures: 'Our tasks.',
      measuresQuote: 'our tasks',
      measuresSource: 'm-src',
      scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, chance: 0, rationale: 'Percent.' },
      higherIsBetter: true,
      role: 'quality',
      caveats: [{ text: 'A caveat.', source: 'c-src', date: TODAY }],
    };
    expect(found(part('a.json', { benchmarks: [benchmark] }))).toEqual([
      'a.json $.benchmarks[0].caveats[0].source: unknown source "c-src"',
      'a.json $.benchmarks[0].measuresSource: unknown source "m-src"',
    ]);
  });

  it('in a workload’s weights, at the weight; in a weight patch, at the patch', () => {
    const workload = {
      id: 'ours',
      name: 'Ours',
      description: 'Our work.',
      benchmarks: [{ benchmark: 'nope', weight: 1, rationale: 'Why.' }],
    };
    expect(found(part('a.json', { workloads: [workload] }))).toEqual([
      'a.json $.workloads[0].benchmarks[0].benchmark: unknown benchmark "nope"',
    ]);
    const patch = { workload: 'coding', benchmark: 'nope', weight: 1, rationale: 'Why.' };
    expect(found(part('a.json', { weights: [patch] }))).toEqual(['a.json $.weights[0].benchmark: unknown benchmark "nope"']);
  });

  it('in a governance patch: its requirement, at the patch', () => {
    const patch = { model: 'gpt-5.4', requirement: 'nope', value: 'unknown' };
    expect(found(part('a.json', { governance: [patch] }))).toEqual(['a.json $.governance[0].requirement: unknown requirement "nope"']);
  });
});

describe('a mode the model does not declare', () => {
  it('says so where the figure is, and names the file that replaced the model without its modes', () => {
    const replaced = part('b.json', { models: [{ id: 'muse-spark', name: 'Muse Spark', vendor: 'Meta' }] });
    const figure = part('c.json', {
      sources: [source],
      observations: [{ model: 'muse-spark', benchmark: 'charxiv', value: 50, mode: 'instant', source: 'mine', date: TODAY }],
    });
    const messages = checkParts([...bundledParts(), replaced, figure], TODAY).findings.map((f) => `${f.file} ${f.path}: ${f.message}`);
    expect(messages).toContain(
      'c.json $.observations[0].mode: model "muse-spark" has no mode "instant" since b.json replaced it (keep its "modes" there); it declares none, so remove "mode"',
    );
  });

  it('does not blame a replacement when the figure is in the same file as the model', () => {
    const both = part('b.json', {
      sources: [source],
      models: [{ id: 'ours', name: 'Ours', vendor: 'Us' }],
      observations: [{ model: 'ours', benchmark: 'charxiv', value: 50, mode: 'deep', source: 'mine', date: TODAY }],
    });
    expect(found(both)).toEqual(['b.json $.observations[0].mode: model "ours" has no mode "deep"']);
  });
});
