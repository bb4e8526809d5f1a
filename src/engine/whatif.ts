import type { Dataset, MergedModel, Observation, WithOrigin } from '../dataset/schema.js';
import { gateReasons } from './gates.js';
import { figureInterval } from './intervals.js';
import { TRIGGER_MODELS } from './method.js';
import { type Chosen, choosePick, contender, tiedGroup } from './pick.js';
import { type Entry, rankingOrder } from './rank.js';
import type { Obs } from './resolve.js';
import type { Assumption } from './schema.js';
import type { Unblock } from './schema-money.js';
import { BASES, type ScoringContext, scoreModel } from './score.js';
import type { WorkloadOutcome } from './workload.js';

// The engine's own rules run again on a changed question: what-ifs (--assume) applied to the data, one model's
// entry changed and re-ranked (for the triggers), and what would unblock a workload no model passes.

// What-ifs (--assume): hypothetical facts and figures applied to the merged dataset in memory, as one more
// overlay would be, under a label no data file can carry. Nothing is written; the report says it is hypothetical.

/** The origin and source every assumed fact and figure carries. */
export const ASSUMED = 'assumption';

/**
 * The dataset with the assumptions applied, exactly as an overlay file named "assumption" would apply them: a
 * private source "assumption" (so an assumed figure never makes the published data look current), each fact
 * replacing the model's fact and citing it, each figure an observation from it. Everything is dated `date`
 * (the --as-of date, else today), so an assumed figure is the newest in use and never filtered out. The input
 * is not changed.
 */
export function applyAssumptions(dataset: Dataset, assumptions: readonly Assumption[], date: string): Dataset {
  if (assumptions.length === 0) return dataset;
  const facts = assumptions.filter((a) => typeof a.value === 'string');
  const figures = assumptions.filter((a): a is Assumption & { value: number } => typeof a.value === 'number');
  const models = dataset.models.map((m) => {
    const mine = facts.filter((a) => a.model === m.id);
    if (mine.length === 0) return m;
    const governance = { ...m.governance };
    for (const a of mine) {
      governance[a.key] =
        a.value === 'unknown'
          ? { value: 'unknown', origin: ASSUMED }
          : { value: a.value as 'yes' | 'no', detail: 'assumed (--assume)', source: ASSUMED, date, origin: ASSUMED };
    }
    return { ...m, governance };
  });
  const observations: WithOrigin<Observation>[] = figures.map((a) => ({
    model: a.model,
    benchmark: a.key,
    value: a.value,
    source: ASSUMED,
    date,
    note: 'assumed (--assume), not measured',
    origin: ASSUMED,
  }));
  const sources = [
    ...dataset.sources,
    {
      id: ASSUMED,
      kind: 'private' as const,
      title: 'What-if assumptions (--assume)',
      publisher: 'you',
      date,
      evaluators: [],
      origin: ASSUMED,
    },
  ];
  return { ...dataset, models, sources, observations: [...dataset.observations, ...observations] };
}

// "What if one thing about one model were different?", answered by the engine's own ranking order and pick
// rule (rank.ts, pick.ts), at point scores and with the win probabilities already drawn: nothing is
// re-sampled. One model changes, so it is taken out of the ranked list and put back where the ranking order
// places it: O(models) per question, which keeps triggers cheap with 1,000 models.

/** The workload's eligible entries (in ranking order) with `changed` in place of its old entry. */
export function reranked(eligible: readonly Entry[], changed: Entry): Entry[] {
  const rest = eligible.filter((e) => e.model.id !== changed.model.id);
  if (!changed.eligible) return rest;
  const at = rest.findIndex((e) => rankingOrder(changed, e) < 0);
  rest.splice(at < 0 ? rest.length : at, 0, changed);
  return rest;
}

/** The pick if `changed` replaced its entry (with its production alternative and confidence, over the whole list). */
export const pickAfter = (eligible: readonly Entry[], changed: Entry, benchmarkName: (id: string) => string): Chosen | null =>
  choosePick(reranked(eligible, changed), 0, benchmarkName);

/**
 * Only which model the pick would be if `changed` replaced its entry: the pick rule's tied group (pick.ts
 * tiedGroup, the same one choosePick uses) over the two best others and `changed`, without building the whole
 * pick (reasons, settle, runner-up). A figure threshold asks this dozens of times per challenger.
 */
export function pickModelAfter(eligible: readonly Entry[], changed: Entry): string | null {
  const head: Entry[] = [];
  for (const e of eligible) {
    if (e.model.id === changed.model.id) continue;
    head.push(e);
    if (head.length === 2) break;
  }
  if (changed.eligible) head.push(changed);
  const group = tiedGroup(head.map((e) => contender(e)));
  return group.length > 0 ? (head[group[0] as number] as Entry).model.id : null;
}

/** The model a workload can put in production: the pick when its API is generally available, else its alternative. */
export function productionPick(chosen: Chosen | null): { model: string; name: string } | null {
  if (!chosen) return null;
  const { pick } = chosen;
  if (pick.status === 'production') return { model: pick.model, name: pick.name };
  return pick.alternative ? { model: pick.alternative.model, name: pick.alternative.name } : null;
}

/** The entry with some governance facts set to "yes", its gates redone against the profile's requirements. */
export function withFacts(e: Entry, facts: readonly string[], requirements: readonly string[]): Entry {
  const governance = { ...e.model.governance };
  for (const key of facts) governance[key] = { value: 'yes' };
  const model: MergedModel = { ...e.model, governance };
  const excluded = e.gates.some((g) => g.code === 'excluded');
  const gates = gateReasons(model, requirements, excluded);
  return { ...e, model, gates, eligible: gates.length === 0 };
}

/**
 * `fn` applied to the entry as it would be with a measured figure on one benchmark (placed by the engine's own
 * figureInterval, so with the benchmark's noise band, as an overlay's figure would be), scored by scoreModel. The model's term is set in place for the duration of `fn` (so the ranking order's tie-breaks on
 * the terms see it too) and restored before returning: a copy of the row per question gave scoreModel a second
 * shape of terms, and V8 de-optimised it on every call.
 */
export function atFigure<T>(ctx: ScoringContext, e: Entry, benchmark: string, figure: number, fn: (changed: Entry) => T): T {
  const s = e.score;
  const bench = ctx.benchmarks.get(benchmark);
  const column = s.terms.columns.get(benchmark);
  if (!bench || column === undefined) return fn(e);
  const { lo, hi, point, noise, basis, observation } = s.terms;
  const t = s.row + column;
  const saved = {
    lo: lo[t] as number,
    hi: hi[t] as number,
    point: point[t] as number,
    noise: noise[t] as number,
    basis: basis[t] as number,
    observation: observation[t] ?? null,
  };
  // Only the value matters to the interval (no sample size, not a sibling's): the rest of an observation is not read.
  const iv = figureInterval(bench, { model: e.model.id, benchmark, value: figure } as Obs);
  lo[t] = iv.lo;
  hi[t] = iv.hi;
  point[t] = iv.point;
  noise[t] = iv.noise;
  basis[t] = BASES.indexOf('measured');
  observation[t] = null;
  try {
    return fn({ ...e, score: scoreModel(ctx, s.terms, s.row, s.layout) });
  } finally {
    lo[t] = saved.lo;
    hi[t] = saved.hi;
    point[t] = saved.point;
    noise[t] = saved.noise;
    basis[t] = saved.basis;
    observation[t] = saved.observation;
  }
}

// When the requirements leave no model for a workload: which single requirement, dropped, would give an
// answer (the engine's own gates and pick rule, run again without it), and which unknown facts keep the
// leading models out, with how to verify one.

/** How to verify an unknown fact: the same three ways whatever the fact (unknownFacts names which). */
export const VERIFY_STEPS = [
  'Correct the fact in an overlay once a source confirms it: {"governance": [{"model": "MODEL", "requirement": "REQUIREMENT", "value": "yes", "source": "SOURCE", "date": "YYYY-MM-DD", "quote": "…"}]}, then pass it with --data FILE',
  'Start an overlay file with the right shape: model-advisor data init',
  'Import published facts: model-advisor data import models-dev',
];

export function unblockWorkload(
  o: Pick<WorkloadOutcome, 'entries'>,
  requirements: readonly string[],
  benchmarkName: (id: string) => string,
): Unblock {
  const drop = requirements.map((requirement) => {
    const rest = requirements.filter((r) => r !== requirement);
    // Entries are in ranking order and none is eligible, so the ones that pass without `requirement` keep that order.
    const eligible = o.entries
      .map((e) => {
        const gates = gateReasons(
          e.model,
          rest,
          e.gates.some((g) => g.code === 'excluded'),
        );
        return { ...e, gates, eligible: gates.length === 0 };
      })
      .filter((e) => e.eligible);
    // The pick rule's own field: only assessed models compete (workload.ts), the others count as unassessed rivals.
    const assessed = eligible.filter((e) => e.score.assessed);
    const chosen = choosePick(assessed, eligible.length - assessed.length, benchmarkName);
    return {
      requirement,
      becomes: chosen ? { model: chosen.pick.model, name: chosen.pick.name, status: chosen.pick.status } : null,
    };
  });
  const unknownFacts = o.entries
    .filter((e) => !e.gates.some((g) => g.code === 'excluded' || g.code === 'fails-requirement'))
    .map((e) => ({
      model: e.model.id,
      name: e.model.name,
      requirements: e.gates.flatMap((g) => (g.code === 'unverified-requirement' && g.requirement ? [g.requirement] : [])),
    }))
    .filter((u) => u.requirements.length > 0)
    .slice(0, TRIGGER_MODELS);
  return { drop, unknownFacts, verify: [...VERIFY_STEPS] };
}
