import type { Requirement } from '../dataset/schema.js';
import { percent as pct } from '../render/format.js';
import { API_GA, isGenerallyAvailable } from './gates.js';
import { denormalize } from './intervals.js';
import { TRIGGER_MODELS } from './method.js';
import type { Chosen } from './pick.js';
import { alternativesOf } from './profile-shape.js';
import type { Entry } from './rank.js';
import type { Recommendation } from './schema.js';
import type { Trigger } from './schema-money.js';
import { BASES, type ScoringContext } from './score.js';
import { atFigure, pickAfter, pickModelAfter, productionPick, withFacts } from './whatif.js';
import type { WorkloadOutcome } from './workload.js';

// What would change each workload's decision, smallest changes first: a governance fact turning "yes", one
// benchmark figure reaching a threshold, the mix's share crossing a break-even, and the evaluation that would
// settle an uncertain pick. Every "would the pick change?" is put to the engine's own ranking and pick rule
// (whatif.ts) at point scores; the work is bounded by looking only at the leading few models.

/** How many challengers are examined per workload (blocked models: TRIGGER_MODELS, method.ts). */
export const FIGURE_CHALLENGERS = 3;
/** Per challenger, the benchmarks needing the smallest rise (of its 0–1 figure) to overtake the pick. */
export const FIGURE_BENCHMARKS = 3;
/**
 * Halvings of the scale in the fallback search: 2^-30 of a 0–100 scale is about 1e-7 points, far below the 0.1
 * a sentence shows (the shown figure is then re-checked against the pick rule), at half the cost of 60.
 */
const BISECTION_STEPS = 30;
/** On the 0–1 scale: far above the engine's tie width (1e-12), far below any displayed digit. */
const ROOT_MARGIN = 1e-9;

interface TriggerContext {
  ctx: ScoringContext;
  requirements: readonly string[];
  labels: ReadonlyMap<string, Requirement>;
}

type Outcome = NonNullable<Trigger['becomes']>;
const outcomeOf = (c: Chosen | null): Outcome | null => (c ? { model: c.pick.model, name: c.pick.name, status: c.pick.status } : null);

/** "the production pick for Vision & documents becomes Muse Spark" or "the pick … becomes X, for a pilot only". */
function becomesText(workload: string, before: Chosen | null, after: Chosen): string {
  const prod = productionPick(after);
  if (after.pick.status === 'production') return `the production pick for ${workload} becomes ${after.pick.name}`;
  const stays = prod && prod.model !== productionPick(before)?.model ? `; the production pick becomes ${prod.name}` : '';
  return `the pick for ${workload} becomes ${after.pick.name}, for a pilot only${stays}`;
}

const changed = (before: Chosen | null, after: Chosen | null) =>
  after !== null &&
  (before === null || after.pick.model !== before.pick.model || productionPick(after)?.model !== productionPick(before)?.model);

/** `key` is a requirement of the checked profile, so one of the dataset's requirements: it always has a label. */
function factText(name: string, key: string, labels: TriggerContext['labels'], again: boolean): string {
  if (key === API_GA) return `${again ? 'its' : `${name}'s`} API becomes generally available`;
  return `${again ? 'it' : name} is verified to meet "${(labels.get(key) as Requirement).label}"`;
}

/** The facts that keep a model out (one per failed requirement: the first alternative not known to be "no"). */
function blockingFacts(e: Entry): string[] {
  const facts: string[] = [];
  for (const g of e.gates) {
    if (!g.requirement) continue;
    const options = alternativesOf(g.requirement);
    facts.push(options.find((r) => e.model.governance[r]?.value !== 'no') ?? (options[0] as string));
  }
  return facts;
}

function governanceTriggers(t: TriggerContext, o: WorkloadOutcome, eligible: readonly Entry[], name: (id: string) => string): Trigger[] {
  const before = o.chosen;
  const bar = productionPick(before);
  const barScore = bar ? (o.entries.find((e) => e.model.id === bar.model)?.score.score ?? 0) : Number.NEGATIVE_INFINITY;
  // Only models that could outrank the production pick: blocked ones (not excluded), and pilots ranked above it.
  const candidates = o.entries
    .filter((e) => !e.gates.some((g) => g.code === 'excluded') && (!e.eligible || !isGenerallyAvailable(e.model)))
    .filter((e) => e.score.score >= barScore)
    .slice(0, TRIGGER_MODELS);
  const triggers: Trigger[] = [];
  for (const e of candidates) {
    const gates = blockingFacts(e);
    const tries = [gates, ...(isGenerallyAvailable(e.model) || gates.includes(API_GA) ? [] : [[...gates, API_GA]])].filter(
      (f) => f.length > 0,
    );
    let last: Outcome | null = null;
    for (const facts of tries) {
      const after = pickAfter(eligible, withFacts(e, facts, t.requirements), name);
      if (!after || !changed(before, after)) continue;
      const becomes = outcomeOf(after);
      if (last && becomes && last.model === becomes.model && last.status === becomes.status) continue;
      last = becomes;
      const ifText = facts.map((k, i) => factText(e.model.name, k, t.labels, i > 0)).join(' and ');
      triggers.push({
        kind: 'governance',
        message: `If ${ifText}, ${becomesText(o.workload.name, before, after)}.`,
        model: e.model.id,
        requirements: [...facts].sort(),
        becomes,
      });
    }
  }
  return triggers;
}

const NOW: Record<string, string> = {
  measured: 'measured',
  range: 'a range',
  label: 'words read as a range',
  proxy: "a sibling model's figure",
  missing: 'no figure',
};

function formatFigure(x: number, unit: string): string {
  const s = unit === 'percent' || unit === 'score' ? (Math.round(x * 10) / 10).toFixed(1) : String(Math.round(x));
  return unit === 'percent' ? `${s}%` : unit === 'tokens' ? `${s} tokens` : s;
}

/** The display step of a figure: the threshold is rounded outward to it (and re-checked) so the sentence is true. */
const stepOf = (unit: string) => (unit === 'percent' || unit === 'score' ? 0.1 : 1);

/**
 * The figure on `benchmark` at which `challenger` becomes the pick: the exact root of "its score equals the
 * pick's" (the score is linear in the term's 0–1 point, and normalize is inverted exactly: linear, elo and log
 * scales alike), checked against the pick rule; when the rule's tie-breaks disagree with the root, or the root
 * is at a clamped end of the scale, a deterministic bisection on the pick rule itself.
 */
export function figureThreshold(
  ctx: ScoringContext,
  o: Pick<WorkloadOutcome, 'chosen'>,
  eligible: readonly Entry[],
  challenger: Entry,
  benchmark: string,
): number | null {
  const bench = ctx.benchmarks.get(benchmark);
  const best = o.chosen?.best;
  if (!bench || !best) return null;
  const wins = (x: number) =>
    atFigure(ctx, challenger, benchmark, x, (changed) => pickModelAfter(eligible, changed)) === challenger.model.id;
  const { scale, higherIsBetter } = bench;
  const [worst, top] = higherIsBetter ? [scale.min, scale.max] : [scale.max, scale.min];
  const weight = challenger.score.layout.weights.find((w) => w.benchmark === benchmark)?.weight ?? 0;
  const coef = (1 - ctx.costWeight) * weight;
  if (coef > 0) {
    // The score is linear in the term's 0–1 point: the point that equals the pick's score, mapped back to a figure.
    const column = challenger.score.terms.columns.get(benchmark) as number;
    const now = challenger.score.terms.point[challenger.score.row + column] as number;
    const needed = now + (best.score.score - challenger.score.score) / coef;
    const x = denormalize(needed, bench);
    // At the root itself the scores tie, and the tie-breaks decide; just above it the challenger leads.
    const above = denormalize(needed + ROOT_MARGIN, bench);
    if (x !== null && above !== null && wins(above)) {
      // Within the noise the tie rule decides (production-ready first, then coverage), so a challenger it favours
      // takes the pick below the root too: then the threshold is where the rule flips, found on the rule itself.
      const below = denormalize(needed - ROOT_MARGIN, bench);
      if (below === null || !wins(below)) return x;
      return flipPoint(wins, worst, below);
    }
  }
  if (!wins(top)) return null;
  return flipPoint(wins, worst, top);
}

/** The figure between `worst` (where the challenger may lose) and `winning` (where it wins) at which the pick rule flips. */
function flipPoint(wins: (x: number) => boolean, worst: number, winning: number): number {
  if (wins(worst)) return worst;
  let [lose, win] = [worst, winning];
  for (let i = 0; i < BISECTION_STEPS; i++) {
    const mid = (lose + win) / 2;
    if (wins(mid)) win = mid;
    else lose = mid;
  }
  return win;
}

/**
 * The benchmarks on which `c` needs the smallest rise of its normalised figure to catch the pick, at most
 * FIGURE_BENCHMARKS of them; those where even the top of the scale would not close the gap are left out. The
 * score is linear in each term's 0–1 point, so the rise needed is (pick's score − c's score) ÷ the term's weight.
 */
function closestBenchmarks(ctx: ScoringContext, best: Entry, c: Entry): string[] {
  const gap = best.score.score - c.score.score;
  const { terms, row, layout } = c.score;
  return layout.weights
    .flatMap(({ benchmark, weight }) => {
      const coef = (1 - ctx.costWeight) * weight;
      if (coef <= 0 || !ctx.benchmarks.has(benchmark)) return [];
      const rise = gap / coef;
      const headroom = 1 - (terms.point[row + (terms.columns.get(benchmark) as number)] as number);
      return rise <= headroom + 1e-9 ? [{ benchmark, rise }] : [];
    })
    .sort((a, b) => a.rise - b.rise)
    .slice(0, FIGURE_BENCHMARKS)
    .map((x) => x.benchmark);
}

function figureTriggers(t: TriggerContext, o: WorkloadOutcome, eligible: readonly Entry[]): Trigger[] {
  if (!o.chosen) return [];
  const pick = o.chosen.pick.model;
  const triggers: Trigger[] = [];
  const challengers = eligible.filter((e) => e.model.id !== pick).slice(0, FIGURE_CHALLENGERS);
  for (const c of challengers) {
    for (const benchmark of closestBenchmarks(t.ctx, o.chosen.best, c)) {
      const bench = t.ctx.benchmarks.get(benchmark) as NonNullable<ReturnType<typeof t.ctx.benchmarks.get>>;
      const x = figureThreshold(t.ctx, o, eligible, c, benchmark);
      if (x === null) continue;
      const direction = bench.higherIsBetter ? 'at-least' : 'at-most';
      const step = stepOf(bench.scale.unit);
      // Rounded outward to the display step, and nudged until the pick rule agrees with the sentence. The rule is
      // asked a hair short of the figure shown: a win exactly on a tie point is decided by the model ids alone, and a
      // threshold must not move when a model is renamed (a renamed model changes nothing but its name).
      let shown = bench.higherIsBetter ? Math.ceil(x / step - 1e-6) * step : Math.floor(x / step + 1e-6) * step;
      const hair = (bench.higherIsBetter ? -step : step) * 1e-3;
      const wins = () => atFigure(t.ctx, c, benchmark, shown + hair, (changed) => pickModelAfter(eligible, changed)) === c.model.id;
      let holds = wins();
      for (let i = 0; i < 3 && !holds; i++) {
        shown += bench.higherIsBetter ? step : -step;
        holds = wins();
      }
      if (!holds) continue;
      // The pick is then the challenger itself: production when its API is generally available.
      const becomes: Outcome = { model: c.model.id, name: c.model.name, status: isGenerallyAvailable(c.model) ? 'production' : 'pilot' };
      const column = c.score.terms.columns.get(benchmark) as number;
      const basis = BASES[c.score.terms.basis[c.score.row + column] as number];
      const obs = c.score.terms.observation[c.score.row + column];
      const now = basis === 'measured' && obs?.value !== undefined ? formatFigure(obs.value, bench.scale.unit) : NOW[basis ?? 'missing'];
      const pilot = becomes.status === 'pilot' ? ' (pilot only)' : '';
      triggers.push({
        kind: 'figure',
        message: `${c.model.name} becomes the pick for ${o.workload.name}${pilot} if its ${bench.name} figure is ${direction === 'at-least' ? '≥' : '≤'} ${formatFigure(shown, bench.scale.unit)} (now: ${now}).`,
        model: c.model.id,
        benchmark,
        figure: x,
        direction,
        becomes,
      });
    }
  }
  return triggers;
}

function shareTriggers(o: WorkloadOutcome, single: Recommendation['portfolio']['singleModel']): Trigger[] {
  const be = single?.breakEven.find((b) => b.workload === o.workload.id);
  if (!single || !be) return [];
  const sides: Trigger[] = [];
  const say = (side: string, at: number) =>
    `If the share of ${o.workload.name} in the mix ${side} ${pct(at)} (now ${pct(o.share)}; the others rescaled), ${single.name} is no longer the best single model.`;
  if (be.low > 0)
    sides.push({ kind: 'share', message: say('falls below', be.low), model: null, low: be.low, high: be.high, becomes: null });
  if (be.high < 1)
    sides.push({ kind: 'share', message: say('rises above', be.high), model: null, low: be.low, high: be.high, becomes: null });
  return sides;
}

/**
 * For a tied or unresolved pick: the evaluation that would settle it, as the pick states it (pick.ts settle). For a
 * pick that is only "likely", a head-to-head on the team's own tasks would narrow the noise that keeps it from clear.
 */
function confidenceTriggers(o: WorkloadOutcome): Trigger[] {
  const pick = o.chosen?.pick;
  if (!pick || pick.confidence === 'clear') return [];
  if (pick.settle) {
    return [
      {
        kind: 'confidence',
        message: pick.settle.message,
        model: pick.model,
        benchmarks: [...pick.settle.benchmarks].sort(),
        becomes: null,
      },
    ];
  }
  const rival = pick.challenger ?? pick.runnerUp;
  const message = `A head-to-head evaluation of ${pick.name}${rival ? ` and ${rival.name}` : ''} on your own tasks would settle the pick for ${o.workload.name}: their figures overlap within the noise.`;
  return [{ kind: 'confidence', message, model: pick.model, benchmarks: [], becomes: null }];
}

/** Every trigger of one workload, in the order a reader acts on them: facts, figures, shares, evaluations. */
export function workloadTriggers(t: TriggerContext, o: WorkloadOutcome, single: Recommendation['portfolio']['singleModel']): Trigger[] {
  const name = (id: string) => t.ctx.benchmarks.get(id)?.name ?? id;
  // The models that compete: eligible, and assessed (a model with no figures of its own is never the pick).
  const eligible = o.entries.filter((e) => e.eligible && e.score.assessed);
  return [
    ...governanceTriggers(t, o, eligible, name),
    ...figureTriggers(t, o, eligible),
    ...(o.share > 0 ? shareTriggers(o, single) : []),
    ...confidenceTriggers(o),
  ];
}
