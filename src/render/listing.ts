import { formatFinding } from '../dataset/findings.js';
import { BUNDLED } from '../dataset/ids.js';
import type { Benchmark, Dataset } from '../dataset/schema.js';
import type { ValidationReport } from '../dataset/validate.js';
import { formatFigure } from './format.js';
import { terminalSafe, terminalText } from './sanitize.js';
import { hanging, renderTable } from './table.js';

export { type EvidenceRow, evidenceRows } from './format.js';

// The dataset as terminal tables (`models`, `benchmarks`, `sources`, `workloads`, `evidence`), and the
// `data validate` report for people.

/** "[from FILE]" on its own line for what a user's file supplied (nothing for the bundled data); the table breaks, never cuts, a long name. */
const fromLine = (origin: string | undefined) => (origin === undefined || origin === BUNDLED ? '' : `\n[from ${origin}]`);
/** " [from FILE]" after a fact or weight a file other than its record's changed. */
const fromMark = (origin: string | undefined, recordOrigin: string) =>
  origin === undefined || origin === recordOrigin ? '' : ` [from ${origin}]`;

const unitOf = (benchmarks: Map<string, Benchmark>, id: string) => benchmarks.get(id)?.scale.unit ?? 'score';

const SOURCE_WIDTH = 24;
/** Below this width the model, benchmark and figure share one column, so the quote keeps room to be read. */
const WIDE_EVIDENCE = 110;

export function evidenceTable(given: Dataset, selected: Dataset['observations'], width: number): string {
  const d = terminalSafe(given);
  const observations = terminalSafe(selected);
  const benchmarks = new Map(d.benchmarks.map((b) => [b.id, b]));
  const models = new Map(d.models.map((m) => [m.id, m.name]));
  const wide = width >= WIDE_EVIDENCE;
  const rows = observations.map((o) => {
    const origin = fromLine(o.origin);
    const quote = o.quote ? `“${o.quote}”` : '(no quote: private result)';
    const what = [
      models.get(o.model) ?? o.model,
      benchmarks.get(o.benchmark)?.name ?? o.benchmark,
      formatFigure(o, unitOf(benchmarks, o.benchmark)),
    ];
    return [...(wide ? what : [what.join('\n')]), `${o.source}\n${o.date}${origin}`, o.note ? `${quote}\nNote: ${o.note}` : quote];
  });
  return wide
    ? renderTable(['Model', 'Benchmark', 'Figure', 'Source', 'Quote and note'], rows, { width, fixed: [17, 16, 16, SOURCE_WIDTH, null] })
    : renderTable(['Figure', 'Source', 'Quote and note'], rows, { width, fixed: [22, SOURCE_WIDTH, null] });
}

/** Shown under the models when no file gave a price: the bundled articles disclose none. */
export const NO_PRICES =
  'No prices: the bundled data has none (neither source article discloses a price). Import them with "data import models-dev" or "data import artificial-analysis", or add a "prices" section to an overlay.';

/** A model's prices, newest first, dated first so a narrow column never cuts the date off. */
function priceLines(d: Dataset, model: string): string[] {
  return d.prices
    .filter((p) => p.model === model)
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.source < b.source ? -1 : 1))
    .map((p) => `Price ${p.date}: ${p.currency} ${p.input} in / ${p.output} out per 1M tokens (${p.source})`);
}

export function modelsTable(given: Dataset, width: number): string {
  const d = terminalSafe(given);
  const reqs = d.requirements;
  const rows = d.models.map((m) => [
    `${m.name}\n${m.id}${fromLine(m.origin)}`,
    m.vendor,
    reqs
      .map((r) => {
        const f = Object.hasOwn(m.governance, r.id) ? m.governance[r.id] : undefined;
        const v = f?.value ?? 'unknown';
        const inferred = f?.basis === 'inferred' ? ' (inferred)' : '';
        const dated = f?.date ? `, ${f.date}` : '';
        return `${r.label}: ${v}${inferred}${f?.detail ? ` (${f.detail})` : ''}${dated}${fromMark(f?.origin, m.origin)}`;
      })
      .join('\n'),
    [
      ...(m.release ?? []).map((r) => `Released ${r.released} (${r.source})`),
      ...(m.modes ?? []).map((mode) => `Mode: ${mode.name}`),
      ...priceLines(d, m.id),
    ].join('\n') || '—',
  ]);
  const table = renderTable(['Model', 'Vendor', 'Governance', 'Release, modes and prices'], rows, { width, fixed: [20, 11, 40, null] });
  return d.prices.length ? table : [table, ...hanging('', NO_PRICES, width)].join('\n');
}

export function benchmarksTable(given: Dataset, width: number): string {
  const d = terminalSafe(given);
  const rows = d.benchmarks.map((b) => {
    const s = b.scale;
    const bounds =
      s.kind === 'elo'
        ? `rating; vs fixed reference ${s.reference}`
        : s.kind === 'log'
          ? `log scale ${s.min.toExponential(0)}–${s.max.toExponential(0)}`
          : `${s.chance ?? s.min}–${s.max} ${s.unit}`;
    return [
      `${b.name}\n${b.id}${fromLine(b.origin)}`,
      b.measures,
      `${bounds}\n${b.higherIsBetter ? 'higher is better' : 'lower is better'}${b.role === 'efficiency' ? '\n(efficiency)' : ''}`,
      b.caveats.map((c) => `• ${c.text}`).join('\n') || '—',
    ];
  });
  return renderTable(['Benchmark', 'Measures', 'Scale', 'Caveats'], rows, { width, fixed: [22, 30, 22, null] });
}

export function sourcesTable(given: Dataset, width: number): string {
  const d = terminalSafe(given);
  const rows = d.sources.map((s) => [
    `${s.id}${s.kind === 'private' ? '\n(private)' : ''}${fromLine(s.origin)}`,
    `${s.title}\n${s.publisher}`,
    s.date,
    s.evaluators.join(', ') || '—',
  ]);
  return renderTable(['Source', 'Title and publisher', 'Published', 'Evaluators cited'], rows, { width, fixed: [24, null, 12, 28] });
}

export function workloadsTable(given: Dataset, width: number): string {
  const d = terminalSafe(given);
  const names = new Map(d.benchmarks.map((b) => [b.id, b.name]));
  const fixed = [22, 28, null];
  const rows = d.workloads.map((w) => [
    `${w.name}\n${w.id}${fromLine(w.origin)}`,
    w.description,
    w.benchmarks
      .map((wb) => `${names.get(wb.benchmark) ?? wb.benchmark} ×${wb.weight}${fromMark(wb.origin, w.origin)}: ${wb.rationale}`)
      .join('\n'),
  ]);
  return renderTable(['Workload', 'Description', 'Benchmarks, weights and why'], rows, { width, fixed });
}

/** Enough to fix a file in one sitting; `--json` has every finding. */
export const MAX_TEXT_FINDINGS = 500;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;

function contents(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([kind, n]) => `${n} ${n === 1 ? kind.replace(/s$/, '') : kind}`);
  return parts.length ? parts.join(', ') : 'nothing (an empty overlay)';
}

/** The `data validate` report for people: one line per finding ("FILE: PATH: message"), then a verdict. */
export function validationText(report: ValidationReport): string {
  // File names and messages can hold text from the files: neutralised for the terminal, once per line.
  const lines = report.findings.slice(0, MAX_TEXT_FINDINGS).map((f) => terminalText(formatFinding(f)));
  const hidden = report.findings.length - lines.length;
  if (hidden > 0) lines.push(`… and ${plural(hidden, 'more problem')} (see them all with --json)`);
  if (report.valid) {
    for (const f of report.files) lines.push(`${terminalText(f.file)}: valid: ${contents(f.contents)}`);
    return `${lines.join('\n')}\n`;
  }
  const files = new Set(report.findings.map((f) => f.file));
  if (!report.crossChecked) lines.push('Cross-checks against the bundled data (ids, quotes, bounds, dates) run once every file parses.');
  lines.push(`${plural(report.findings.length, 'problem')} in ${plural(files.size, 'file')}; fix them and run the check again.`);
  return `${lines.join('\n')}\n`;
}
