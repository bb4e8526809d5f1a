import type { Dataset, Price, WithOrigin } from '../dataset/schema.js';
import { evidenceCutoff, type Resolution } from './resolve.js';
import type { Profile, Recommendation } from './schema.js';
import type { Cost, CostLine } from './schema-money.js';

// Monthly cost: each workload's monthly tokens split input:output by the profile's ratio (default 3:1, the
// common blended-price convention), priced at the newest price of the routed model and of the single model.
// An unknown price stays unknown: it is named, never counted as zero, and a total that needs it is unknown.

export const NO_PRICES_NOTE =
  'The data has no prices, so no cost can be computed. Add list prices with an overlay ("prices": [{ "model", "input", "output", "currency", "source", "date", "quote" }], per 1M tokens; see README, "Monthly cost") and pass it with --data.';
export const NO_VOLUME_NOTE =
  'No monthly volume was given: prices are per 1M tokens. Give it with --volume, e.g. --volume vision=20M,coding=50M (k, M, B).';

/** The newest price of each model dated on or before `asOf` (all when null); on one date, the later in the data. */
export function newestPrices(prices: readonly WithOrigin<Price>[], asOf: string | null): Map<string, WithOrigin<Price>> {
  const out = new Map<string, WithOrigin<Price>>();
  for (const p of prices) {
    if (asOf !== null && p.date > asOf) continue;
    const had = out.get(p.model);
    if (!had || p.date >= had.date) out.set(p.model, p);
  }
  return out;
}

/** The efficiency benchmark's resolved token count per model, and their median (the verbosity reference). */
function tokenCounts(dataset: Dataset, resolution: Resolution): { benchmark: string; counts: Map<string, number>; median: number } | null {
  const bench = dataset.benchmarks.find((b) => b.role === 'efficiency');
  if (!bench) return null;
  const counts = new Map<string, number>();
  for (const [model, figures] of resolution.figures) {
    const used = figures.get(bench.id)?.used;
    if (used?.value !== undefined && !used.proxyFor && used.value > 0) counts.set(model, used.value);
  }
  if (counts.size === 0) return null;
  const sorted = [...counts.values()].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return { benchmark: bench.id, counts, median };
}

interface Pricing {
  prices: Map<string, WithOrigin<Price>>;
  ratio: Profile['ioRatio'];
  verbosity: ReturnType<typeof tokenCounts>;
}

function line(p: Pricing, model: { model: string; name: string }, volume: number | null): CostLine {
  const price = p.prices.get(model.model) ?? null;
  const inShare = p.ratio.input / (p.ratio.input + p.ratio.output);
  const outShare = 1 - inShare;
  const blended = price ? inShare * price.input + outShare * price.output : null;
  const monthly = blended !== null && volume !== null ? (blended * volume) / 1e6 : null;
  const count = p.verbosity?.counts.get(model.model);
  const factor = p.verbosity && count !== undefined ? count / p.verbosity.median : null;
  const adjusted =
    price && volume !== null && factor !== null ? ((inShare * price.input + outShare * price.output * factor) * volume) / 1e6 : null;
  return {
    model: model.model,
    name: model.name,
    price: price
      ? { input: price.input, output: price.output, currency: price.currency, source: price.source, date: price.date, origin: price.origin }
      : null,
    blendedPerMillion: blended,
    monthly,
    verbosityFactor: factor,
    monthlyAdjusted: adjusted,
  };
}

/** A plan's totals over the workloads with a volume: unknown when a price is unknown or the currencies differ. */
function totals(lines: readonly (CostLine | null)[]): Cost['routed'] {
  const currencies = new Set(lines.map((l) => l?.price?.currency));
  const [currency] = currencies;
  if (lines.length === 0 || currencies.size !== 1 || currency === undefined)
    return { monthly: null, monthlyAdjusted: null, currency: null };
  const sum = (key: 'monthly' | 'monthlyAdjusted') =>
    lines.every((l) => typeof l?.[key] === 'number') ? lines.reduce((s, l) => s + (l?.[key] as number), 0) : null;
  return { monthly: sum('monthly'), monthlyAdjusted: sum('monthlyAdjusted'), currency };
}

/** The report's cost section: per workload the routed and the single model's monthly cost, and both totals. */
export function buildCost(
  dataset: Dataset,
  resolution: Resolution,
  profile: Profile,
  workloads: readonly Pick<Recommendation['workloads'][number], 'workload' | 'share' | 'recommendation'>[],
  portfolio: Recommendation['portfolio'],
): Cost {
  const pricing: Pricing = {
    prices: newestPrices(dataset.prices, evidenceCutoff(profile)),
    ratio: profile.ioRatio,
    verbosity: tokenCounts(dataset, resolution),
  };
  const single = portfolio.singleModel;
  const rows = workloads
    .filter((w) => w.share > 0)
    .map((w) => {
      const volume = profile.volume[w.workload] ?? null;
      const pick = w.recommendation;
      return {
        workload: w.workload,
        volume,
        routed: pick ? line(pricing, pick, volume) : null,
        production: pick?.status === 'pilot' && pick.alternative ? line(pricing, pick.alternative, volume) : null,
        single: single ? line(pricing, single, volume) : null,
      };
    });
  const withVolume = rows.filter((r) => r.volume !== null);
  const routed = totals(withVolume.map((r) => r.routed));
  const singleTotal = totals(withVolume.map((r) => r.single));
  const unknown = new Map<string, string>();
  for (const r of rows) for (const l of [r.routed, r.single]) if (l && !l.price) unknown.set(l.model, l.name);
  const pricesInData = dataset.prices.length > 0;
  return {
    ioRatio: { ...profile.ioRatio },
    pricesInData,
    note: !pricesInData ? NO_PRICES_NOTE : withVolume.length === 0 ? NO_VOLUME_NOTE : null,
    verbosity: pricing.verbosity ? { benchmark: pricing.verbosity.benchmark, median: pricing.verbosity.median } : null,
    workloads: rows,
    routed,
    single: singleTotal,
    consolidationDelta:
      routed.monthly !== null && singleTotal.monthly !== null && routed.currency === singleTotal.currency
        ? singleTotal.monthly - routed.monthly
        : null,
    scoreGivenUp: single ? single.totalLoss : null,
    unknownPrices: [...unknown]
      .map(([model, name]) => ({ model, name }))
      .sort((a, b) => (a.model < b.model ? -1 : a.model > b.model ? 1 : 0)),
  };
}
