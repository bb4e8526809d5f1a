import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { COLORS } from '../../src/render/html-charts.js';
import { esc } from '../../src/render/html-escape.js';
import { entry, recommendation, workload } from '../helpers/recommendation.js';
import { quickStart } from './bundled.js';

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
    expect(ids).toEqual(['decision', 'question', 'workloads', 're-evaluate', 'method', 'evidence', 'caveats']);
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
      'Vision &amp; documents: win probability of each eligible model',
      'Coding: each model&#39;s score with its range',
      'Coding: win probability of each eligible model',
      'Break-even shares: where GPT-5.4 stays the best single model',
    ]);
    for (const c of charts) expect(c[1]).toBe(`${c[2]} ${c[4]}`);
    expect(charts[1]?.[5]).toContain('Muse Spark: score 0.824, range 0.824 to 0.824, the pick');
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
