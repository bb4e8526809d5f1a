import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { compareModels } from '../../src/compare/compare.js';
import { makeChalk } from '../../src/render/color.js';
import { renderCompareTable } from '../../src/render/compare.js';
import { benchmarksTable, evidenceTable, modelsTable, sourcesTable, workloadsTable } from '../../src/render/listing.js';
import { renderTableReport } from '../../src/render/report-table.js';
import { META } from '../helpers/builders.js';
import { dataset, everything as everythingReport, quickStart as quickStartReport, TODAY } from './bundled.js';

// Every terminal rendering of the bundled data, at the widths people use: no line may be wider than the
// terminal (a wider line wraps and breaks every table row after it).

const plain = makeChalk({ NO_COLOR: '1' }, false);
const quickStart = quickStartReport();
const everything = everythingReport();
const comparison = compareModels(dataset, 'muse-spark', 'gpt-5.4', { mix: { vision: 1, coding: 1 }, today: TODAY }, META);

const RENDERERS: [string, (width: number) => string][] = [
  ['recommend (quick start)', (width) => renderTableReport(quickStart, { chalk: plain, width })],
  ['recommend --explain (every workload, a requirement)', (width) => renderTableReport(everything, { chalk: plain, width, explain: true })],
  ['compare', (width) => renderCompareTable(comparison, { chalk: plain, width })],
  ['evidence', (width) => evidenceTable(dataset, dataset.observations, width)],
  ['models', (width) => modelsTable(dataset, width)],
  ['benchmarks', (width) => benchmarksTable(dataset, width)],
  ['sources', (width) => sourcesTable(dataset, width)],
  ['workloads', (width) => workloadsTable(dataset, width)],
];

describe.each([60, 80, 120])('at %i columns', (width) => {
  it.each(RENDERERS)('%s: no line is wider than the terminal', (_, render) => {
    const lines = render(width).split('\n');
    const wide = lines.filter((l) => [...l].length > width);
    expect(wide).toEqual([]);
  });
});

describe('the first screen', () => {
  it('at 80 columns, the quick start shows every pick and the whole one-model verdict in its first 24 lines', () => {
    const screen = renderTableReport(quickStart, { chalk: plain, width: 80 }).split('\n').slice(0, 24).join('\n');
    expect(screen).toContain('THE ANSWER');
    expect(screen).toMatch(/^ {2}Vision & documents 70%: Muse Spark \(pilot; production: Gemini 3\.1 Pro\) · clear$/m);
    expect(screen).toMatch(/^ {2}Coding 30%: GPT-5\.4 \(production\) · unresolved: only 50% of the weight measured$/m);
    expect(screen).toMatch(/ONE MODEL OR ROUTING\?\n {2}Route: /);
    expect(screen).toMatch(/GPT-5\.4 \(0\.787\), gives up 0\.020/);
    expect(screen).toMatch(/In production \(no pilot-only model\)[\s\S]*beyond the method's noise\.\n/);
    expect(screen).toMatch(/HOW TO READ THE TABLES\n {2}Score {5}.+\n {2}Range {5}.+\n {2}Win {7}.+\n {2}Coverage {2}/);
  });

  it('names what each caveat is about, once, and never by id', () => {
    const out = renderTableReport(quickStart, { chalk: plain, width: 80 });
    const caveats = out.slice(out.indexOf('CAVEATS'), out.indexOf('WARNINGS'));
    expect(caveats).toMatch(/^- MMMU-Pro: Competitor figures/m);
    expect(caveats).toMatch(/^- Muse Spark: API access is a private preview/m);
    expect(caveats).toMatch(/^- Terminal-Bench 2\.0: The source calls a 5-point difference meaningful/m);
    const items = caveats.split('\n').filter((l) => l.startsWith('- '));
    expect(new Set(items).size).toBe(items.length);
  });
});

describe('speed', () => {
  it.each(RENDERERS)('%s renders in under 100 ms on the bundled data', (_, render) => {
    render(80); // warm-up: first-call costs (JIT, lazy regexes) are not the render's
    const times = [0, 1, 2].map(() => {
      const t = performance.now();
      render(80);
      return performance.now() - t;
    });
    expect(Math.min(...times)).toBeLessThan(100);
  });
});
