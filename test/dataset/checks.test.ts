import { describe, expect, it } from 'vitest';
import { checkParts } from '../../src/dataset/bundle.js';
import { bundledParts } from '../../src/dataset/bundled-data.js';
import type { LoadedPart } from '../../src/dataset/merge.js';
import { parsePartText } from '../../src/dataset/parse.js';

// The cross-checks' rules at their edges, each against the bundled data plus one or two overlays.

const TODAY = '2026-08-01';
const source = { id: 'my-evals', kind: 'private', title: 'Our evaluation', publisher: 'Us', date: TODAY };
/** Twelve private sources, so twelve figures for one model and benchmark are not duplicates. */
const sources = Array.from({ length: 12 }, (_, i) => ({ ...source, id: `s${i}` }));
let n = 0;
const obs = (o: Record<string, unknown>) => ({
  model: 'gpt-5.4',
  benchmark: 'swe-bench-verified',
  source: `s${n++ % 12}`,
  date: TODAY,
  ...o,
});
/** A part as the loader makes it: parsed by the schema, defaults filled in. */
function part(file: string, p: Record<string, unknown>): LoadedPart {
  const outcome = parsePartText(JSON.stringify({ sources, ...p }), file, file);
  if (!outcome.ok) throw new Error(outcome.findings.map((f) => f.message).join('; '));
  return outcome.loaded;
}
const findings = (...overlays: LoadedPart[]) =>
  checkParts([...bundledParts(), ...overlays], TODAY).findings.map((f) => `${f.file} ${f.path} ${f.code}`);

describe('figures must lie on their benchmark’s fixed scale (0–100 here), bounds included', () => {
  it('accepts a value or range exactly at either bound', () => {
    const p = part('a.json', { observations: [obs({ value: 0 }), obs({ value: 100 }), obs({ low: 0, high: 100 })] });
    expect(findings(p)).toEqual([]);
  });

  it('rejects each of value, low and high just outside, at its own key', () => {
    const p = part('a.json', {
      observations: [obs({ value: 100.5 }), obs({ low: -0.5, high: 10 }), obs({ low: 90, high: 100.5 })],
    });
    expect(findings(p)).toEqual([
      'a.json $.observations[0].value out-of-bounds',
      'a.json $.observations[1].low out-of-bounds',
      'a.json $.observations[2].high out-of-bounds',
    ]);
  });
});

describe('no date after today in a user’s file', () => {
  it('accepts today itself', () => {
    expect(findings(part('a.json', { observations: [obs({ value: 50 })] }))).toEqual([]);
  });

  it('rejects the day after, wherever the date sits, and names the key', () => {
    const p = part('a.json', {
      sources: [...sources, { ...source, date: '2026-08-02' }],
      models: [{ id: 'ours', name: 'Ours', vendor: 'Us', release: [{ released: '2026-08-02', source: 's0', date: TODAY }] }],
    });
    expect(findings(p)).toEqual(['a.json $.models[0].release[0].released future-date', 'a.json $.sources[12].date future-date']);
  });

  it('does not check the bundled data’s dates against today (they were checked when it was built)', () => {
    const early = checkParts(bundledParts(), '2000-01-01').findings;
    expect(early).toEqual([]);
  });
});

describe('quotes: public claims keep their words, a team’s private results need none', () => {
  it('needs no quote for a figure citing a private source', () => {
    expect(findings(part('a.json', { observations: [obs({ value: 50 })] }))).toEqual([]);
  });

  it('needs one for a figure citing a public source', () => {
    const p = part('a.json', {
      sources: [...sources, { ...source, kind: 'public' }],
      observations: [obs({ value: 50, source: 'my-evals' })],
    });
    expect(findings(p)).toEqual(['a.json $.observations[0] missing-quote']);
  });

  it('needs none for an "unknown" governance fact, one for a "yes" from a public source', () => {
    const fact = { model: 'gpt-5.4', requirement: 'sla', source: 'toolbench-2026-07-04', date: '2026-07-04' };
    expect(findings(part('a.json', { governance: [{ ...fact, value: 'unknown' }] }))).toEqual([]);
    expect(findings(part('a.json', { governance: [{ ...fact, value: 'yes' }] }))).toEqual(['a.json $.governance[0] missing-quote']);
  });
});

describe('findings come grouped by file in the order given, then by path with numbers in order', () => {
  it('puts [2] before [10], and the first file’s before the second’s', () => {
    const bad = (n: number) => Array.from({ length: n }, (_, i) => obs({ value: i === 2 || i === 10 ? 200 : 50 }));
    const first = part('b.json', { observations: bad(11) });
    const second = part('a.json', { observations: [obs({ value: 300, model: 'claude-opus-4.6' })] });
    expect(findings(first, second)).toEqual([
      'b.json $.observations[2].value out-of-bounds',
      'b.json $.observations[10].value out-of-bounds',
      'a.json $.observations[0].value out-of-bounds',
    ]);
  });
});
