import type { Contribution, RankingEntry, Recommendation } from '../engine/schema.js';
import { formatFigure } from './figure.js';
import { fromFile, num } from './format.js';

type Unit = Recommendation['benchmarks'][number]['unit'];
export type BenchmarkInfo = (id: string) => { name: string; unit: Unit };

export function benchmarkInfo(rec: Recommendation): BenchmarkInfo {
  const map = new Map(rec.benchmarks.map((b) => [b.id, b]));
  return (id) => map.get(id) ?? { name: id, unit: 'score' };
}

const BASIS: Record<Contribution['basis'], string> = {
  measured: 'measured',
  range: 'range',
  label: 'words',
  proxy: 'PROXY',
  missing: 'MISSING',
};

/** A figure as reported, or what stood in for it. */
export function contributionFigure(c: Contribution, unit: Unit): string {
  if (c.basis === 'missing') {
    const words = c.label ? `“${c.label}” (words only); ` : '';
    return c.normalizedLow === 0 && c.normalizedHigh === 1 ? `${words}no figure: whole scale` : `${words}no figure: peers’ span`;
  }
  const shown = {
    value: c.value ?? undefined,
    low: c.low ?? undefined,
    high: c.high ?? undefined,
    label: c.label ?? undefined,
  };
  return formatFigure(shown, unit);
}

export function contributionSource(c: Contribution): string {
  if (!c.source) return '—';
  return `${c.source}, ${c.date}${fromFile(c.origin)}`;
}

export function normalisedText(c: Contribution): string {
  return c.normalizedLow === c.normalizedHigh
    ? num(c.normalized)
    : `${num(c.normalized)} (${num(c.normalizedLow, 2)}–${num(c.normalizedHigh, 2)})`;
}

/** One row per benchmark in a model's workload score, plus the efficiency term when it counts. */
export function explainRows(e: RankingEntry, info: BenchmarkInfo): string[][] {
  const all =
    e.efficiencyContribution && e.efficiencyContribution.weight > 0 ? [...e.contributions, e.efficiencyContribution] : e.contributions;
  return all.map((c) => {
    const b = info(c.benchmark);
    return [
      b.name,
      num(c.weight, 2),
      contributionFigure(c, b.unit),
      BASIS[c.basis],
      normalisedText(c),
      num(c.contribution),
      contributionSource(c),
    ];
  });
}
