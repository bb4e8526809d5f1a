import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { planOf } from '../../src/api.js';
import { compareModels } from '../../src/engine/compare.js';
import { renderCompareTable } from '../../src/render/compare.js';
import { benchmarksTable, evidenceTable, modelsTable, sourcesTable, workloadsTable } from '../../src/render/listing.js';
import { renderTableReport } from '../../src/render/report-table.js';
import { makeChalk } from '../../src/render/table.js';
import { META } from '../helpers/builders.js';
import { dataset, everything as everythingReport, quickStart as quickStartReport, TODAY } from '../helpers/bundled-report.js';

// Every terminal rendering of the bundled data, at the widths people use: no line may be wider than the
// terminal (a wider line wraps and breaks every table row after it).

const plain = makeChalk({ NO_COLOR: '1' }, false);
const quickStart = quickStartReport();
const everything = everythingReport();
const comparison = compareModels(dataset, 'muse-spark', 'gpt-5.4', planOf({ mix: { vision: 1, coding: 1 }, today: TODAY }, dataset), META);

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
    // The confidence word per workload: vision is a tie that names both models, coding is unresolved.
    expect(screen).toMatch(
      /^ {2}Vision & documents 70%: Gemini 3\.1 Pro \(production\) · tie: cannot be separated\n {4}from Muse Spark; the tie rule picks Gemini 3\.1 Pro; settle with CharXiv\n/m,
    );
    expect(screen).toMatch(
      /^ {2}Coding 30%: Gemini 3\.1 Pro \(production\) · unresolved: no lead over Claude Opus\n {4}4\.6 on shared evidence; settle with Terminal-Bench 2\.0$/m,
    );
    expect(screen).toMatch(
      /ONE MODEL OR ROUTING\?\n {2}One model: Gemini 3\.1 Pro is the pick for every workload \(blended score\n {4}0\.786\); routing gains nothing\.\n/,
    );
    expect(screen).toMatch(/HOW TO READ THE TABLES\n {2}Score {5}.+\n {2}Range {5}.+\n {2}Win {7}.+\n {2}Coverage {2}/);
  });

  it('names what each caveat is about, once, and never by id', () => {
    const out = renderTableReport(quickStart, { chalk: plain, width: 80 });
    const caveats = out.slice(out.indexOf('CAVEATS'), out.indexOf('WARNINGS'));
    expect(caveats).toMatch(/^- MMMU-Pro: Competitor figures/m);
    expect(caveats).toMatch(/^- Gemini 3\.1 Pro: Some figures \(GDPval-AA, output tokens\) were measured/m);
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
