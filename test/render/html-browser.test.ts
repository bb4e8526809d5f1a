import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/render/html.js';
import { quickStart } from '../helpers/bundled-report.js';
import { ROOT } from '../helpers/cli.js';

// The HTML report as a person sees it: Debian's chromium, driven by playwright-core (no browser download).
// .ci/run installs chromium when it is missing; only where it truly is not installed do these tests skip.

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const SECTIONS = [
  'Decision',
  'Monthly cost',
  'The question',
  'Scores by workload',
  'When to re-evaluate',
  'Method',
  'Appendix A: Evidence',
  'Appendix B: Caveats and warnings',
];
/** The screenshot kept as a test artifact (gitignored): look at it. */
const SCREENSHOT = join(ROOT, 'test/artifacts/quick-start-report.png');

describe.skipIf(!existsSync(CHROMIUM))('the HTML report in a real browser', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'ma-html-'));
  const file = join(dir, 'report.html');
  const url = pathToFileURL(file).href;

  beforeAll(async () => {
    writeFileSync(file, renderHtml(quickStart()));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('loads nothing but the file, logs no error, and every chart has a size and readable text', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url, { waitUntil: 'load' });
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    const charts = await page.$$eval('svg.chart', (svgs) =>
      svgs.map((svg) => {
        const box = svg.getBoundingClientRect();
        const texts = [...svg.querySelectorAll('text')].map((t) => ({
          text: t.textContent ?? '',
          size: Number.parseFloat(getComputedStyle(t).fontSize),
          width: t.getBoundingClientRect().width,
          right: t.getBoundingClientRect().right,
        }));
        return { width: box.width, height: box.height, right: box.right, title: svg.querySelector('title')?.textContent ?? '', texts };
      }),
    );
    expect(charts).toHaveLength(6);
    for (const c of charts) {
      expect(c.title).not.toBe('');
      expect(c.width).toBeGreaterThan(300);
      expect(c.height).toBeGreaterThan(40);
      expect(c.texts.length).toBeGreaterThan(3);
      for (const t of c.texts) {
        expect(t.text.trim()).not.toBe('');
        expect(t.size).toBeGreaterThanOrEqual(10);
        expect(t.width).toBeGreaterThan(0);
        // No label runs off the chart.
        expect(t.right).toBeLessThanOrEqual(c.right + 1);
      }
    }
    mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await page.close();
  }, 120_000);

  it('prints on A4 and Letter, one section to a page, every section there', async () => {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const sections = await page.$$eval('section', (all) =>
      all.map((s) => ({
        heading: s.querySelector('h2')?.textContent ?? '',
        breakBefore: getComputedStyle(s).breakBefore,
        shown: s.getBoundingClientRect().height > 0,
      })),
    );
    expect(sections.map((s) => s.heading)).toEqual(SECTIONS);
    expect(sections.map((s) => s.breakBefore)).toEqual(['auto', ...SECTIONS.slice(1).map(() => 'page')]);
    expect(sections.every((s) => s.shown)).toBe(true);
    for (const [format, mediaBox] of [
      ['A4', /\/MediaBox \[0 0 59[45]\.\d+ 84[12]\.\d+\]/],
      ['Letter', /\/MediaBox \[0 0 612 792\]/],
    ] as const) {
      const pdf = (await page.pdf({ format, printBackground: true })).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      const pages = pdf.match(/\/Type \/Page\b/g) ?? [];
      // A page break before each section: at least one page per section.
      expect(pages.length, format).toBeGreaterThanOrEqual(SECTIONS.length);
      expect(pdf, format).toMatch(mediaBox);
    }
    await page.close();
  }, 120_000);
});
