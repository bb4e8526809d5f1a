import type { ChalkInstance } from 'chalk';
import type { Recommendation, WorkloadResult } from '../engine/schema.js';
import {
  attributionLines,
  bar,
  formatFigure,
  fromFile,
  ineligibleText,
  lossText,
  mixLine,
  mixPercents,
  type Names,
  namesOf,
  num,
  pct,
  range,
  readable,
  sourceNames,
  uniqueCaveats,
} from './format.js';
import { type BenchmarkInfo, benchmarkInfo, explainRows, winCell } from './honesty.js';
import { blockedLines, reEvaluateWhen, SPLIT_HEAD, splitCell, workloadNotes } from './memo.js';
import { blockedText, costLines, hypotheticalLine } from './money-text.js';
import { terminalSafe } from './sanitize.js';

// The report for people at a terminal (the default format): the answer first, then a legend and each workload's
// details, every line within the terminal's width.

/** "all measured", or "75% measured, 25% a range or words". */
function splitWords(s: WorkloadResult['ranking'][number]['coverageSplit']): string {
  const parts = [
    [s.measured, 'measured'],
    [s.partial, 'a range or words'],
    [s.proxy, 'a proxy'],
  ] as const;
  const shown = parts.filter(([x]) => x > 0);
  if (shown.length === 1 && shown[0]?.[0] === 1) return `all ${shown[0][1]}`;
  return shown.map(([x, what]) => `${pct(x)} ${what}`).join(', ') || 'nothing measured';
}

import { LEGEND, statusText, verdictOf, verdictSentences, workloadSummaries } from './summary.js';
import { hanging, renderTable } from './table.js';

export interface TableOptions {
  chalk: ChalkInstance;
  /** The terminal's width: no line of the report is wider. */
  width: number;
  explain?: boolean;
}

/** The narrowest layout; below it lines still fit, but tables are stacked. */
const MIN_WIDTH = 40;

/**
 * The report for people at a terminal: the answer first (a line per workload, then one model vs routing),
 * then a legend and the details. Every line fits `width`; readable without colour: every flag is also a word.
 */
export function renderTableReport(given: Recommendation, opts: TableOptions): string {
  // Text from data, neutralised for the terminal once, here; everything below prints `rec`.
  const rec = terminalSafe(given);
  const { chalk: c } = opts;
  const width = Math.max(MIN_WIDTH, opts.width);
  const wrap = (text: string, lead = '', indent = 2) => hanging(lead, text, width, indent);
  const name = namesOf(rec);
  const out: string[] = [];
  if (rec.hypothetical) out.push(...wrap(hypotheticalLine(rec)).map((l) => c.bold(c.yellow(l))));
  out.push(c.bold(`model-advisor ${rec.tool.version} — which model for which work`));
  out.push(...wrap(`Mix: ${mixLine(rec)}`));
  const requirements = rec.requirements.map((r) => r.label).join(', ') || 'none';
  const excluded = rec.profile.exclude.map(name).join(', ') || 'none';
  out.push(...wrap(`Requirements: ${requirements} · Excluded: ${excluded} · Cost weight: ${rec.profile.costWeight}`));
  out.push(...wrap(dataLine(rec)));
  for (const line of attributionLines(rec)) out.push(...wrap(line));

  out.push('', c.bold('THE ANSWER'));
  for (const s of workloadSummaries(rec)) {
    const confidence = s.confidence ? ` · ${s.confidence}${s.why ? `: ${s.why}` : ''}` : '';
    const pick = s.pick === null ? c.red('no eligible model') : c.bold(s.pick);
    // The reasons can be long: the workload's section below gives them.
    const status = s.pick === null ? 'every model is ruled out; see below' : s.status === 'pilot' ? c.yellow(statusText(s)) : statusText(s);
    out.push(...wrap(`${s.name} ${s.share}: ${pick} (${status})${confidence}`, '  ', 4));
  }
  const verdict = verdictOf(rec);
  out.push('', c.bold('ONE MODEL OR ROUTING?'));
  if (verdict) for (const line of verdictSentences(verdict)) out.push(...wrap(line, '  ', 4));
  else
    out.push(...wrap('No verdict: at least one workload has no eligible model, so neither routing nor one model covers the mix.', '  ', 4));

  out.push('', c.bold('HOW TO READ THE TABLES'));
  const termWidth = Math.max(...LEGEND.map(([t]) => t.length)) + 2;
  for (const [term, full, meaning] of LEGEND)
    out.push(...wrap(term === full ? meaning : `${full.toLowerCase()}: ${meaning}`, `  ${term.padEnd(termWidth)}`, termWidth + 2));

  const info = benchmarkInfo(rec);
  const share = mixPercents(rec);
  for (const w of rec.workloads) out.push('', ...workloadSection(rec, w, share(w.workload), info, { ...opts, width }));
  out.push('', ...portfolioSection(rec, name, { ...opts, width }));
  out.push('', c.bold('MONTHLY COST'));
  for (const line of costLines(rec)) out.push(...(line.startsWith('- ') ? wrap(line.slice(2), '- ') : wrap(line)));
  const when = reEvaluateWhen(rec);
  if (when.length) {
    out.push('', c.bold('WHEN TO RE-EVALUATE'));
    for (const line of when) out.push(...wrap(line, '- '));
  }
  const caveats = uniqueCaveats(rec);
  const named = readable(rec);
  if (caveats.length) {
    out.push('', c.bold('CAVEATS'));
    for (const cv of caveats) out.push(...wrap(`${cv.subject}: ${cv.text}${cv.source ? ` (${named(cv.source)}, ${cv.date})` : ''}`, '- '));
  }
  if (rec.warnings.length) {
    out.push('', c.bold('WARNINGS'));
    for (const w of rec.warnings) out.push(...wrap(named(w.message), `${c.yellow('!')} `));
  }
  return `${out.join('\n')}\n`;
}

function workloadSection(rec: Recommendation, w: WorkloadResult, share: string, info: BenchmarkInfo, opts: TableOptions): string[] {
  const { chalk: c, width } = opts;
  const wrap = (text: string, lead = '  ') => hanging(lead, text, width, 4);
  const lines = [c.bold(`${w.name.toUpperCase()} (${share} of the mix)`)];
  const r = w.recommendation;
  if (!r) {
    lines.push(...wrap(`${c.red('NO ELIGIBLE MODEL')}: ${readable(rec)(blockedText(w))}`));
  } else {
    const status =
      r.status === 'pilot'
        ? c.yellow(
            ` — PILOT ONLY (no generally-available API)${r.alternative ? `; for production: ${r.alternative.name}` : '; no generally-available alternative is eligible'}`,
          )
        : ' — production';
    lines.push(...wrap(`Recommended: ${c.bold(r.name)}${status}`));
    const runner = r.runnerUp ? ` · runner-up ${r.runnerUp.name} ${r.confidence === 'tie' ? '(tie)' : `by ${num(r.runnerUp.margin)}`}` : '';
    lines.push(
      ...wrap(
        `Win probability ${pct(r.winProbability)} · coverage ${pct(r.coverage)} (${splitWords(r.coverageSplit)}) · score ${num(r.score)} (${range(r.low, r.high)})${runner}`,
      ),
    );
  }
  const notes = workloadNotes(rec, w);
  // The confidence line first (it says what a tie or an unresolved pick means), then the other reasons as detail.
  const detail = r?.reasons.filter((x) => x.code !== 'tie' && x.code !== 'unresolved') ?? [];
  if (r && notes[0]) notes.splice(1, 0, ...(detail.length ? [`Why: ${detail.map((x) => x.message).join('; ')}`] : []));
  for (const note of notes) lines.push(...wrap(/ — DISAGREES: |^FRAGILE:/.test(note) ? c.yellow(note) : note));
  // A workload no model passes: what would give an answer, in place of a table of every model ruled out.
  if (w.unblock) {
    for (const l of blockedLines(rec, w)) lines.push(...(l.startsWith('  ') ? hanging('    - ', l.trim(), width, 6) : wrap(l)));
    return lines;
  }
  lines.push(indent(rankingTable(w, width - 2)));
  const split = w.ranking.filter((e) => e.eligible && e.assessed && e.coverage > 0);
  if (split.some((e) => e.coverageSplit.partial > 0 || e.coverageSplit.proxy > 0))
    lines.push(...wrap(`${SPLIT_HEAD}: ${split.map((e) => `${e.name} ${splitCell(e.coverageSplit)}`).join(' · ')}`));
  const ineligible = w.ranking.filter((e) => !e.eligible);
  if (ineligible.length) lines.push(...wrap(`Not eligible: ${ineligible.map((e) => `${e.name} (${ineligibleText(e, rec)})`).join('; ')}`));
  const yours = w.evidence.filter((ev) => fromFile(ev.origin) !== '');
  if (yours.length) {
    const names = new Map(w.ranking.map((e) => [e.model, e.name]));
    const items = yours.map(
      (ev) =>
        `${names.get(ev.model) ?? ev.model} on ${info(ev.benchmark).name}: ${formatFigure(ev, info(ev.benchmark).unit)}${fromFile(ev.origin)}`,
    );
    lines.push(...wrap(`Your figures used: ${items.join('; ')}`));
  }
  if (opts.explain) {
    // Only detailed entries carry contributions; the report's warnings say which models are left out.
    for (const e of w.ranking) {
      if (!e.detailed) continue;
      lines.push(...wrap(`How ${e.name}'s ${w.name} score is made (score = Σ weight × normalised figure):`));
      const rows = explainRows(e, info).map((row) => row.map(sourceNames(rec)));
      lines.push(
        indent(
          renderTable(['Benchmark', 'Weight', 'Figure', 'Basis', '0–1', 'Adds', 'Source'], rows, {
            width: width - 2,
            fixed: [16, 8, null, 10, 13, 7, 28],
          }),
        ),
      );
    }
  }
  return lines;
}

/** The longest a bar gets; 13 is the shortest that still resolves 0.01 with eighth blocks (1/104). */
const BAR_MAX = 20;
const BAR_MIN = 13;

/**
 * Model, Score, Range, Win, Coverage and a bar beside the score. Narrower terminals get a shorter bar, then
 * no bar, then no Range column; the table itself stacks its rows when even that does not fit.
 */
function rankingTable(w: WorkloadResult, width: number): string {
  const base = w.ranking.map((e) => [
    e.name,
    e.eligible && e.assessed ? num(e.score) : '—',
    range(e.low, e.high),
    winCell(e, w.ranking),
    pct(e.coverage),
  ]);
  const head = ['Model', 'Score', 'Range', 'Win', 'Coverage'];
  const natural = head.map((h, i) => Math.max(h.length, ...base.map((row) => (row[i] ?? '').length)));
  const used = natural.reduce((s, n) => s + n, 0) + 3 * (head.length + 1) + 1;
  const room = Math.min(BAR_MAX, width - used);
  if (room >= BAR_MIN) {
    const rows = base.map((row, i) => {
      const e = w.ranking[i];
      return [...row, !e?.eligible ? 'not eligible' : e.assessed ? bar(e.score, room) : 'not assessed'];
    });
    return renderTable([...head, 'Score on 0–1'], rows, { width });
  }
  if (used - 3 - 11 <= width)
    return renderTable(
      head.filter((h) => h !== 'Range'),
      base.map((row) => row.filter((_, i) => i !== 2)),
      { width },
    );
  return renderTable(head, base, { width });
}

function portfolioSection(rec: Recommendation, name: Names, opts: TableOptions): string[] {
  const { chalk: c, width } = opts;
  const wrap = (text: string) => hanging('', text, width);
  const share = mixPercents(rec);
  const wname = new Map(rec.workloads.map((w) => [w.workload, w.name]));
  const p = rec.portfolio;
  const single = p.singleModel;
  const lines = [c.bold('ROUTING PLAN vs ONE MODEL FOR EVERYTHING')];
  const rows = p.routes.map((route) => {
    const loss = single?.lossByWorkload.find((l) => l.workload === route.workload);
    const be = single?.breakEven.find((b) => b.workload === route.workload);
    return [
      wname.get(route.workload) ?? route.workload,
      share(route.workload),
      route.model ? name(route.model) : 'no eligible model',
      loss ? num(loss.routedScore) : '—',
      single ? (loss ? num(loss.singleScore) : '—') : '—',
      loss ? num(loss.loss) : '—',
      be ? `${pct(be.low)}–${pct(be.high)}` : '—',
    ];
  });
  lines.push(
    renderTable(
      ['Workload', 'Share', 'Routed to', 'Routed score', single ? single.name : 'One model', 'Given up', 'Pick holds for share'],
      rows,
      {
        width,
        fixed: [null, 7, 17, 9, 11, 8, 12],
      },
    ),
  );
  if (p.blendedScore !== null) lines.push(...wrap(`Routing plan, blended score: ${num(p.blendedScore)}`));
  if (single) {
    lines.push(
      ...wrap(
        `One model for everything: ${c.bold(single.name)}, blended score ${num(single.score)} — consolidating ${lossText(single.totalLoss)}.`,
      ),
    );
    if (single.status === 'pilot') {
      const alt = single.alternative;
      lines.push(
        ...wrap(
          c.yellow(
            `PILOT ONLY: ${single.name} has no generally-available API. ${alt ? `Best single model you can use in production: ${alt.name}, blended score ${num(alt.score)} (gives up ${num(alt.totalLoss)}).` : 'No eligible model with a generally-available API can serve the whole mix.'}`,
          ),
        ),
      );
    }
    lines.push(
      ...wrap(
        '"Pick holds for share": the range of that workload\'s share (others rescaled) within which the one-model pick stays the same.',
      ),
    );
  } else {
    lines.push('One model for everything: none — no model is eligible.');
  }
  return lines;
}

/** "Data: frontier-2026-07, figures as of 2026-07-04, 146 days old (STALE); today 2026-11-27". */
function dataLine(rec: Recommendation): string {
  const d = rec.dataset;
  const age = d.ageDays === null ? 'age unknown' : `${d.ageDays} days old`;
  const overlays = d.overlays.length ? ` + ${d.overlays.join(', ')}` : '';
  return `Data: ${d.id}${overlays} as of ${d.asOf ?? 'n/a'} (${age}${d.stale ? ': STALE' : ''}), today ${d.today}`;
}

const indent = (s: string) =>
  s
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
