import type { ChalkInstance } from 'chalk';
import type { Comparison } from '../engine/schema-compare.js';
import { datasetLine, formatFigure, fromFile, num, pct, range, wholePercents } from './format.js';
import { splitText } from './honesty.js';
import { terminalSafe } from './sanitize.js';
import { hanging, renderTable } from './table.js';

// `compare` for people: the Comparison as a terminal table.

type Side = Comparison['benchmarks'][number]['a'];
type Unit = Comparison['benchmarks'][number]['unit'];

function cell(s: Side, unit: Unit): string {
  if (!s) return 'no figure';
  const figure = formatFigure(
    {
      value: s.value ?? undefined,
      low: s.low ?? undefined,
      high: s.high ?? undefined,
      label: s.label ?? undefined,
      proxyFor: s.proxyFor ? { measuredOn: s.proxyFor } : undefined,
    },
    unit,
  );
  return `${figure}\n${s.source}, ${s.date}${fromFile(s.origin)}`;
}

/** Two models head to head, for people. */
export function renderCompareTable(given: Comparison, opts: { chalk: ChalkInstance; width: number }): string {
  // Text from data, neutralised for the terminal once, here; everything below prints `c`.
  const c = terminalSafe(given);
  const { chalk } = opts;
  const [A, B] = c.models as [Comparison['models'][number], Comparison['models'][number]];
  const name = (id: string | null) => (id === A.id ? A.name : id === B.id ? B.name : 'tie');
  const wrap = (text: string, lead = '') => hanging(lead, text, opts.width).join('\n');
  const share = wholePercents(c.workloads.map((w) => w.share));
  const out: string[] = [wrap(chalk.bold(`${A.name} (${A.vendor}) vs ${B.name} (${B.vendor})`)), wrap(datasetLine(c))];

  out.push('', chalk.bold('GOVERNANCE'));
  out.push(
    renderTable(
      ['Requirement', A.name, B.name],
      c.governance.map((g) => [g.label, g.a, g.b]),
      { width: opts.width, fixed: [null, 16, 16] },
    ),
  );

  out.push('', wrap(chalk.bold("BENCHMARK BY BENCHMARK (lead measured on each benchmark's fixed 0–1 scale)")));
  out.push(
    renderTable(
      ['Benchmark', A.name, B.name, 'Leader', 'By'],
      c.benchmarks.map((b) => [
        b.name,
        cell(b.a, b.unit),
        cell(b.b, b.unit),
        b.leader ? `${name(b.leader)}${b.clear ? '' : '\n(ranges overlap)'}` : b.a && b.b ? 'tie' : '—',
        b.margin === null ? '—' : num(b.margin),
      ]),
      { width: opts.width, fixed: [20, null, null, 16, 7] },
    ),
  );

  out.push('', chalk.bold('WORKLOAD BY WORKLOAD'));
  const side = (s: Comparison['workloads'][number]['a']) =>
    s.assessed
      ? `${num(s.score)} (${range(s.low, s.high)})\ncoverage ${pct(s.coverage)} (${splitText(s.coverageSplit)})`
      : 'not assessed\n(no figures of its own)';
  const leader = (w: Comparison['workloads'][number]) =>
    w.confidence === 'tie' ? `tie: ${A.name} and ${B.name}` : w.leader ? `${name(w.leader)}\n(${w.confidence})` : 'neither assessed';
  out.push(
    renderTable(
      ['Workload', 'Share', A.name, B.name, `${A.name} ahead`, 'Pick'],
      c.workloads.map((w, i) => [
        w.name,
        `${share[i] ?? 0}%`,
        side(w.a),
        side(w.b),
        w.aWinProbability === null ? '—' : pct(w.aWinProbability),
        leader(w),
      ]),
      { width: opts.width, fixed: [null, 7, 24, 24, 12, 18] },
    ),
  );
  for (const w of c.workloads) {
    const notes = [
      w.settle ? `To settle it: ${w.settle.message}` : null,
      w.fragile.length ? `FRAGILE: ${w.fragile.map((f) => `${f.constant} ${f.alternative} → ${f.flipsTo.name}`).join('; ')}` : null,
      ...w.verdicts.map((v) => `Source verdict (${v.source}, ${v.date}): "${v.quote}" — ${v.message}`),
    ].filter((x): x is string => x !== null);
    if (notes.length) out.push(wrap(`${w.name}:`), ...notes.map((n) => hanging('  ', n, opts.width, 4).join('\n')));
  }
  out.push(
    wrap(
      `Over the mix (headline points, gaps at their worst; see each workload's confidence): ${A.name} ${num(c.blended.a)}, ${B.name} ${num(c.blended.b)} — ${c.blended.leader ? `${name(c.blended.leader)} ahead` : 'tied'}.`,
    ),
  );
  if (c.warnings.length) out.push('', chalk.bold('WARNINGS'), ...c.warnings.map((w) => wrap(w.message, `${chalk.yellow('!')} `)));
  return `${out.join('\n')}\n`;
}
