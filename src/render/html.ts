import type { Recommendation, WorkloadResult } from '../engine/schema.js';
import { attributionLines, mixPercents, pct, readable, uniqueCaveats } from './format.js';
import { benchmarkInfo, winText } from './honesty.js';
import { barChart, COLORS, type DotRow, dotPlot, spanChart } from './html-charts.js';
import {
  blockedLines,
  decisionRows,
  evidenceLines,
  memoDateLine,
  memoTitle,
  methodParagraph,
  questionRows,
  reEvaluateWhen,
  SPLIT_HEAD,
  scoreRows,
  sourceCitation,
  verdictText,
  workloadNotes,
} from './memo.js';
import { blockedText, costLines, hypotheticalLine } from './money-text.js';
import { esc } from './sanitize.js';
import { blendedRange, LEGEND, productionModel } from './summary.js';

// The board-pack report: one self-contained HTML file (no scripts, fonts, images or styles from anywhere else;
// a Content-Security-Policy forbids them), the memo's content around inline SVG charts, one section per
// printed page. Pure and deterministic: the same Recommendation gives the same bytes.

const CSS = `
:root { color: ${COLORS.text}; background: #ffffff; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
body { max-width: 760px; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin: 0 0 .3rem; }
h2 { font-size: 1.25rem; margin: 1.6rem 0 .6rem; border-bottom: 2px solid ${COLORS.accent}; padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
p.meta, figcaption, .note { color: ${COLORS.muted}; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { text-align: left; vertical-align: top; padding: .3rem .45rem; border-bottom: 1px solid #cccccc; }
th { background: #f2f2f2; }
td.num { font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: .6rem 0 1.2rem; }
svg.chart { max-width: 100%; height: auto; font-family: inherit; }
.pick { color: ${COLORS.accent}; font-weight: 700; }
.warn { color: #8a4b00; }
.hypothetical { border: 2px solid #8a4b00; padding: .5rem .7rem; color: #8a4b00; margin: 0 0 1rem; }
dl.legend { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; font-size: .9rem; }
dl.legend dt { font-weight: 700; }
dl.legend dd { margin: 0; }
@page { margin: 16mm 14mm; }
@media print {
  :root { font-size: 11pt; }
  body { max-width: none; margin: 0; padding: 0; }
  section { break-before: page; }
  section:first-of-type { break-before: auto; }
  figure, table, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
}
`.trim();

const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; connect-src 'none'; form-action 'none'; base-uri 'none'";

function table(head: string[], rows: string[][], numeric: number[] = []): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${r.map((c, i) => (numeric.includes(i) ? `<td class="num">${esc(c)}</td>` : `<td>${esc(c)}</td>`)).join('')}</tr>`)
    .join('\n');
  return `<table>\n<thead><tr>${th}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** A bulleted list of plain lines; `cls` may mark some items (a disagreement, a fragile pick). */
function list(items: string[], cls: (item: string) => string = () => ''): string {
  if (items.length === 0) return '';
  const li = items.map((t) => (cls(t) ? `<li class="${cls(t)}">${esc(t)}</li>` : `<li>${esc(t)}</li>`));
  return `<ul>\n${li.join('\n')}\n</ul>`;
}

/** The cost lines: "- " lines as one list, the others as paragraphs. */
function costBlocks(lines: string[]): string[] {
  const out: string[] = [];
  let items: string[] = [];
  for (const l of [...lines, '']) {
    if (l.startsWith('- ')) {
      items.push(l.slice(2));
      continue;
    }
    if (items.length) out.push(list(items));
    items = [];
    if (l) out.push(`<p>${esc(l)}</p>`);
  }
  return out;
}

function figure(svg: string, caption: string): string {
  return `<figure>${svg}<figcaption>${esc(caption)}</figcaption></figure>`;
}

function section(id: string, title: string, body: string[]): string {
  return `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${esc(title)}</h2>\n${body.join('\n')}\n</section>`;
}

function scoreFigure(w: WorkloadResult, n: number): string {
  const r = w.recommendation;
  const rows: DotRow[] = w.ranking.map((e) => ({
    label: e.name,
    score: e.score,
    low: e.low,
    high: e.high,
    highlight: r?.model === e.model,
    muted: !e.eligible,
    ...(r?.model === e.model ? { note: '(pick)' } : !e.eligible ? { note: '(not eligible)' } : {}),
  }));
  const desc = w.ranking
    .map(
      (e) =>
        `${e.name}: score ${e.score.toFixed(3)}, range ${e.low.toFixed(3)} to ${e.high.toFixed(3)}${r?.model === e.model ? ', the pick' : ''}${e.eligible ? '' : ', not eligible'}`,
    )
    .join('; ');
  const band = r
    ? { low: r.low, high: r.high, label: `Shaded band: the pick's range, ${r.low.toFixed(3)}–${r.high.toFixed(3)}` }
    : undefined;
  const svg = dotPlot({ id: `score-${n}`, title: `${w.name}: each model's score with its range`, desc }, rows, band);
  return figure(
    svg,
    `Scores for ${w.name}: dot = score, line = range from every uncertain figure at its worst to its best.${r ? ` The pick, ${r.name}, is highlighted.` : ''}`,
  );
}

function winFigure(w: WorkloadResult, n: number): string {
  // Not-assessed models have no win probability (null): they are named under the chart, never drawn as 0%.
  const assessed = w.ranking.flatMap((e) => (e.eligible && e.winProbability !== null ? [{ ...e, winProbability: e.winProbability }] : []));
  if (assessed.length === 0) return '';
  const r = w.recommendation;
  const rows = assessed.map((e) => ({
    label: e.name,
    value: e.winProbability,
    display: winText(e, w.ranking),
    highlight: r?.model === e.model,
  }));
  const desc = rows.map((x) => `${x.label}: ${x.display}`).join('; ');
  const svg = barChart({ id: `win-${n}`, title: `${w.name}: win probability of each assessed eligible model`, desc }, rows);
  return figure(svg, `Win probability for ${w.name}: the share of random draws in which each model ranks first.`);
}

function routingFigure(rec: Recommendation): string {
  const single = rec.portfolio.singleModel;
  if (!single) return '';
  const rows: DotRow[] = [];
  const routed = blendedRange(rec, (w) => w.recommendation?.model);
  if (routed) rows.push({ label: 'Routing plan', ...routed, highlight: true });
  const one = blendedRange(rec, () => single.model);
  if (one) rows.push({ label: `One model: ${single.name}${single.status === 'pilot' ? ' (pilot)' : ''}`, ...one });
  const pilot = single.status === 'pilot' || rec.workloads.some((w) => w.recommendation?.status === 'pilot');
  if (pilot) {
    const prodRouted = blendedRange(rec, productionModel);
    if (prodRouted) rows.push({ label: 'Routing, production models', ...prodRouted });
    const prodSingle = single.status === 'pilot' ? single.alternative : single;
    const prodOne = prodSingle ? blendedRange(rec, () => prodSingle.model) : null;
    if (prodSingle && prodOne && single.status === 'pilot') rows.push({ label: `One model in production: ${prodSingle.name}`, ...prodOne });
  }
  if (rows.length < 2) return '';
  const desc = rows
    .map((x) => `${x.label}: blended score ${x.score.toFixed(3)}, range ${x.low.toFixed(3)} to ${x.high.toFixed(3)}`)
    .join('; ');
  const svg = dotPlot({ id: 'routing', title: 'Routing plan vs one model for everything: blended scores', desc }, rows);
  return figure(svg, 'Blended score over the mix: each workload’s score weighted by its share; line = range.');
}

function breakEvenFigure(rec: Recommendation): string {
  const single = rec.portfolio.singleModel;
  if (!single || single.breakEven.length === 0) return '';
  const names = new Map(rec.workloads.map((w) => [w.workload, w.name]));
  const rows = single.breakEven.map((b) => ({ label: names.get(b.workload) ?? b.workload, now: b.share, low: b.low, high: b.high }));
  const desc = rows
    .map((r) => `${r.label}: ${single.name} stays the best single model from ${pct(r.low)} to ${pct(r.high)} of the mix; now ${pct(r.now)}`)
    .join('; ');
  const svg = spanChart({ id: 'break-even', title: `Break-even shares: where ${single.name} stays the best single model`, desc }, rows);
  return figure(
    svg,
    `Shaded: the share of each workload (others rescaled) within which ${single.name} stays the best single model; the dark mark is today’s share.`,
  );
}

/** The board-pack report: the memo's content around inline SVG charts, as one self-contained HTML page. */
export function renderHtml(rec: Recommendation): string {
  const title = memoTitle(rec);
  const share = mixPercents(rec);
  const info = benchmarkInfo(rec);
  const cite = sourceCitation(rec);
  const sections: string[] = [];

  const decisions = decisionRows(rec);
  sections.push(
    section('decision', 'Decision', [
      table(
        ['Workload', 'Share', 'Pick', 'Status', 'Confidence', 'For production'],
        decisions.map((r) => [r.workload, r.share, r.pick, r.status, r.confidence, r.production]),
        [1],
      ),
      '<h3>One model or routing</h3>',
      ...verdictText(rec).map((t) => `<p>${esc(t)}</p>`),
      routingFigure(rec),
    ]),
  );

  sections.push(section('cost', 'Monthly cost', costBlocks(costLines(rec))));

  sections.push(section('question', 'The question', [table(['Question', 'Answer'], questionRows(rec))]));

  const workloadBody: string[] = [
    '<dl class="legend">',
    ...LEGEND.map(([, term, meaning]) => `<dt>${esc(term)}</dt><dd>${esc(meaning)}</dd>`),
    '</dl>',
  ];
  rec.workloads.forEach((w, n) => {
    workloadBody.push(`<h3>${esc(`${w.name} (${share(w.workload)} of the mix)`)}</h3>`);
    workloadBody.push(list(workloadNotes(rec, w), (t) => (/ — DISAGREES: |^FRAGILE:/.test(t) ? 'warn' : '')));
    // A workload no model passes: what would give an answer, in place of charts and a table of every model ruled out.
    if (w.unblock) {
      workloadBody.push(
        `<p><strong>No eligible model:</strong> ${esc(readable(rec)(blockedText(w)))}.</p>`,
        list(blockedLines(rec, w).map((l) => l.trim())),
      );
      return;
    }
    workloadBody.push(scoreFigure(w, n + 1), winFigure(w, n + 1));
    workloadBody.push(
      table(
        ['Model', 'Score', 'Range', 'Win probability', 'Coverage', SPLIT_HEAD, 'Eligible'],
        scoreRows(w, rec).map((r) => [r.model, r.score, r.range, r.win, r.coverage, r.split, r.eligible]),
        [1, 2, 3, 4, 5],
      ),
    );
  });
  sections.push(section('workloads', 'Scores by workload', workloadBody));

  const when = reEvaluateWhen(rec);
  const breakEven = breakEvenFigure(rec);
  if (when.length || breakEven) {
    sections.push(section('re-evaluate', 'When to re-evaluate', [breakEven, list(when)]));
  }

  sections.push(section('method', 'Method', [`<p>${esc(methodParagraph(rec))}</p>`]));

  const evidence: string[] = [];
  for (const w of rec.workloads) {
    evidence.push(`<h3>${esc(w.name)}</h3>`);
    const lines = evidenceLines(w, rec, info);
    evidence.push(
      lines.length === 0
        ? '<p>No figure was used for this workload.</p>'
        : table(
            ['Model', 'Benchmark', 'Figure', 'Source'],
            lines.map((l) => [l.model, l.benchmark, l.figure, l.source]),
          ),
    );
  }
  evidence.push('<h3>Sources</h3>');
  evidence.push(
    table(
      ['Title', 'Publisher', 'Published'],
      rec.dataset.sources.map((s) => [s.origin === 'bundled' ? s.title : `${s.title} (your file ${s.origin})`, s.publisher, s.date]),
      [2],
    ),
  );
  sections.push(section('evidence', 'Appendix A: Evidence', evidence));

  const caveats = uniqueCaveats(rec);
  const items = [
    ...caveats.map((c) => `<li><strong>${esc(c.subject)}:</strong> ${esc(c.text)}${c.source ? ` (${esc(cite(c.source))})` : ''}</li>`),
    ...rec.warnings.map((w) => `<li class="warn"><strong>Warning:</strong> ${esc(readable(rec)(w.message))}</li>`),
  ];
  sections.push(
    section('caveats', 'Appendix B: Caveats and warnings', [items.length ? `<ul>\n${items.join('\n')}\n</ul>` : '<p>None recorded.</p>']),
  );

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="${esc(`${rec.tool.name} ${rec.tool.version}`)}">
<title>${esc(rec.hypothetical ? `HYPOTHETICAL — ${title}` : title)}</title>
<style>
${CSS}
</style>
</head>
<body>
<header>${rec.hypothetical ? `\n<p class="hypothetical" role="note"><strong>${esc(hypotheticalLine(rec))}</strong></p>` : ''}
<h1>${esc(title)}</h1>
<p class="meta">${esc(memoDateLine(rec))}</p>${attributionLines(rec)
    .map((line) => `\n<p class="meta">${esc(readable(rec)(line))}</p>`)
    .join('')}
</header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
