import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTableReport } from '../../src/render/report-table.js';
import { makeChalk } from '../../src/render/table.js';
import { entry, recommendation, workload } from '../helpers/recommendation.js';

// A model with no figures of its own on a workload is "not assessed": its win probability is null, and every
// format says so in words, never as 0%. The workload names it with the benchmarks it lacks.
const plain = makeChalk({ NO_COLOR: '1' }, false);
const base = workload();
const rec = recommendation({
  workloads: [
    workload({
      ranking: [
        ...base.ranking,
        entry({
          model: 'delta',
          name: 'Delta',
          score: 0.4,
          low: 0,
          high: 1,
          winProbability: null,
          coverage: 0,
          coverageSplit: { measured: 0, partial: 0, proxy: 0, missing: 1 },
          assessed: false,
          contributions: [],
        }),
      ],
      notAssessed: [{ model: 'delta', name: 'Delta', missing: ['bench-a'] }],
    }),
  ],
});

describe('a model not assessed', () => {
  it('is "not assessed" in the terminal table, with what it lacks, never 0%', () => {
    const out = renderTableReport(rec, { chalk: plain, width: 100 });
    const row = out.split('\n').find((l) => l.includes('│ Delta'));
    expect(row).toMatch(/│ Delta +│ — +│ 0\.000–1\.000 │ not assessed │ 0% +│ not assessed/);
    expect(out).toContain('Not assessed (not ranked, never the pick): Delta (no figures of its own on Bench A)');
  });

  it('is "not assessed" in the memo and the HTML report', () => {
    const md = renderMarkdown(rec);
    expect(md).toContain('| Delta | — | 0.000–1.000 | not assessed | 0% | 0% / 0% / 0% | Yes; not assessed (no figures of its own) |');
    expect(md).toContain('- Not assessed (not ranked, never the pick): Delta (no figures of its own on Bench A)');
    const html = renderHtml(rec);
    expect(html).toContain('<td>Delta</td><td class="num">—</td><td class="num">0.000–1.000</td><td class="num">not assessed</td>');
    // The win-probability chart draws only assessed models: Delta is not a 0% bar.
    const win = html.slice(html.indexOf('id="win-1"'), html.indexOf('</svg>', html.indexOf('id="win-1"')));
    expect(win).not.toContain('Delta');
  });
});
