import type { Recommendation, WorkloadResult } from '../engine/schema.js';
import { type BenchmarkInfo, benchmarkInfo, explainRows } from './explain.js';
import { formatFigure } from './figure.js';
import {
  attributionLines,
  datasetLine,
  fromFile,
  ineligibleText,
  lossText,
  type Names,
  namesOf,
  num,
  pct,
  range,
  uniqueCaveats,
  workloadNames,
} from './format.js';
import { honestyLines, splitText, winCell } from './honesty.js';
import { blockedText, costLines, hypotheticalLine, triggerLines, unblockLines } from './money-text.js';
import { markdownText } from './sanitize.js';

/** Escapes text for GitHub-flavoured Markdown, inside or outside a table cell (src/render/sanitize.ts). */
export const md = markdownText;

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export interface MarkdownOptions {
  explain?: boolean;
}

/** A report a CTO can paste into a procurement document: summary and plan first, evidence after. */
export function renderMarkdown(rec: Recommendation, opts: MarkdownOptions = {}): string {
  const name = namesOf(rec);
  const info = benchmarkInfo(rec);
  const out: string[] = [];
  if (rec.hypothetical) out.push(`> **${md(hypotheticalLine(rec))}**`, '');
  out.push('# Model recommendation', '');
  out.push(`_${md(`${rec.tool.name} ${rec.tool.version}; ${datasetLine(rec)}`)}_`, '');
  const credits = attributionLines(rec);
  if (credits.length) out.push(...credits.map((c) => `> ${md(c)}`), '');

  out.push('## Summary', '');
  for (const w of rec.workloads) out.push(`- ${summaryLine(w)}`);
  const single = rec.portfolio.singleModel;
  if (single) {
    out.push(
      `- **One model for everything:** ${md(single.name)}, blended score ${num(single.score)}; it ${lossText(single.totalLoss)}${rec.portfolio.blendedScore !== null ? ` (${num(rec.portfolio.blendedScore)})` : ''}.${singlePilot(single)}`,
    );
  }
  const important = rec.warnings.filter((w) => w.code === 'stale' || w.code === 'no-eligible-model');
  for (const w of important) out.push(`- **Warning:** ${md(w.message)}`);
  out.push('');

  out.push('## Routing plan', '');
  out.push(routingTable(rec, name), '');
  if (single) {
    out.push(
      `"Pick holds for share" is the range of a workload's share (the others rescaled proportionally) within which ${md(single.name)} stays the best single model.`,
      '',
    );
  }

  out.push('## Monthly cost', '', ...markdownBlocks(costLines(rec)), '');

  out.push('## Workloads', '');
  for (const w of rec.workloads) out.push(...workloadSection(w, name, info, opts), '');

  out.push('## Caveats', '');
  const caveats = uniqueCaveats(rec).map((c) => `${md(c.text)}${c.source ? ` (\`${c.source}\`, ${c.date})` : ''}`);
  out.push(...(caveats.length ? caveats.map((c) => `- ${c}`) : ['- None recorded.']), '');

  out.push('## Requirements and exclusions', '');
  out.push(`- Requirements applied: ${rec.profile.requirements.map((r) => `\`${r}\``).join(', ') || 'none'}`);
  out.push(`- Models excluded: ${rec.profile.exclude.map((m) => md(name(m))).join(', ') || 'none'}`);
  out.push(`- Cost weight: ${rec.profile.costWeight}${rec.profile.asOf ? `; evidence as of ${rec.profile.asOf}` : ''}`, '');

  if (rec.warnings.length) {
    out.push('## Warnings', '', ...rec.warnings.map((w) => `- ${md(w.message)}`), '');
  }

  out.push('## Sources', '');
  out.push(
    table(
      ['Source', 'Title', 'Publisher', 'Published', 'Origin'],
      rec.dataset.sources.map((s) => [`\`${s.id}\``, md(s.title), md(s.publisher), s.date, md(s.origin)]),
    ),
    '',
  );

  out.push('## Method', '');
  out.push(methodNote(rec));
  return `${out.join('\n')}\n`;
}

function singlePilot(single: NonNullable<Recommendation['portfolio']['singleModel']>): string {
  if (single.status !== 'pilot') return '';
  const alt = single.alternative;
  return ` **Pilot only** (no generally-available API): ${alt ? `the best single model you can use in production is ${md(alt.name)}, blended score ${num(alt.score)} (gives up ${num(alt.totalLoss)})` : 'no eligible model with a generally-available API can serve the whole mix'}.`;
}

/** What would give a blocked workload an answer, and what would change its decision. */
function moneyLines(w: WorkloadResult): string[] {
  const out: string[] = [];
  const unblock = unblockLines(w);
  if (unblock.length) out.push('What would give an answer:', '', ...unblock.map((l) => `- ${md(l.trim())}`), '');
  const triggers = triggerLines(w);
  if (triggers.length) out.push('What would change this:', '', ...triggers.map((t) => `- ${md(t)}`), '');
  return out;
}

/** Plain lines as Markdown: "- " lines as one list, the others as paragraphs. */
function markdownBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    const bullet = l.startsWith('- ');
    if (i > 0 && !(bullet && lines[i - 1]?.startsWith('- '))) out.push('');
    out.push(bullet ? `- ${md(l.slice(2))}` : md(l));
  });
  return out;
}

function summaryLine(w: WorkloadResult): string {
  const r = w.recommendation;
  const head = `**${md(w.name)} (${pct(w.share)}):**`;
  if (!r) return `${head} no eligible model — ${md(blockedText(w))}.`;
  const pilot =
    r.status === 'pilot'
      ? ` — **pilot only** (no generally-available API)${r.alternative ? `; for production use ${md(r.alternative.name)}` : '; no eligible generally-available alternative'}`
      : '';
  const low = r.lowConfidence && r.reasons.length ? ` **Low confidence:** ${md(r.reasons.map((x) => x.message).join('; '))}.` : '';
  return `${head} ${md(r.name)}${pilot} — **${r.confidence}**. Win probability ${pct(r.winProbability)}, coverage ${pct(r.coverage)} (${splitText(r.coverageSplit)}).${low}`;
}

function routingTable(rec: Recommendation, name: Names): string {
  const wname = workloadNames(rec);
  const single = rec.portfolio.singleModel;
  const rows = rec.portfolio.routes.map((route) => {
    const loss = single?.lossByWorkload.find((l) => l.workload === route.workload);
    const be = single?.breakEven.find((b) => b.workload === route.workload);
    return [
      md(wname(route.workload)),
      pct(route.share),
      route.model ? md(name(route.model)) : 'no eligible model',
      loss ? num(loss.routedScore) : '—',
      loss ? num(loss.singleScore) : '—',
      loss ? num(loss.loss) : '—',
      be ? `${pct(be.low)}–${pct(be.high)}` : '—',
    ];
  });
  const singleHead = single ? `${md(single.name)} score` : 'One-model score';
  return table(['Workload', 'Share', 'Routed to', 'Routed score', singleHead, 'Given up', 'Pick holds for share'], rows);
}

function workloadSection(w: WorkloadResult, name: Names, info: BenchmarkInfo, opts: MarkdownOptions): string[] {
  const out = [`### ${md(w.name)} — ${pct(w.share)} of the mix`, '', summaryLine(w), ''];
  const honest = honestyLines(w, (id) => info(id).name);
  if (honest.length) out.push(...honest.map((line) => `- ${md(line)}`), '');
  // A workload no model passes: what would give an answer, in place of a table of every model ruled out.
  if (w.unblock) return [...out, ...moneyLines(w)];
  out.push(
    table(
      ['Model', 'Score', 'Range', 'Win probability', 'Coverage (m/p/proxy)', 'Eligible'],
      w.ranking.map((e) => [
        md(e.name),
        e.eligible && e.assessed ? num(e.score) : '—',
        range(e.low, e.high),
        winCell(e),
        `${pct(e.coverage)} (${splitText(e.coverageSplit)})`,
        e.eligible ? (e.assessed ? 'yes' : 'yes, not assessed') : `no: ${md(ineligibleText(e))}`,
      ]),
    ),
    '',
  );
  out.push(...moneyLines(w));
  if (opts.explain) {
    // Only detailed entries carry contributions; the report's warnings say which models are left out.
    for (const e of w.ranking) {
      if (!e.detailed) continue;
      out.push(`How ${md(e.name)}'s score is made (score = Σ weight × normalised figure):`, '');
      out.push(
        table(
          ['Benchmark', 'Weight', 'Figure', 'Basis', '0–1', 'Adds', 'Source'],
          explainRows(e, info).map((r) => r.map(md)),
        ),
        '',
      );
    }
  }
  out.push('Evidence used:', '');
  if (w.evidence.length === 0) out.push('None: no figure was used for this workload.');
  else
    out.push(
      table(
        ['Model', 'Benchmark', 'Figure', 'Source', 'Date', 'Note'],
        w.evidence.map((ev) => {
          const b = info(ev.benchmark);
          return [
            md(name(ev.model)),
            md(b.name),
            md(formatFigure(ev, b.unit)),
            `\`${ev.source}\`${md(fromFile(ev.origin))}`,
            ev.date,
            md(ev.note ?? ''),
          ];
        }),
      ),
    );
  if (w.superseded.length) {
    out.push('', 'Superseded by newer figures (not used):', '');
    out.push(
      table(
        ['Model', 'Benchmark', 'Figure', 'Source', 'Date', 'Replaced by'],
        w.superseded.map((ev) => {
          const b = info(ev.benchmark);
          return [
            md(name(ev.model)),
            md(b.name),
            md(formatFigure(ev, b.unit)),
            `\`${ev.source}\``,
            ev.date,
            `\`${ev.supersededBy.source}\` (${ev.supersededBy.date})`,
          ];
        }),
      ),
    );
  }
  return out;
}

function methodNote(rec: Recommendation): string {
  const m = rec.method;
  return [
    'Each benchmark is mapped to 0–1 by fixed bounds of its own scale (percentages above chance; ratings as expected win probability against a fixed reference; token counts on a log scale), never by rescaling against the models present.',
    `A workload's score is the weighted sum of its benchmarks; with a cost weight c, score = (1 − c) × quality + c × token efficiency (here c = ${m.costWeight}).`,
    `Every figure carries its benchmark's noise band; ranges and words become intervals; a missing figure spans the benchmark's plausible band (or whole scale) and counts at its lower quartile in the score (pessimistic, never zero), and a figure measured on a sibling model (proxy) gets a further ±${m.proxyPad}. A model with no figures of its own on a workload is not assessed there.`,
    `${m.samples.toLocaleString('en-US')} seeded Monte Carlo draws (seed ${m.seed}) over those intervals give each model's win probability; "Range" is the score with every uncertain figure at its worst and best.`,
    `Confidence is "clear" only when the pick leads beyond the noise, on shared evidence, wins at least ${pct(m.lowWinProbability)} of draws and its coverage (measured figures fully, ranges and words at ${m.partialCoverage}) is at least ${pct(m.lowCoverage)}; "tie" when the lead is within the noise; "unresolved" when it does not lead on the evidence both have; otherwise "likely". Governance requirements are hard gates: an unknown fact rules a model out as unverified. Data older than ${m.staleAfterDays} days is flagged as stale.`,
  ]
    .map(md)
    .join(' ');
}
