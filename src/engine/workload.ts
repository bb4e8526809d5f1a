import type { Model, Verdict, WithOrigin } from '../dataset/schema.js';
import { fragility, type Variant } from './fragile.js';
import { type Chosen, choosePick, lacking, pickWarnings } from './pick.js';
import type { WorkloadShare } from './profile.js';
import { canonicalOrder, type Entry, rankingOrder } from './rank.js';
import type { Obs } from './resolve.js';
import { Rng, winProbabilities } from './sample.js';
import type { Reason, Warning, WorkloadResult } from './schema.js';
import { layoutOf, type ScoringContext, scoreModel, type Terms } from './score.js';
import { collectCaveats, conflictWarning, modeWarning, noFiguresWarning, proxyWarning } from './warnings.js';

// One workload evaluated: every model scored, the eligible ones sampled and ranked, the pick chosen with its
// warnings and the sources' verdicts; and the figure warnings, raised once for the whole mix.

/** A model and its verdict at the gates, which do not depend on the workload. */
export interface GatedModel {
  model: WithOrigin<Model>;
  gates: Reason[];
}

export interface WorkloadContext extends ScoringContext {
  samples: number;
  seed: number;
  /** The as-of date (null: none): caveats dated later are left out. */
  asOf: string | null;
  /** Benchmarks on which at least one model has a figure of its own (for the no-figures warning only). */
  figured: Set<string>;
  /** The sources' verdicts published on or before the as-of date. */
  verdicts: readonly WithOrigin<Verdict>[];
  /** The sensitivity variants of the constants no source gives. */
  variants: readonly Variant[];
  /** Model id → display name. */
  names: Map<string, string>;
}

export interface WorkloadOutcome {
  workload: WorkloadShare['workload'];
  share: number;
  /** Every model, in ranking order. */
  entries: Entry[];
  chosen: Chosen | null;
  /** The benchmarks whose observations are evidence: the workload's, and token counts when the cost weight makes them count. */
  listed: string[];
  /** The benchmarks that carry weight, and the efficiency benchmark when the cost weight is above 0. */
  scored: { benchmark: string; weight: number }[];
  caveats: WorkloadResult['caveats'];
  notAssessed: WorkloadResult['notAssessed'];
  verdicts: WorkloadResult['verdicts'];
  /** Blank benchmarks and the pick's: the figures' own warnings are raised once for the mix (figureWarnings). */
  warnings: Warning[];
}

const short = (r: Reason) =>
  r.code === 'unverified-requirement' ? `unverified ${r.requirement}` : r.code === 'excluded' ? 'excluded' : r.message;

export function noRecommendation(entries: readonly Entry[]): string {
  if (entries.length === 0) return 'The dataset has no models.';
  if (entries.some((e) => e.eligible)) {
    const names = entries.filter((e) => e.eligible).map((e) => e.model.name);
    return `No eligible model has a figure of its own on this workload's benchmarks: ${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not assessed.`;
  }
  return `No model passes the gates: ${entries.map((e) => `${e.model.name} (${e.gates.map(short).join('; ')})`).join(', ')}.`;
}

type Bench = NonNullable<ReturnType<WorkloadContext['benchmarks']['get']>>;

/**
 * The warnings the figures raise, once for the whole mix: a figure says the same in every workload, and with
 * 1,000 models a warning per workload would be thousands of duplicate sentences. Proxies and modes of eligible
 * models where they carry weight, and disagreeing sources on benchmarks some workload scores.
 */
export function figureWarnings(ctx: WorkloadContext, outcomes: readonly WorkloadOutcome[]): Warning[] {
  const warnings: Warning[] = [];
  const bench = (id: string) => ctx.benchmarks.get(id) as Bench;
  const [proxies, modes] = [new Set<Obs>(), new Set<Obs>()];
  const models = new Map<string, Entry['model']>();
  for (const { entries } of outcomes) {
    for (const e of entries) {
      models.set(e.model.id, e.model);
      if (!e.eligible) continue;
      for (const o of e.score.proxies) {
        if (proxies.has(o)) continue;
        proxies.add(o);
        warnings.push(proxyWarning(e.model, o, bench(o.benchmark)));
      }
      for (const o of e.score.modes) {
        if (modes.has(o)) continue;
        modes.add(o);
        warnings.push(modeWarning(e.model, o, bench(o.benchmark)));
      }
    }
  }
  const used = new Set(outcomes.flatMap((o) => o.scored.map((w) => w.benchmark)));
  for (const figure of ctx.resolution.disputed) {
    const model = models.get(figure.model);
    if (!model || !used.has(figure.benchmark)) continue;
    for (const other of figure.conflicts) warnings.push(conflictWarning(model, figure.used, other, bench(figure.benchmark)));
  }
  return warnings;
}

/**
 * One workload: every model scored from its placed terms, the eligible ones sampled (in an order fixed by
 * their figures, on a stream named after the workload, so adding another workload to the mix changes nothing
 * here), ranked, and the best eligible one recommended with its confidence, status and caveats. Numbers only:
 * contributions and evidence wait until the portfolio has named its single model (see evidence.ts).
 */
export function evaluateWorkload(
  ctx: WorkloadContext,
  { workload, share }: WorkloadShare,
  gated: readonly GatedModel[],
  terms: Terms,
): WorkloadOutcome {
  const layout = layoutOf(ctx, terms, workload);
  const entries: Entry[] = gated.map((c) => {
    const score = scoreModel(ctx, terms, terms.rows.get(c.model.id) as number, layout);
    return { model: c.model, eligible: c.gates.length === 0, gates: c.gates, score, winProbability: score.assessed ? 0 : null };
  });
  // Only models with evidence of their own compete: a model known only through gaps is not assessed, not ranked.
  const competing = entries.filter((e) => e.eligible && e.score.assessed).sort(canonicalOrder);
  const p = winProbabilities(
    competing.map((e) => e.score),
    ctx.samples,
    new Rng(ctx.seed, workload.id),
  );
  competing.forEach((e, i) => {
    e.winProbability = p[i] as number;
  });
  entries.sort(rankingOrder);
  const eligible = entries.filter((e) => e.eligible && e.score.assessed);
  const unassessedRivals = entries.filter((e) => e.eligible && !e.score.assessed).length;
  const chosen = choosePick(eligible, unassessedRivals, (id) => ctx.benchmarks.get(id)?.name ?? id);
  if (chosen) chosen.pick.fragile = fragility(ctx, eligible, chosen.pick.model, ctx.variants);
  const notAssessed = entries
    .filter((e) => !e.score.assessed)
    .map((e) => ({ model: e.model.id, name: e.model.name, missing: lacking(e.score) }));
  const verdicts = verdictsFor(ctx, workload.id, chosen);

  // Token counts are evidence only when the cost weight makes them count.
  const { weights } = layout;
  const listed = [...weights.map((w) => w.benchmark), ...(ctx.efficiency && ctx.costWeight > 0 ? [ctx.efficiency.id] : [])];
  const scored = [
    ...weights.filter((w) => w.weight > 0),
    ...(ctx.efficiency && ctx.costWeight > 0 ? [{ benchmark: ctx.efficiency.id, weight: ctx.costWeight }] : []),
  ];
  const caveats = collectCaveats(ctx.asOf, [
    ...scored.map((w) => ({ id: w.benchmark, caveats: ctx.benchmarks.get(w.benchmark)?.caveats ?? [] })),
    workload,
    ...(chosen ? [chosen.best.model] : []),
    ...(chosen?.alternative ? [chosen.alternative.model] : []),
  ]);

  const warnings: Warning[] = [];
  for (const { benchmark, weight } of scored) {
    if (!ctx.figured.has(benchmark)) warnings.push(noFiguresWarning(ctx.benchmarks.get(benchmark) as Bench, workload.name, weight));
  }
  if (chosen) warnings.push(...pickWarnings(workload.name, chosen, eligible));
  return { workload, share, entries, chosen, listed, scored, caveats, notAssessed, verdicts, warnings };
}

/** The sources' verdicts on a workload, each saying whether the computed pick is among the models it favours. */
function verdictsFor(ctx: WorkloadContext, workload: string, chosen: Chosen | null): WorkloadResult['verdicts'] {
  return ctx.verdicts
    .filter((v) => v.workload === workload)
    .map((v) => {
      const agrees = chosen ? v.models.includes(chosen.pick.model) : null;
      const favoured = v.models.map((id) => ctx.names.get(id) ?? id).join(' or ');
      const pick = chosen?.pick.name;
      const message =
        agrees === null
          ? `${v.source} favours ${favoured}; no model is recommended here`
          : agrees
            ? `${v.source} favours ${favoured}: it agrees with the pick, ${pick}`
            : `${v.source} favours ${favoured}, but the computed pick is ${pick}: they disagree`;
      return { source: v.source, date: v.date, quote: v.quote ?? '', models: [...v.models], agrees, message };
    });
}
