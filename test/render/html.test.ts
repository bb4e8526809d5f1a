import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { COLORS } from '../../src/render/html-charts.js';
import { esc } from '../../src/render/sanitize.js';
import { dataset, quickStart, TODAY } from '../helpers/bundled-report.js';
import { run } from '../helpers/engine.js';
import { entry, recommendation, workload } from '../helpers/recommendation.js';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the HTML report', () => {
  it('is the same bytes for the same inputs', () => {
    expect(renderHtml(quickStart())).toBe(renderHtml(quickStart()));
  });

  it('is self-contained: a policy that forbids every fetch, and nothing that would fetch', () => {
    const html = renderHtml(quickStart());
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    expect(html).not.toMatch(/\s(src|href|srcset|action)=|url\(|@import|<script|<link|<img|<iframe/i);
  });

  it('has one section per printed page, in the memo order', () => {
    const ids = [...renderHtml(quickStart()).matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids).toEqual(['decision', 'cost', 'question', 'workloads', 're-evaluate', 'method', 'evidence', 'caveats']);
  });

  it('gives every chart a title and a text equivalent, labelled for assistive technology', () => {
    const html = renderHtml(quickStart());
    const charts = [
      ...html.matchAll(/<svg [^>]*aria-labelledby="([^"]+)"[^>]*><title id="([^"]+)">([^<]+)<\/title><desc id="([^"]+)">([^<]+)<\/desc>/g),
    ];
    expect(charts.length).toBe(html.split('<svg ').length - 1);
    // scores and win probability per workload, routing vs one model, break-even shares
    expect(charts.map((c) => c[3])).toEqual([
      'Routing plan vs one model for everything: blended scores',
      'Vision &amp; documents: each model&#39;s score with its range',
      'Vision &amp; documents: win probability of each assessed eligible model',
      'Coding: each model&#39;s score with its range',
      'Coding: win probability of each assessed eligible model',
      'Break-even shares: where Gemini 3.1 Pro stays the best single model',
    ]);
    for (const c of charts) expect(c[1]).toBe(`${c[2]} ${c[4]}`);
    expect(charts[1]?.[5]).toContain('Gemini 3.1 Pro: score 0.803, range 0.777 to 0.830, the pick');
  });

  it('says how sure each pick is, what the sources concluded, what it would cost and when to look again', () => {
    const html = renderHtml(quickStart());
    expect(html).toContain(
      '<td>Tie: cannot be separated from Muse Spark; the tie rule picks Gemini 3.1 Pro; settle with CharXiv (reasoning) and MMMU-Pro</td>',
    );
    expect(html).toContain('<td>Unresolved: no lead over Claude Opus 4.6 on shared evidence; settle with Terminal-Bench 2.0</td>');
    expect(html).toContain(
      '<li class="warn">Source verdict (NeuralWired, 2026-04-09): &quot;Your workloads are vision-heavy or health-adjacent&quot; — DISAGREES: NeuralWired favours Muse Spark, but the computed pick is Gemini 3.1 Pro: they disagree</li>',
    );
    expect(html).toContain('<li class="warn">FRAGILE: the pick changes within the plausible range');
    expect(html).toContain('<th scope="col">Coverage split (measured / range or words / proxy)</th>');
    expect(html).toMatch(/<h2 id="cost-h">Monthly cost<\/h2>\n<p>The data has no prices, so no cost can be computed\./);
    const when = html.slice(html.indexOf('<section id="re-evaluate"'), html.indexOf('<section id="method"'));
    expect(when).toContain(
      '<li>If Muse Spark&#39;s API becomes generally available, the production pick for Vision &amp; documents becomes Muse Spark.</li>',
    );
    expect(html).not.toContain('HYPOTHETICAL');
  });

  it('puts HYPOTHETICAL in the title and first in the page for a what-if (--assume muse-spark:api-ga=yes)', () => {
    const what = run(dataset, {
      mix: { vision: 70, coding: 30 },
      assumptions: [{ model: 'muse-spark', key: 'api-ga', value: 'yes' }],
      today: TODAY,
    });
    const html = renderHtml(what);
    expect(html).toContain('<title>HYPOTHETICAL — Model recommendation: Vision &amp; documents 70%, Coding 30%</title>');
    expect(html).toContain(
      '<body>\n<header>\n<p class="hypothetical" role="note"><strong>HYPOTHETICAL — this report assumes muse-spark:api-ga=yes (--assume); it is not what the evidence says today.</strong></p>\n<h1>',
    );
  });

  it('uses colours that pass WCAG AA (4.5:1) for text on white', () => {
    for (const color of [COLORS.text, COLORS.muted, COLORS.accent, COLORS.point, '#8a4b00'])
      expect(contrast(color, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('escapes every text from the data, in elements and in chart labels', () => {
    const evil = '<img src=x onerror="alert(1)">&';
    const docs = workload({
      name: `</title><script>alert(1)</script>`,
      ranking: [entry({ name: evil, status: 'pilot' }), ...workload().ranking.slice(1)],
    });
    const html = renderHtml(
      recommendation({ workloads: [docs, workload({ workload: 'health', name: 'Health', share: 0.4, recommendation: null })] }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain(esc(evil));
    expect(html).toContain('&lt;/title&gt;&lt;script&gt;');
    expect(esc(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&#39;');
  });
});
