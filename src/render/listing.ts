import { BUNDLED } from '../dataset/origin.js';
import type { Benchmark, Dataset } from '../dataset/schema.js';
import { formatFigure } from './figure.js';
import { terminalSafe } from './sanitize.js';
import { breakLongWords, fitWidths, renderTable, tableWidth } from './table.js';

export { type EvidenceRow, evidenceRows } from './evidence-rows.js';

/**
 * "[from FILE]" on its own line for what a user's file supplied (nothing for the bundled data),
 * broken to fit a column of `width` characters rather than cut.
 */
const fromLine = (origin: string | undefined, width: number) =>
  origin === undefined || origin === BUNDLED ? '' : `\n${breakLongWords(`[from ${origin}]`, width - 2)}`;
/** " [from FILE]" after a fact or weight a file other than its record's changed. */
const fromMark = (origin: string | undefined, recordOrigin: string, width: number) =>
  origin === undefined || origin === recordOrigin ? '' : ` ${breakLongWords(`[from ${origin}]`, width - 2)}`;

const unitOf = (benchmarks: Map<string, Benchmark>, id: string) => benchmarks.get(id)?.scale.unit ?? 'score';

const SOURCE_WIDTH = 24;

export function evidenceTable(given: Dataset, selected: Dataset['observations'], width: number): string {
  const d = terminalSafe(given);
  const observations = terminalSafe(selected);
  const benchmarks = new Map(d.benchmarks.map((b) => [b.id, b]));
  const rows = observations.map((o) => {
    const origin = fromLine(o.origin, SOURCE_WIDTH);
    const quote = o.quote ? `“${o.quote}”` : '(no quote: private result)';
    return [
      o.model,
      benchmarks.get(o.benchmark)?.name ?? o.benchmark,
      formatFigure(o, unitOf(benchmarks, o.benchmark)),
      `${o.source}\n${o.date}${origin}`,
      o.note ? `${quote}\nNote: ${o.note}` : quote,
    ];
  });
  return renderTable(['Model', 'Benchmark', 'Figure', 'Source', 'Quote and note'], rows, {
    width,
    fixed: [17, 16, 16, SOURCE_WIDTH, null],
  });
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
    `${m.name}\n${m.id}${fromLine(m.origin, 20)}`,
    m.vendor,
    reqs
      .map((r) => {
        const f = Object.hasOwn(m.governance, r.id) ? m.governance[r.id] : undefined;
        const v = f?.value ?? 'unknown';
        const inferred = f?.basis === 'inferred' ? ' (inferred)' : '';
        const dated = f?.date ? `, ${f.date}` : '';
        return `${r.label}: ${v}${inferred}${f?.detail ? ` (${f.detail})` : ''}${dated}${fromMark(f?.origin, m.origin, 40)}`;
      })
      .join('\n'),
    [
      ...(m.release ?? []).map((r) => `Released ${r.released} (${r.source})`),
      ...(m.modes ?? []).map((mode) => `Mode: ${mode.name}`),
      ...priceLines(d, m.id),
    ].join('\n') || '—',
  ]);
  const table = renderTable(['Model', 'Vendor', 'Governance', 'Release, modes and prices'], rows, { width, fixed: [20, 11, 40, null] });
  return d.prices.length ? table : `${table}\n${NO_PRICES}`;
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
      `${b.name}\n${b.id}${fromLine(b.origin, 22)}`,
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
    `${s.id}${s.kind === 'private' ? '\n(private)' : ''}${fromLine(s.origin, 24)}`,
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
  const weightsWidth = fitWidths(fixed, tableWidth(width))[2] ?? 12;
  const rows = d.workloads.map((w) => [
    `${w.name}\n${w.id}${fromLine(w.origin, 22)}`,
    w.description,
    w.benchmarks
      .map(
        (wb) => `${names.get(wb.benchmark) ?? wb.benchmark} ×${wb.weight}${fromMark(wb.origin, w.origin, weightsWidth)}: ${wb.rationale}`,
      )
      .join('\n'),
  ]);
  return renderTable(['Workload', 'Description', 'Benchmarks, weights and why'], rows, { width, fixed });
}
