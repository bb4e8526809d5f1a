import type { RankingEntry, Recommendation, WorkloadResult } from '../engine/schema.js';
import { allOf } from '../errors.js';
import { mixPercents, num, pct, readable } from './format.js';
import { benchmarkInfo } from './honesty.js';
import { consolidationCostText } from './money-text.js';

// The answer, before any detail: what every format (terminal, Markdown, HTML) puts first. Plain text and
// numbers only; each renderer escapes the text for its medium.

export type Confidence = NonNullable<WorkloadResult['recommendation']>['confidence'];

/** The confidence word for a workload's pick: the engine's own (docs/scoring.md §7), never derived here. */
export function confidenceOf(w: WorkloadResult): Confidence | null {
  return w.recommendation?.confidence ?? null;
}

/** What each word means, as docs/scoring.md §7 defines it. */
export const CONFIDENCE_MEANING: Record<Confidence, string> = {
  clear:
    'leads beyond the noise (over the runner-up and the most likely challenger), wins at least 60% of the draws, has at least 75% coverage and rests on no proxy',
  likely: 'ahead, but not beyond the noise, or not on every test',
  tie: 'cannot be separated from another model (the lead is within the noise); the pick among them follows the tie rule',
  unresolved: 'does not lead on the evidence it shares with its challenger: the lead exists only through estimates',
};

/** Why a pick is not clear, in a few words, from the engine's reasons and the evaluation that would settle it; empty when clear. */
function confidenceWhy(w: WorkloadResult, benchmarkName: (id: string) => string): string {
  const r = w.recommendation;
  if (!r || r.confidence === 'clear') return '';
  const parts: string[] = [];
  if (r.confidence === 'tie') parts.push(`cannot be separated from ${allOf(r.tiedWith.map((t) => t.name))}; the tie rule picks ${r.name}`);
  else if (r.confidence === 'unresolved')
    parts.push(r.challenger ? `no lead over ${r.challenger.name} on shared evidence` : 'no other model is assessed');
  else {
    for (const x of r.reasons) {
      if (x.code === 'low-coverage') parts.push(`${pct(r.coverage)} coverage`);
      if (x.code === 'proxy') parts.push('rests on a figure measured on a sibling model');
      if (x.code === 'low-win-probability' || x.code === 'not-most-likely-winner') parts.push(`wins ${pct(r.winProbability)} of draws`);
    }
    if (parts.length === 0) parts.push('the lead is within the noise');
  }
  if (r.settle?.benchmarks.length) parts.push(`settle with ${allOf(r.settle.benchmarks.map(benchmarkName))}`);
  return [...new Set(parts)].join('; ');
}

export interface WorkloadSummary {
  workload: string;
  name: string;
  /** Whole percentage; the report's percentages add to 100. */
  share: string;
  pick: string | null;
  status: 'production' | 'pilot' | null;
  /** For a pilot pick: the best model with a generally-available API (null if none is eligible). */
  production: string | null;
  confidence: Confidence | null;
  /** A few words on why the pick is not clear; empty when it is. */
  why: string;
  /** When there is no pick: why. */
  noPick: string | null;
}

export function workloadSummaries(rec: Recommendation): WorkloadSummary[] {
  const share = mixPercents(rec);
  const words = readable(rec);
  const info = benchmarkInfo(rec);
  return rec.workloads.map((w) => {
    const r = w.recommendation;
    return {
      workload: w.workload,
      name: w.name,
      share: share(w.workload),
      pick: r?.name ?? null,
      status: r?.status ?? null,
      production: r?.status === 'pilot' ? (r.alternative?.name ?? null) : null,
      confidence: confidenceOf(w),
      why: confidenceWhy(w, (id) => info(id).name),
      noPick: r ? null : words(w.noRecommendationReason ?? 'every model is ruled out'),
    };
  });
}

/** "pilot only; production: Gemini 3.1 Pro", "production", or why there is no pick. */
export function statusText(s: WorkloadSummary): string {
  if (s.pick === null) return `no eligible model: ${s.noPick ?? ''}`;
  if (s.status === 'pilot') return `pilot; production: ${s.production ?? 'none eligible'}`;
  return 'production';
}

/** What giving up routing costs, with the spread the score ranges allow. */
export interface Gap {
  /** Σ share × (routed score − single score), at the point estimates. */
  loss: number;
  /** The same with every uncertain figure at its worst for the routed models and best for the single one, and back. */
  low: number;
  high: number;
}

export interface Verdict {
  /** route: routing scores better even at the worst of the ranges; one: one model loses nothing; either: the gap is within the ranges. */
  advice: 'route' | 'one' | 'either';
  routes: { workload: string; model: string }[];
  routedScore: number;
  single: { name: string; score: number; status: 'production' | 'pilot' };
  gap: Gap;
  /** The same comparison with pilot-only models replaced by their production alternatives; null when no pilot is involved or one has no alternative. */
  production: { routes: { workload: string; model: string }[]; routedScore: number; single: string; singleScore: number; gap: Gap } | null;
  /** What consolidating does to the monthly bill; null when a price or volume is unknown. */
  cost: string | null;
}

type Route = { workload: WorkloadResult; model: string };

function entry(w: WorkloadResult, model: string): RankingEntry | undefined {
  return w.ranking.find((e) => e.model === model);
}

function gapOf(routes: Route[], single: string): Gap | null {
  let loss = 0;
  let low = 0;
  let high = 0;
  for (const { workload: w, model } of routes) {
    const a = entry(w, model);
    const b = entry(w, single);
    if (!a || !b) return null;
    if (model === single) continue;
    loss += w.share * (a.score - b.score);
    low += w.share * (a.low - b.high);
    high += w.share * (a.high - b.low);
  }
  return { loss, low, high };
}

const blended = (routes: Route[]) => routes.reduce((s, r) => s + r.workload.share * (entry(r.workload, r.model)?.score ?? 0), 0);
const named = (routes: Route[]) => routes.map((r) => ({ workload: r.workload.name, model: entry(r.workload, r.model)?.name ?? r.model }));

/** One model or routing: null when some workload has no eligible model or no single model exists. */
export function verdictOf(rec: Recommendation): Verdict | null {
  const single = rec.portfolio.singleModel;
  if (!single || rec.portfolio.blendedScore === null) return null;
  const routes: Route[] = [];
  for (const w of rec.workloads) {
    if (!w.recommendation) return null;
    routes.push({ workload: w, model: w.recommendation.model });
  }
  const gap = gapOf(routes, single.model);
  if (!gap) return null;
  const advice = single.totalLoss <= 0 || gap.loss <= 0 ? 'one' : separated(gap) ? 'route' : 'either';

  let production: Verdict['production'] = null;
  const pilotInvolved = single.status === 'pilot' || rec.workloads.some((w) => w.recommendation?.status === 'pilot');
  const prodSingle = single.status === 'pilot' ? single.alternative : single;
  if (pilotInvolved && prodSingle) {
    const prodRoutes: Route[] = [];
    for (const w of rec.workloads) {
      const r = w.recommendation;
      const model = r?.status === 'pilot' ? r.alternative?.model : r?.model;
      if (model) prodRoutes.push({ workload: w, model });
    }
    const prodGap = prodRoutes.length === rec.workloads.length ? gapOf(prodRoutes, prodSingle.model) : null;
    if (prodGap) {
      production = {
        routes: named(prodRoutes),
        routedScore: blended(prodRoutes),
        single: prodSingle.name,
        singleScore: blended(prodRoutes.map((r) => ({ workload: r.workload, model: prodSingle.model }))),
        gap: prodGap,
      };
    }
  }
  return {
    advice,
    routes: named(routes),
    routedScore: rec.portfolio.blendedScore,
    single: { name: single.name, score: single.score, status: single.status },
    gap,
    production,
    cost: consolidationCostText(rec),
  };
}

/** Beyond the noise only when even the worst case gives something up at the precision shown (never "0.000 … beyond"). */
const separated = (g: Gap) => Math.round(g.low * 1000) > 0;

const gapWords = (g: Gap) =>
  `${num(g.loss)} (${num(g.low)} to ${num(g.high)} across the score ranges): ${separated(g) ? "beyond the method's noise" : "within the method's noise, so it may not matter"}`;

/** "Muse Spark for Vision & documents and Health Q&A, GPT-5.4 for Coding": one phrase per model, in order of first use. */
function routeList(routes: { workload: string; model: string }[]): string {
  const byModel = new Map<string, string[]>();
  for (const r of routes) byModel.set(r.model, [...(byModel.get(r.model) ?? []), r.workload]);
  return [...byModel].map(([model, workloads]) => `${model} for ${allOf(workloads)}`).join(', ');
}

/** The verdict as sentences, for any medium. */
export function verdictSentences(v: Verdict): string[] {
  const out: string[] = [];
  if (v.advice === 'one') {
    // A pick made by the tie rule may differ from the single model, which then scores as well or better.
    const everywhere = v.routes.every((r) => r.model === v.single.name);
    out.push(
      everywhere
        ? `One model: ${v.single.name} is the pick for every workload (blended score ${num(v.single.score)}); routing gains nothing.`
        : `One model: ${v.single.name} (blended score ${num(v.single.score)}) scores at least as well as routing to ${routeList(v.routes)} (${num(v.routedScore)}); routing gains nothing.`,
    );
  } else {
    const head = v.advice === 'route' ? 'Route' : 'Either';
    out.push(`${head}: ${routeList(v.routes)} (blended score ${num(v.routedScore)}).`);
    out.push(`One model for everything, ${v.single.name} (${num(v.single.score)}), gives up ${gapWords(v.gap)}.`);
  }
  if (v.single.status === 'pilot') out.push(`${v.single.name} is pilot-only: you cannot consolidate on it in production yet.`);
  const p = v.production;
  if (p) {
    out.push(
      p.gap.loss <= 0
        ? `In production (no pilot-only model), ${p.single} alone serves the mix as well as routing (${num(p.singleScore)}).`
        : `In production (no pilot-only model): ${routeList(p.routes)} (${num(p.routedScore)}); ${p.single} alone (${num(p.singleScore)}) gives up ${gapWords(p.gap)}.`,
    );
  }
  if (v.cost) out.push(v.cost);
  return out;
}

/** "Vision & documents → Muse Spark (pilot only; production: Gemini 3.1 Pro) · Coding → GPT-5.4": the picks in one line. */
export function picksLine(rec: Recommendation): string {
  const picks = workloadSummaries(rec).map(
    (s) => `${s.name} → ${s.pick === null ? 'no eligible model' : s.status === 'pilot' ? `${s.pick} (${statusText(s)})` : s.pick}`,
  );
  const single = rec.portfolio.singleModel;
  return `Your picks: ${picks.join(' · ')}${single ? `; one model for everything: ${single.name}` : ''}.`;
}

/** What the tables' terms mean: the short column name, its full name, and a line on what it is. */
export const LEGEND: readonly [string, string, string][] = [
  ['Score', 'Score', "0–1: the workload's benchmarks, weighted, each on a fixed scale"],
  ['Range', 'Range', 'the score with every uncertain figure at its worst and its best'],
  ['Win', 'Win probability', 'share of random draws in which it comes first'],
  ['Coverage', 'Coverage', "share of the workload's weight backed by the model's own figures"],
];

/** Σ share × (score, worst, best) of the model `pick` names for each workload; null if a workload has none. */
export function blendedRange(
  rec: Recommendation,
  pick: (w: WorkloadResult) => string | null | undefined,
): { score: number; low: number; high: number } | null {
  let score = 0;
  let low = 0;
  let high = 0;
  for (const w of rec.workloads) {
    const model = pick(w);
    const e = model ? entry(w, model) : undefined;
    if (!e) return null;
    score += w.share * e.score;
    low += w.share * e.low;
    high += w.share * e.high;
  }
  return { score, low, high };
}

/** The model a workload runs on in production: the pick, or its production alternative when the pick is pilot-only. */
export const productionModel = (w: WorkloadResult) =>
  w.recommendation?.status === 'pilot' ? w.recommendation.alternative?.model : w.recommendation?.model;
