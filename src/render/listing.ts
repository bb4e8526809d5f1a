import type { Benchmark, Dataset } from '../dataset/schema.js';
import { formatFigure } from './figure.js';
import { renderTable } from './table.js';

export { type EvidenceRow, evidenceRows } from './evidence-rows.js';

const unitOf = (benchmarks: Map<string, Benchmark>, id: string) => benchmarks.get(id)?.scale.unit ?? 'score';

export function evidenceTable(d: Dataset, observations: Dataset['observations'], width: number): string {
  const benchmarks = new Map(d.benchmarks.map((b) => [b.id, b]));
  const rows = observations.map((o) => {
    const origin = o.origin === 'bundled' ? '' : `\n[from ${o.origin}]`;
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
    fixed: [17, 16, 16, 24, null],
  });
}

export function modelsTable(d: Dataset, width: number): string {
  const reqs = d.requirements;
  const rows = d.models.map((m) => [
    `${m.name}\n${m.id}`,
    m.vendor,
    reqs
      .map((r) => {
        const f = m.governance[r.id];
        const v = f?.value ?? 'unknown';
        return `${r.label}: ${v}${f?.detail ? ` (${f.detail})` : ''}`;
      })
      .join('\n'),
    [...(m.release ?? []).map((r) => `Released ${r.released} (${r.source})`), ...(m.modes ?? []).map((mode) => `Mode: ${mode.name}`)].join(
      '\n',
    ) || '—',
  ]);
  return renderTable(['Model', 'Vendor', 'Governance', 'Release and modes'], rows, { width, fixed: [20, 11, 40, null] });
}

export function benchmarksTable(d: Dataset, width: number): string {
  const rows = d.benchmarks.map((b) => {
    const s = b.scale;
    const bounds =
      s.kind === 'elo'
        ? `rating; vs fixed reference ${s.reference}`
        : s.kind === 'log'
          ? `log scale ${s.min.toExponential(0)}–${s.max.toExponential(0)}`
          : `${s.chance ?? s.min}–${s.max} ${s.unit}`;
    return [
      `${b.name}\n${b.id}`,
      b.measures,
      `${bounds}\n${b.higherIsBetter ? 'higher is better' : 'lower is better'}${b.role === 'efficiency' ? '\n(efficiency)' : ''}`,
      b.caveats.map((c) => `• ${c.text}`).join('\n') || '—',
    ];
  });
  return renderTable(['Benchmark', 'Measures', 'Scale', 'Caveats'], rows, { width, fixed: [22, 30, 22, null] });
}

export function sourcesTable(d: Dataset, width: number): string {
  const rows = d.sources.map((s) => [s.id, `${s.title}\n${s.publisher}`, s.date, s.evaluators.join(', ') || '—']);
  return renderTable(['Source', 'Title and publisher', 'Published', 'Evaluators cited'], rows, { width, fixed: [24, null, 12, 28] });
}

export function workloadsTable(d: Dataset, width: number): string {
  const names = new Map(d.benchmarks.map((b) => [b.id, b.name]));
  const rows = d.workloads.map((w) => [
    `${w.name}\n${w.id}`,
    w.description,
    w.benchmarks.map((wb) => `${names.get(wb.benchmark) ?? wb.benchmark} ×${wb.weight}: ${wb.rationale}`).join('\n'),
  ]);
  return renderTable(['Workload', 'Description', 'Benchmarks, weights and why'], rows, { width, fixed: [22, 28, null] });
}
