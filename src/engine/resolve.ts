import type { Dataset, Observation, WithOrigin } from '../dataset/schema.js';

// Which observation counts for each model and benchmark: those published by the cut-off date (--as-of, never
// after today), then one preferred per pair; the rest are superseded, and flagged when they disagree.

export type Obs = WithOrigin<Observation>;

/** One (model, benchmark) pair after time travel: the observation scored, and the ones it replaced. */
export interface ResolvedFigure {
  model: string;
  benchmark: string;
  used: Obs;
  /** Older (or less specific) observations for the same pair, most preferred first. */
  superseded: readonly Obs[];
  /** The superseded ones whose figure does not overlap the used one: sources that disagree. */
  conflicts: readonly Obs[];
}

export interface Resolution {
  /** The as-of filter applied, or null for none. */
  asOf: string | null;
  /** Model id → benchmark id → figure. */
  figures: Map<string, Map<string, ResolvedFigure>>;
  /** Observations published after the as-of date, left out. */
  removed: Obs[];
  /** The newest date among the observations kept: the dataset's effective date. */
  newestDate: string | null;
  /** The figures whose sources disagree (non-empty `conflicts`). */
  disputed: ResolvedFigure[];
}

export function lookupFigure(resolution: Resolution, model: string, benchmark: string): ResolvedFigure | undefined {
  return resolution.figures.get(model)?.get(benchmark);
}

/** Every resolved figure, in no particular order. */
export function* allFigures(resolution: Resolution): Iterable<ResolvedFigure> {
  for (const byBenchmark of resolution.figures.values()) yield* byBenchmark.values();
}

const hasNumbers = (o: Observation) => o.value !== undefined || o.low !== undefined;

/** The raw figure as an interval, or null for a bare label that cannot be placed on a scale. */
export function rawInterval(o: Observation): [number, number] | null {
  if (o.value !== undefined) return [o.value, o.value];
  if (o.low !== undefined && o.high !== undefined) return [o.low, o.high];
  return null;
}

function overlaps(a: Observation, b: Observation): boolean {
  const x = rawInterval(a);
  const y = rawInterval(b);
  if (!x || !y) return true;
  return x[0] <= y[1] && y[0] <= x[1];
}

/**
 * Orders two observations of one pair (by dataset index), preferred first: the later publication date; on
 * the same date, a figure with numbers over a bare label, a direct figure over a sibling's (proxy), the
 * default mode over a named one, then the later in dataset order (so an overlay loaded later wins a tie).
 */
function preference(observations: readonly Obs[]) {
  const rank = (o: Obs) => [hasNumbers(o) ? 0 : 1, o.proxyFor ? 1 : 0, o.mode ? 1 : 0];
  return (i: number, j: number): number => {
    const [a, b] = [observations[i] as Obs, observations[j] as Obs];
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    const [ra, rb] = [rank(a), rank(b)];
    for (let k = 0; k < ra.length; k++) if (ra[k] !== rb[k]) return (ra[k] as number) - (rb[k] as number);
    return j - i;
  };
}

const NONE: readonly Obs[] = Object.freeze([]);

/**
 * Keeps the observations published on or before `asOf` (all when null) and, per (model, benchmark),
 * picks the one to score; the rest are superseded, and flagged as conflicts when their figures disagree.
 */
export function resolveObservations(dataset: Pick<Dataset, 'observations'>, asOf: string | null): Resolution {
  const { observations } = dataset;
  // model → benchmark → dataset index, or indices once a pair has more than one observation
  const groups = new Map<string, Map<string, number | number[]>>();
  const removed: Obs[] = [];
  let newestDate: string | null = null;
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i] as Obs;
    if (asOf !== null && o.date > asOf) {
      removed.push(o);
      continue;
    }
    if (newestDate === null || o.date > newestDate) newestDate = o.date;
    let byBenchmark = groups.get(o.model);
    if (!byBenchmark) {
      byBenchmark = new Map();
      groups.set(o.model, byBenchmark);
    }
    const group = byBenchmark.get(o.benchmark);
    if (group === undefined) byBenchmark.set(o.benchmark, i);
    else if (typeof group === 'number') byBenchmark.set(o.benchmark, [group, i]);
    else group.push(i);
  }
  const prefer = preference(observations);
  const figures = new Map<string, Map<string, ResolvedFigure>>();
  const disputed: ResolvedFigure[] = [];
  for (const [model, byBenchmark] of groups) {
    const resolved = new Map<string, ResolvedFigure>();
    figures.set(model, resolved);
    for (const [benchmark, group] of byBenchmark) {
      if (typeof group === 'number') {
        resolved.set(benchmark, { model, benchmark, used: observations[group] as Obs, superseded: NONE, conflicts: NONE });
        continue;
      }
      const [used, ...superseded] = group.sort(prefer).map((i) => observations[i] as Obs) as [Obs, ...Obs[]];
      const figure = { model, benchmark, used, superseded, conflicts: superseded.filter((o) => !overlaps(o, used)) };
      resolved.set(benchmark, figure);
      if (figure.conflicts.length > 0) disputed.push(figure);
    }
  }
  return { asOf, figures, removed, newestDate, disputed };
}

/**
 * The last date evidence may carry: --as-of, and never later than today. A figure published after "today"
 * cannot have been known then, so `--today` alone hides later evidence as `--as-of` would, and the data's
 * age is never negative.
 */
export function evidenceCutoff(profile: { asOf: string | null; today: string }): string {
  return profile.asOf !== null && profile.asOf < profile.today ? profile.asOf : profile.today;
}
