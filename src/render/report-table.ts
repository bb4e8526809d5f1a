import type { ChalkInstance } from 'chalk';
import type { Recommendation, WorkloadResult } from '../engine/schema.js';
import { type BenchmarkInfo, benchmarkInfo, explainRows } from './explain.js';
import { formatFigure } from './figure.js';
import {
  attributionLines,
  bar,
  datasetLine,
  fromFile,
  ineligibleText,
  lossText,
  mixLine,
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
import { terminalSafe } from './sanitize.js';
import { renderTable } from './table.js';

export interface TableOptions {
  chalk: ChalkInstance;
  width: number;
  explain?: boolean;
}

/** The report for people at a terminal. Readable without colour: every flag is also a word. */
export function renderTableReport(given: Recommendation, opts: TableOptions): string {
  // Text from data, neutralised for the terminal once, here; everything below prints `rec`.
  const rec = terminalSafe(given);
  const { chalk: c } = opts;
  const name = namesOf(rec);
  const out: string[] = [];
  if (rec.hypothetical) out.push(c.bold(c.yellow(hypotheticalLine(rec))));
  out.push(c.bold(`model-advisor ${rec.tool.version} — which model for which work`));
  out.push(datasetLine(rec), ...attributionLines(rec));
  out.push(`Mix: ${mixLine(rec)}`);
  out.push(
    `Requirements: ${rec.profile.requirements.join(', ') || 'none'} · Excluded: ${rec.profile.exclude.map(name).join(', ') || 'none'} · Cost weight: ${rec.profile.costWeight}`,
  );
  const info = benchmarkInfo(rec);
  for (const w of rec.workloads) out.push('', ...workloadSection(w, info, opts));
  out.push('', ...portfolioSection(rec, name, opts));
  out.push('', c.bold('MONTHLY COST'), ...costLines(rec));
  const caveats = uniqueCaveats(rec).map((c) => `- ${c.text}${c.source ? ` (${c.source}, ${c.date})` : ''}`);
  if (caveats.length) out.push('', c.bold('CAVEATS'), ...caveats);
  if (rec.warnings.length) out.push('', c.bold('WARNINGS'), ...rec.warnings.map((w) => `${c.yellow('!')} ${w.message}`));
  return `${out.join('\n')}\n`;
}

function workloadSection(w: WorkloadResult, info: BenchmarkInfo, opts: TableOptions): string[] {
  const { chalk: c } = opts;
  const lines = [c.bold(`${w.name.toUpperCase()} (${pct(w.share)} of the mix)`)];
  const r = w.recommendation;
  if (!r) {
    lines.push(`  ${c.red('NO ELIGIBLE MODEL')}: ${blockedText(w)}`);
  } else {
    const status =
      r.status === 'pilot'
        ? c.yellow(
            ` — PILOT ONLY (no generally-available API)${r.alternative ? `; for production: ${r.alternative.name}` : '; no generally-available alternative is eligible'}`,
          )
        : ' — production';
    lines.push(`  Recommended: ${c.bold(r.name)}${status}`);
    const runner = r.runnerUp ? ` · runner-up ${r.runnerUp.name} ${r.confidence === 'tie' ? '(tie)' : `by ${num(r.runnerUp.margin)}`}` : '';
    lines.push(
      `  Win probability ${pct(r.winProbability)} · coverage ${pct(r.coverage)} (${splitText(r.coverageSplit)}) · score ${num(r.score)} (${range(r.low, r.high)})${runner}`,
    );
    if (r.lowConfidence && r.reasons.length) lines.push(`  ${c.yellow('LOW CONFIDENCE')}: ${r.reasons.map((x) => x.message).join('; ')}`);
  }
  for (const line of honestyLines(w, (id) => info(id).name)) lines.push(`  ${line}`);
  // A workload no model passes: what would give an answer, in place of a table of every model ruled out.
  if (w.unblock) return [...lines, ...unblockLines(w).map((l) => `  ${l}`), ...triggerSection(w)];
  const rows = w.ranking.map((e) => [
    e.name,
    e.eligible && e.assessed ? num(e.score) : '—',
    range(e.low, e.high),
    winCell(e),
    `${pct(e.coverage)}\n${splitText(e.coverageSplit)}`,
    !e.eligible ? `ineligible: ${ineligibleText(e)}` : e.assessed ? bar(e.score) : 'not assessed: no figures of its own',
  ]);
  lines.push(
    indent(
      renderTable(['Model', 'Score', 'Range', 'Win', 'Coverage\nm/p/proxy', 'Score on 0–1'], rows, {
        width: opts.width - 2,
        fixed: [null, 7, 13, 8, 13, 24],
      }),
    ),
  );
  const yours = w.evidence.filter((ev) => fromFile(ev.origin) !== '');
  if (yours.length) {
    const names = new Map(w.ranking.map((e) => [e.model, e.name]));
    const items = yours.map(
      (ev) =>
        `${names.get(ev.model) ?? ev.model} on ${info(ev.benchmark).name}: ${formatFigure(ev, info(ev.benchmark).unit)}${fromFile(ev.origin)}`,
    );
    lines.push(`  Your figures used: ${items.join('; ')}`);
  }
  lines.push(...triggerSection(w));
  if (opts.explain) {
    // Only detailed entries carry contributions; the report's warnings say which models are left out.
    for (const e of w.ranking) {
      if (!e.detailed) continue;
      lines.push(`  How ${e.name}'s ${w.name} score is made (score = Σ weight × normalised figure):`);
      const rows = explainRows(e, info);
      lines.push(
        indent(
          renderTable(['Benchmark', 'Weight', 'Figure', 'Basis', '0–1', 'Adds', 'Source'], rows, {
            width: opts.width - 2,
            fixed: [16, 8, null, 10, 13, 7, 24],
          }),
        ),
      );
    }
  }
  return lines;
}

function portfolioSection(rec: Recommendation, name: Names, opts: TableOptions): string[] {
  const { chalk: c } = opts;
  const wname = workloadNames(rec);
  const p = rec.portfolio;
  const single = p.singleModel;
  const lines = [c.bold('ROUTING PLAN vs ONE MODEL FOR EVERYTHING')];
  const rows = p.routes.map((route) => {
    const loss = single?.lossByWorkload.find((l) => l.workload === route.workload);
    const be = single?.breakEven.find((b) => b.workload === route.workload);
    return [
      wname(route.workload),
      pct(route.share),
      route.model ? name(route.model) : 'no eligible model',
      loss ? num(loss.routedScore) : '—',
      single ? (loss ? num(loss.singleScore) : '—') : '—',
      loss ? num(loss.loss) : '—',
      be ? `${pct(be.low)}–${pct(be.high)}` : '—',
    ];
  });
  lines.push(
    renderTable(
      ['Workload', 'Share', 'Routed to', 'Routed score', single ? `${single.name}` : 'One model', 'Given up', 'Pick holds for share'],
      rows,
      {
        width: opts.width,
        fixed: [null, 7, 17, 9, 11, 8, 12],
      },
    ),
  );
  if (p.blendedScore !== null) lines.push(`Routing plan, blended score: ${num(p.blendedScore)}`);
  if (single) {
    lines.push(
      `One model for everything: ${c.bold(single.name)}, blended score ${num(single.score)} — consolidating ${lossText(single.totalLoss)}.`,
    );
    if (single.status === 'pilot') {
      const alt = single.alternative;
      lines.push(
        c.yellow(
          `  PILOT ONLY: ${single.name} has no generally-available API. ${alt ? `Best single model you can use in production: ${alt.name}, blended score ${num(alt.score)} (gives up ${num(alt.totalLoss)}).` : 'No eligible model with a generally-available API can serve the whole mix.'}`,
        ),
      );
    }
    lines.push(
      '"Pick holds for share": the range of that workload\'s share (others rescaled) within which the one-model pick stays the same.',
    );
  } else {
    lines.push('One model for everything: none — no model is eligible.');
  }
  return lines;
}

function triggerSection(w: WorkloadResult): string[] {
  const triggers = triggerLines(w);
  return triggers.length ? ['  What would change this:', ...triggers.map((t) => `  - ${t}`)] : [];
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
