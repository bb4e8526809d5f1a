import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { costLines, money, tokens } from '../../src/render/money-text.js';
import { renderTableReport } from '../../src/render/report-table.js';
import { makeChalk } from '../../src/render/table.js';
import { recommendation, workload } from '../helpers/recommendation.js';

// The money parts in the reports: a priced cost section, triggers under their workload, the HYPOTHETICAL line.
const plain = makeChalk({ NO_COLOR: '1' }, false);
const line = (model: string, name: string, monthly: number | null, blended: number | null) => ({
  model,
  name,
  price: blended === null ? null : { input: 2, output: 8, currency: 'USD' as const, source: 'q', date: '2026-07-01', origin: 'p.json' },
  blendedPerMillion: blended,
  monthly,
  verbosityFactor: null,
  monthlyAdjusted: null,
});
const priced = recommendation({
  hypothetical: true,
  assumptions: [{ model: 'beta', key: 'api-ga', value: 'yes' }],
  workloads: [
    workload({
      triggers: [
        {
          kind: 'figure',
          message: 'Beta becomes the pick for Documents | charts if its Bench A figure is ≥ 91.0% (now: 80%).',
          model: 'beta',
          benchmark: 'bench-a',
          figure: 91,
          direction: 'at-least',
          becomes: { model: 'beta', name: 'Beta', status: 'production' },
        },
      ],
    }),
  ],
  cost: {
    ioRatio: { input: 3, output: 1 },
    pricesInData: true,
    note: null,
    verbosity: null,
    workloads: [
      {
        workload: 'docs',
        volume: 20e6,
        routed: line('alpha', 'Alpha', null, null),
        production: line('beta', 'Beta', 70, 3.5),
        single: line('beta', 'Beta', 70, 3.5),
      },
    ],
    routed: { monthly: null, monthlyAdjusted: null, currency: null },
    single: { monthly: 70, monthlyAdjusted: null, currency: 'USD' },
    consolidationDelta: null,
    scoreGivenUp: 0.1,
    unknownPrices: [{ model: 'alpha', name: 'Alpha' }],
  },
});

describe('money in the reports', () => {
  it('formats amounts and token counts', () => {
    expect([money(1234.5, 'USD'), money(5.625, 'USD'), money(-77.5, 'EUR'), money(12, 'GBP')]).toEqual([
      '$1,235',
      '$5.63',
      '−€77.50',
      '£12.00',
    ]);
    expect([tokens(20e6), tokens(1500), tokens(2.5e9), tokens(999)]).toEqual(['20M', '1.5k', '2.5B', '999']);
  });

  it('lists the cost per workload, the totals, and the unknown prices by name', () => {
    expect(costLines(priced)).toEqual([
      'Input:output split 3:1 (--io-ratio; 3:1 is the common blended-price convention).',
      '- Documents | charts (20M tokens/month): routed Alpha: price unknown; in production Beta: $70.00/month ($3.50/1M); single Beta: $70.00/month ($3.50/1M)',
      'Routing plan: unknown · One model for everything: $70.00/month',
      'Price unknown (not counted as zero): Alpha.',
    ]);
  });

  it('marks a hypothetical report in its first line of every format, and lists the triggers under "when to re-evaluate"', () => {
    const table = renderTableReport(priced, { chalk: plain, width: 100 });
    // Wrapped to the width like every line; unwrapped, the sentence is whole and first.
    expect(table.split('\n')[0]).toBe('HYPOTHETICAL — this report assumes beta:api-ga=yes (--assume); it is not what the evidence says');
    expect(table.split('\n')[1]).toBe('  today.');
    const sectionOf = (text: string, head: string) => text.slice(text.indexOf(head));
    expect(sectionOf(table, '\nWHEN TO RE-EVALUATE\n')).toContain(
      'it then leads Documents | charts in production.\n- Beta becomes the pick for Documents | charts if its Bench A figure is ≥ 91.0% (now: 80%).\n',
    );
    const markdown = renderMarkdown(priced);
    expect(markdown.split('\n')[0]).toBe(
      '> **HYPOTHETICAL — this report assumes beta:api-ga=yes (--assume); it is not what the evidence says today.**',
    );
    expect(sectionOf(markdown, '## When to re-evaluate\n')).toContain(
      'in production.\n- Beta becomes the pick for Documents \\| charts if its Bench A figure is ≥ 91.0% (now: 80%).\n',
    );
    expect(markdown).toContain('## Monthly cost\n\nInput:output split 3:1');
    const html = renderHtml(priced);
    expect(html).toContain('<title>HYPOTHETICAL — Model recommendation');
    expect(html).toMatch(
      /<body>\n<header>\n<p class="hypothetical" role="note"><strong>HYPOTHETICAL — this report assumes beta:api-ga=yes/,
    );
    expect(html).toContain('<li>Beta becomes the pick for Documents | charts if its Bench A figure is ≥ 91.0% (now: 80%).</li>');
    expect(html).toContain('<h2 id="cost-h">Monthly cost</h2>\n<p>Input:output split 3:1');
    expect(html).toContain('<li>Documents | charts (20M tokens/month): routed Alpha: price unknown;');
  });
});
