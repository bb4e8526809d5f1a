import type { Dataset } from '../dataset/schema.js';
import { UserError } from '../errors.js';
import { workloadResult } from './evidence.js';
import { variants } from './fragile.js';
import { byId, gateReasons, governanceUsed, modelsAsOf } from './gates.js';
import {
  DEFAULT_NOISE,
  DETAIL_MODELS,
  EXACT_TERMS,
  LOW_COVERAGE,
  LOW_WIN_PROBABILITY,
  PARTIAL_COVERAGE,
  PROXY_PAD,
  SCHEMA_VERSION,
  SENSITIVITY,
  STALE_AFTER_DAYS,
} from './method.js';
import { buildCost } from './money.js';
import { buildPortfolio } from './portfolio.js';
import type { Plan } from './profile.js';
import { allFigures, evidenceCutoff, type Resolution, resolveObservations } from './resolve.js';
import type { Recommendation, Warning } from './schema.js';
import { placeTerms } from './score.js';
import { workloadTriggers } from './triggers.js';
import {
  asOfWarning,
  detailWarning,
  noEfficiencyWarning,
  noEligibleWarning,
  singlePilotWarning,
  sortWarnings,
  staleWarning,
} from './warnings.js';
import { applyAssumptions, unblockWorkload } from './whatif.js';
import { evaluateWorkload, figureWarnings, type GatedModel } from './workload.js';

// The engine's entry: recommend() runs a checked plan over the dataset (each workload, then the portfolio, the
// cost and the triggers) and returns the Recommendation. Also re-exports the parts compare.ts uses.

export { API_GA, gateReasons, isGenerallyAvailable, modelsAsOf } from './gates.js';
export { type Basis, figureInterval, type Interval, normalize } from './intervals.js';
export * from './method.js';
export { allFigures, evidenceCutoff, lookupFigure, type Resolution, type ResolvedFigure, resolveObservations } from './resolve.js';

export interface RecommendMeta {
  tool: { name: string; version: string };
  /** The overlay files merged over the bundled data, as the user named them. */
  overlays: string[];
  /** The loader's override notices ("x overrides y"), reported as warnings. */
  loadWarnings?: string[];
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function efficiencyBenchmark(dataset: Dataset) {
  const found = dataset.benchmarks.filter((b) => b.role === 'efficiency');
  if (found.length > 1) {
    const ids = found.map((b) => b.id).sort();
    throw new UserError(
      `the dataset marks ${found.length} benchmarks as efficiency (${ids.join(', ')}); the cost weight needs exactly one, so mark the others "quality"`,
    );
  }
  return found[0] ?? null;
}

/**
 * The date of the newest *published* figure in use. A team's own private results, however fresh,
 * say nothing about whether newer models or public results exist, so they do not make the data
 * current; only when every figure is private does their date count.
 */
function publishedAsOf(dataset: Dataset, resolution: Resolution): string | null {
  const privateSources = new Set(dataset.sources.filter((s) => s.kind === 'private').map((s) => s.id));
  let newest: string | null = null;
  for (const f of allFigures(resolution)) {
    if (!privateSources.has(f.used.source) && (newest === null || f.used.date > newest)) newest = f.used.date;
  }
  return newest;
}

/** Display facts for the benchmarks the report mentions (in contributions or evidence). */
/** Benchmarks on which some model has a figure of its own (numbers, not a proxy): for the no-figures warning only. */
function figuredBenchmarks(resolution: Resolution): Set<string> {
  const out = new Set<string>();
  for (const f of allFigures(resolution)) {
    const o = f.used;
    if (!o.proxyFor && (o.value !== undefined || o.low !== undefined)) out.add(f.benchmark);
  }
  return out;
}

function reportBenchmarks(dataset: Dataset, results: Recommendation['workloads']): Recommendation['benchmarks'] {
  const used = new Set<string>();
  for (const w of results) {
    for (const e of w.evidence) used.add(e.benchmark);
    for (const r of w.ranking) {
      for (const c of r.contributions) used.add(c.benchmark);
      if (r.efficiencyContribution) used.add(r.efficiencyContribution.benchmark);
    }
  }
  // Sorted by id, so reordering the input never reorders the output.
  return dataset.benchmarks
    .filter((b) => used.has(b.id))
    .map((b) => ({ id: b.id, name: b.name, unit: b.scale.unit, higherIsBetter: b.higherIsBetter }))
    .sort((a, b) => byId(a.id, b.id));
}

/**
 * The scoring engine: for each workload in the profile's mix, the best eligible model, how sure we are and
 * why; across the mix, a routing plan and the best single model. Pure and deterministic for a given seed.
 * The plan is a profile checked at the edge it came from (checkProfile, profile.ts): nothing is checked here.
 */
export function recommend(data: Dataset, plan: Plan, meta: RecommendMeta): Recommendation {
  return evaluate(data, plan, meta).recommendation;
}

/** What the engine worked from besides the report: the figures that counted and the models as of the cutoff. */
export interface Evaluation {
  recommendation: Recommendation;
  resolution: Resolution;
  models: Dataset['models'];
}

/** recommend, with what it worked from: for a view that must show the same figures (compare.ts), not recompute them. */
export function evaluate(data: Dataset, plan: Plan, meta: RecommendMeta): Evaluation {
  const { profile } = plan;
  // What-ifs go in as one more (in-memory, labelled) overlay would: everything below sees the assumed world.
  // Nothing published after --as-of, or after --today when that is earlier, is used: figures, facts, caveats, verdicts.
  const cutoff = evidenceCutoff(profile);
  const dataset = applyAssumptions(data, profile.assumptions, cutoff);
  const resolution = resolveObservations(dataset, cutoff);
  const efficiency = efficiencyBenchmark(dataset);
  const models = modelsAsOf(dataset.models, cutoff);
  const base = {
    benchmarks: new Map(dataset.benchmarks.map((b) => [b.id, b])),
    efficiency,
    resolution,
    costWeight: profile.costWeight,
    samples: profile.samples,
    seed: profile.seed,
    asOf: cutoff,
    figured: figuredBenchmarks(resolution),
    verdicts: dataset.verdicts.filter((v) => v.date <= cutoff),
    names: new Map(dataset.models.map((m) => [m.id, m.name])),
  };
  const gated: GatedModel[] = models.map((model) => ({
    model,
    gates: gateReasons(model, plan.requirements, plan.exclude.has(model.id)),
  }));
  const terms = placeTerms(
    base,
    models,
    plan.workloads.flatMap((ws) => ws.workload.benchmarks.map((b) => b.benchmark)),
  );
  const ctx = { ...base, variants: variants(base, terms) };
  const outcomes = plan.workloads.map((ws) => evaluateWorkload(ctx, ws, gated, terms));
  const portfolio = buildPortfolio(
    outcomes.map((o) => ({
      workload: o.workload.id,
      share: o.share,
      entries: o.entries,
      pick: o.chosen?.pick.model ?? null,
    })),
  );
  // The single model is detailed in every workload, so the details wait for the portfolio.
  const benchmarkName = (id: string) => ctx.benchmarks.get(id)?.name ?? id;
  const triggerContext = { ctx, requirements: plan.requirements, labels: new Map(dataset.requirements.map((r) => [r.id, r])) };
  const workloads: Recommendation['workloads'] = outcomes.map((o) => ({
    ...workloadResult(ctx, o, portfolio.singleModel?.model ?? null),
    triggers: workloadTriggers(triggerContext, o, portfolio.singleModel),
    ...(o.chosen ? {} : { unblock: unblockWorkload(o, plan.requirements, benchmarkName) }),
  }));

  const warnings: Warning[] = (meta.loadWarnings ?? []).map((message) => ({ code: 'override', message }));
  const asOf = publishedAsOf(dataset, resolution) ?? resolution.newestDate;
  const ageDays = asOf === null ? null : daysBetween(asOf, profile.today);
  const stale = ageDays !== null && ageDays > STALE_AFTER_DAYS;
  if (stale && asOf !== null && ageDays !== null) warnings.push(staleWarning(ageDays, asOf, profile.today));
  if (resolution.removed.length > 0)
    warnings.push(asOfWarning(cutoff, resolution.removed.length, profile.asOf === null || profile.asOf >= profile.today));
  if (!gated.some((c) => c.gates.length === 0)) warnings.push(noEligibleWarning(plan.requirements, plan.exclude.size));
  if (!efficiency && profile.costWeight > 0) warnings.push(noEfficiencyWarning());
  // One at a time: a list of thousands (a proxy per figure of 1,000 models) is too long for push(...list).
  for (const w of [...outcomes.flatMap((o) => o.warnings), ...figureWarnings(ctx, outcomes)]) warnings.push(w);
  if (workloads.some((w) => w.ranking.some((e) => !e.detailed))) warnings.push(detailWarning(dataset.models.length));
  const single = portfolio.singleModel;
  if (single?.status === 'pilot') warnings.push(singlePilotWarning(single, single.alternative));

  const recommendation: Recommendation = {
    hypothetical: profile.assumptions.length > 0,
    assumptions: profile.assumptions.map((a) => ({ ...a })),
    schemaVersion: SCHEMA_VERSION,
    tool: { name: meta.tool.name, version: meta.tool.version },
    dataset: {
      id: dataset.info.id,
      title: dataset.info.title,
      asOf,
      today: profile.today,
      ageDays,
      stale,
      sources: dataset.sources
        .map((s) => ({
          id: s.id,
          title: s.title,
          publisher: s.publisher,
          date: s.date,
          origin: s.origin,
          ...(s.attribution ? { attribution: s.attribution } : {}),
        }))
        .sort((a, b) => byId(a.id, b.id)),
      overlays: [...meta.overlays],
    },
    profile,
    benchmarks: reportBenchmarks(dataset, workloads),
    requirements: plan.requirements.map((id) => ({ id, label: dataset.requirements.find((r) => r.id === id)?.label ?? id })),
    method: {
      samples: profile.samples,
      seed: profile.seed,
      costWeight: profile.costWeight,
      lowWinProbability: LOW_WIN_PROBABILITY,
      lowCoverage: LOW_COVERAGE,
      staleAfterDays: STALE_AFTER_DAYS,
      proxyPad: PROXY_PAD,
      partialCoverage: PARTIAL_COVERAGE,
      defaultNoise: { ...DEFAULT_NOISE },
      sensitivity: SENSITIVITY.map((s) => ({ ...s, alternatives: [...s.alternatives] })),
      exactTerms: EXACT_TERMS,
      detailModels: DETAIL_MODELS,
    },
    workloads,
    portfolio,
    cost: buildCost(dataset, resolution, profile, workloads, portfolio),
    // The facts as the gates saw them: on --as-of a fact first stated later is "unknown" (modelsAsOf).
    governance: governanceUsed({ models, requirements: dataset.requirements }, workloads),
    warnings: sortWarnings(warnings),
  };
  return { recommendation, resolution, models };
}
