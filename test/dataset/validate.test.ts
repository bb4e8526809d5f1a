import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/dataset/findings.js';
import { validateOverlays } from '../../src/dataset/validate.js';
import { observation, privateSource, TODAY, tempDir, writeOverlay } from '../helpers/overlay.js';

function validate(files: Record<string, unknown>, today = TODAY) {
  const cwd = tempDir();
  const names = Object.entries(files).map(([name, content]) => writeOverlay(cwd, name, content));
  return validateOverlays({ files: names, cwd, today });
}

const mine = (extra: Record<string, unknown>) => ({ sources: [privateSource()], ...extra });
const bench = (overrides: Record<string, unknown> = {}) => ({
  id: 'our-suite',
  name: 'Our suite',
  measures: 'Our tasks.',
  scale: { kind: 'linear', unit: 'percent', min: 0, max: 100, rationale: 'Tasks passed, in percent.' },
  higherIsBetter: true,
  ...overrides,
});

interface Case {
  name: string;
  content: unknown;
  code: FindingCode;
  path: string;
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'invalid JSON, located by line and column',
    content: '{\n  "sources": [],\n}',
    code: 'json',
    path: '$',
    message: /^not valid JSON: .* at line 3, column 1; fix the syntax$/,
  },
  {
    name: 'a prototype key at any depth',
    content: '{"observations": [{"constructor": {"polluted": true}}]}',
    code: 'forbidden-key',
    path: '$.observations[0].constructor',
    message: /^the key "constructor" is not allowed .*; remove it$/,
  },
  {
    name: 'a key given twice in one object',
    content: '{"observations": [], "observations": []}',
    code: 'duplicate-key',
    path: '$.observations',
    message: /^the key "observations" appears twice in one object \(only the last would count\); merge them into one$/,
  },
  {
    name: 'nesting deeper than a dataset can be',
    content: `{"models": ${'['.repeat(40)}${']'.repeat(40)}}`,
    code: 'too-deep',
    path: `$.models${'[0]'.repeat(31)}`,
    message: /^nested deeper than 32 levels \(at line 1, column 43\)/,
  },
  {
    name: 'a wrong type',
    content: { observations: [observation({ value: '70' })] },
    code: 'schema',
    path: '$.observations[0].value',
    message: /^expected number, received string; write a JSON number without quotes, e\.g\. 42$/,
  },
  {
    name: 'a missing field',
    content: { sources: [{ id: 'x', title: 'X', date: '2026-01-01' }] },
    code: 'schema',
    path: '$.sources[0].publisher',
    message: /^missing: add "publisher" \(expected string; write text in double quotes\)$/,
  },
  {
    name: 'an unknown key, with a suggestion',
    content: { observations: [observation({ vaule: 3 })] },
    code: 'schema',
    path: '$.observations[0].vaule',
    message: /^unknown key "vaule" \(did you mean "value"\?\)$/,
  },
  {
    name: 'an unknown top-level key, with the allowed ones',
    content: { evaluations: [] },
    code: 'schema',
    path: '$.evaluations',
    message:
      /^unknown key "evaluations" \(remove it; allowed here: \$schema, dataset, sources, .*, governance, weights, prices, verdicts\)$/,
  },
  {
    name: 'an id outside the safe character set',
    content: mine({ models: [{ id: 'Our Model!', name: 'M', vendor: 'V' }] }),
    code: 'schema',
    path: '$.models[0].id',
    message: /^must be 1–64 characters of a-z, 0-9/,
  },
  {
    name: 'an overlong string',
    content: mine({ observations: [observation({ note: 'x'.repeat(2001) })] }),
    code: 'schema',
    path: '$.observations[0].note',
    message: /^must be at most 2000 characters$/,
  },
  {
    name: 'a duplicate id inside one file',
    content: { sources: [privateSource(), privateSource()] },
    code: 'duplicate-id',
    path: '$.sources[1]',
    message: /^duplicate source "my-evals" \(also at \$\.sources\[0\]\); keep one$/,
  },
  {
    name: 'a duplicate observation inside one file',
    content: mine({ observations: [observation(), observation({ value: 71 })] }),
    code: 'duplicate-id',
    path: '$.observations[1]',
    message: /^duplicate observation of gpt-5\.4 on swe-bench-verified from my-evals \(also at \$\.observations\[0\]\); keep one$/,
  },
  {
    name: 'an unknown model',
    content: mine({ observations: [observation({ model: 'gpt-9' })] }),
    code: 'unknown-id',
    path: '$.observations[0].model',
    message: /^unknown model "gpt-9"; add it to "models" or use one of: claude-opus-4\.6, gemini-3\.1-pro, gpt-5\.4, muse-spark$/,
  },
  {
    name: 'an unknown benchmark',
    content: mine({ observations: [observation({ benchmark: 'refactor' })] }),
    code: 'unknown-id',
    path: '$.observations[0].benchmark',
    message: /^unknown benchmark "refactor"; add it to "benchmarks" or use one of: aa-index, /,
  },
  {
    name: 'an unknown source',
    content: { observations: [observation()] },
    code: 'unknown-id',
    path: '$.observations[0].source',
    message: /^unknown source "my-evals"; add it to "sources" or use one of: neuralwired-2026-04-09, toolbench-2026-07-04$/,
  },
  {
    name: 'an unknown requirement in a model',
    content: mine({
      models: [{ id: 'ours', name: 'Ours', vendor: 'Us', governance: { soc2: { value: 'yes', source: 'my-evals', date: '2026-08-01' } } }],
    }),
    code: 'unknown-id',
    path: '$.models[0].governance.soc2',
    message: /^unknown requirement "soc2"; add it to "requirements" or use one of: api-ga, fine-tune, /,
  },
  {
    name: 'a correction of an unknown model',
    content: mine({ governance: [{ model: 'gpt-9', requirement: 'sla', value: 'unknown' }] }),
    code: 'unknown-id',
    path: '$.governance[0].model',
    message: /^unknown model "gpt-9"; a patch changes a model from the bundled data or an earlier --data file/,
  },
  {
    name: 'a weight for an unknown workload',
    content: { weights: [{ workload: 'legal', benchmark: 'hle', weight: 1 }] },
    code: 'unknown-id',
    path: '$.weights[0].workload',
    message: /^unknown workload "legal"; .* one of: agentic, coding, health, reasoning, vision$/,
  },
  {
    name: 'a mode the model does not have',
    content: mine({ observations: [observation({ model: 'muse-spark', mode: 'turbo' })] }),
    code: 'unknown-id',
    path: '$.observations[0].mode',
    message: /^model "muse-spark" has no mode "turbo"; use one of: instant, contemplating$/,
  },
  {
    name: 'a figure from a public source without its quote',
    content: { observations: [observation({ source: 'toolbench-2026-07-04', date: '2026-07-04' })] },
    code: 'missing-quote',
    path: '$.observations[0]',
    message:
      /^no "quote": add "quote" with the words of source "toolbench-2026-07-04", or, if these are your own results, mark that source "kind": "private"$/,
  },
  {
    name: 'a governance correction from a public source without its quote',
    content: { governance: [{ model: 'gpt-5.4', requirement: 'sla', value: 'no', source: 'toolbench-2026-07-04', date: '2026-07-04' }] },
    code: 'missing-quote',
    path: '$.governance[0]',
    message: /^a "no" fact with no "quote": add "quote" with the words of source "toolbench-2026-07-04"/,
  },
  {
    name: 'a benchmark added to a workload without a rationale',
    content: { benchmarks: [bench()], weights: [{ workload: 'coding', benchmark: 'our-suite', weight: 1 }] },
    code: 'missing-rationale',
    path: '$.weights[0]',
    message: /^benchmark "our-suite" is not in workload "coding" yet; add a "rationale" saying why it counts for this work$/,
  },
  {
    name: 'a date after today',
    content: mine({ observations: [observation({ date: '2026-11-22' })] }),
    code: 'future-date',
    path: '$.observations[0].date',
    message: /^2026-11-22 is after today \(2026-11-21\): a publication date cannot be in the future; check the date/,
  },
  {
    name: 'a release date after today',
    content: mine({
      models: [{ id: 'ours', name: 'Ours', vendor: 'Us', release: [{ released: '2027-01-01', source: 'my-evals', date: '2026-08-01' }] }],
    }),
    code: 'future-date',
    path: '$.models[0].release[0].released',
    message: /^2027-01-01 is after today \(2026-11-21\): a release date cannot be in the future/,
  },
  {
    name: 'a value above the benchmark’s bound',
    content: mine({ observations: [observation({ value: 101 })] }),
    code: 'out-of-bounds',
    path: '$.observations[0].value',
    message: /^101 is outside the scale of benchmark "swe-bench-verified" \(0–100, percent\); check the figure and its unit$/,
  },
  {
    name: 'a range below the bound of the user’s own benchmark',
    content: mine({ benchmarks: [bench()], observations: [observation({ benchmark: 'our-suite', value: undefined, low: -5, high: 10 })] }),
    code: 'out-of-bounds',
    path: '$.observations[0].low',
    message:
      /^-5 is outside the scale of benchmark "our-suite" \(0–100, percent\); check the figure and its unit, or widen the scale of benchmark "our-suite" \(from f\.json\)$/,
  },
  {
    name: 'a new workload whose weights sum to 0',
    content: {
      workloads: [{ id: 'legal', name: 'Legal', description: 'Contracts.', benchmarks: [{ benchmark: 'hle', weight: 0, rationale: 'r' }] }],
    },
    code: 'weights',
    path: '$.workloads[0].benchmarks',
    message: /^the weights must sum to a positive number \(they sum to 0\); give at least one benchmark a weight above 0$/,
  },
  {
    name: 'weight changes that leave a workload summing to 0',
    content: { weights: [{ workload: 'health', benchmark: 'healthbench-hard', weight: 0 }] },
    code: 'weights',
    path: '$.weights[0].weight',
    message:
      /^after this change the weights of workload "health" sum to 0, not a positive number; give at least one benchmark a weight above 0$/,
  },
  {
    name: 'weights too large to add up',
    content: {
      weights: [
        { workload: 'vision', benchmark: 'charxiv', weight: 1e308 },
        { workload: 'vision', benchmark: 'mmmu-pro', weight: 1e308 },
      ],
    },
    code: 'weights',
    path: '$.weights[1].weight',
    message: /sum to Infinity, not a positive number; use smaller weights/,
  },
];

describe('data validate findings: file, JSON path, fix', () => {
  it.each(cases)('$name', ({ content, code, path, message }) => {
    const report = validate({ 'f.json': content });
    expect(report.valid).toBe(false);
    const found = report.findings.find((f) => f.code === code && f.path === path);
    expect(found, JSON.stringify(report.findings, null, 2)).toBeDefined();
    expect(found?.file).toBe('f.json');
    expect(found?.message).toMatch(message);
    expect(found?.message).not.toContain('\n');
  });

  it('reports every schema problem in a file, not just the first', () => {
    const report = validate({ 'f.json': { observations: [observation({ value: 'a' }), observation({ date: 'soon' }), { model: 1 }] } });
    expect(report.findings.map((f) => f.path)).toEqual([
      '$.observations[0].value',
      '$.observations[1].date',
      '$.observations[2].model',
      '$.observations[2].benchmark',
      '$.observations[2].source',
      '$.observations[2].date',
    ]);
    expect(report.crossChecked).toBe(false);
  });

  it('reports the file that cannot be read, is too large or is not UTF-8', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'big.json'), ' '.repeat(5 * 1024 * 1024 + 1));
    writeFileSync(join(cwd, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]));
    const report = validateOverlays({ files: ['missing.json', 'big.json', 'latin1.json', '.'], cwd, today: TODAY });
    expect(report.findings.map((f) => [f.file, f.code, f.message])).toEqual([
      ['missing.json', 'unreadable', 'no such file; check the path (relative paths are read from the current folder)'],
      ['big.json', 'too-large', expect.stringMatching(/^the file is 5\.0 MiB, over the 5\.0 MiB limit for an overlay; split it/)],
      ['latin1.json', 'encoding', 'not UTF-8 text; save the file as UTF-8 JSON'],
      ['.', 'unreadable', 'this is a folder; give the path of a JSON file'],
    ]);
  });

  it('holds the cross-checks back while any file fails to parse: no unknown-id findings, no override warnings', () => {
    const good = mine({ observations: [observation({ model: 'gpt-9' })] });
    const alone = validate({ 'good.json': good, 'also.json': mine({}) });
    expect(alone.crossChecked).toBe(true);
    expect(alone.findings.map((f) => f.code)).toContain('unknown-id');
    expect(alone.warnings).toEqual(['also.json overrides source "my-evals" from good.json']);
    const report = validate({ 'good.json': good, 'also.json': mine({}), 'bad.json': '{' });
    expect(report.crossChecked).toBe(false);
    expect(report.valid).toBe(false);
    expect(report.findings.map((f) => `${f.file} ${f.code}`)).toEqual(['bad.json json']);
    expect(report.warnings).toEqual([]);
    expect(report.files.map((f) => [f.file, f.parsed])).toEqual([
      ['good.json', true],
      ['also.json', true],
      ['bad.json', false],
    ]);
  });

  it('flags a file given twice', () => {
    const cwd = tempDir();
    const f = writeOverlay(cwd, 'a.json', {});
    const report = validateOverlays({ files: [f, f], cwd, today: TODAY });
    expect(report.findings).toEqual([
      { file: 'a.json', path: '$', code: 'duplicate-file', message: 'this file is given twice; pass each overlay once' },
    ]);
  });

  it('accepts a date equal to today, and a valid file reports what it holds', () => {
    const report = validate({ 'f.json': mine({ observations: [observation({ date: TODAY })] }) });
    expect(report).toEqual({
      valid: true,
      today: TODAY,
      crossChecked: true,
      files: [{ file: 'f.json', parsed: true, contents: { sources: 1, observations: 1 } }],
      findings: [],
      warnings: [],
    });
  });

  it('resolves references against all the files together, but patches only what an earlier file defined', () => {
    expect(validate({ 'a.json': { sources: [privateSource()] }, 'b.json': { observations: [observation()] } }).findings).toEqual([]);
    expect(validate({ 'b.json': { observations: [observation()] }, 'a.json': { sources: [privateSource()] } }).findings).toEqual([]);
    const model = { id: 'ours', name: 'Ours', vendor: 'Us' };
    const patch = { model: 'ours', requirement: 'sla', value: 'unknown' };
    expect(validate({ 'a.json': { models: [model] }, 'b.json': { governance: [patch] } }).findings).toEqual([]);
    const reversed = validate({ 'b.json': { governance: [patch] }, 'a.json': { models: [model] } });
    expect(reversed.findings.map((f) => `${f.file} ${f.path} ${f.code}`)).toEqual(['b.json $.governance[0].model unknown-id']);
  });

  it('lists overrides as warnings, not findings', () => {
    const report = validate({
      'a.json': mine({ observations: [observation()] }),
      'b.json': mine({ observations: [observation({ value: 71 })] }),
    });
    expect(report.valid).toBe(true);
    expect(report.warnings).toEqual([
      'b.json overrides source "my-evals" from a.json',
      'b.json overrides observation of gpt-5.4 on swe-bench-verified from my-evals from a.json',
    ]);
  });

  it('stops after 200 schema problems instead of collecting millions', () => {
    const cwd = tempDir();
    writeFileSync(join(cwd, 'empties.json'), `{"observations":[${Array(500_000).fill('{}').join(',')}]}`);
    const started = Date.now();
    const report = validateOverlays({ files: ['empties.json'], cwd, today: TODAY });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(report.findings).toHaveLength(201);
    expect(report.findings[200]?.message).toMatch(/^stopped after 200 problems with the schema/);
  });
});
