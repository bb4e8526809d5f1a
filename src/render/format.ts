import { BUNDLED } from '../dataset/ids.js';
import type { Benchmark, Dataset, Observation } from '../dataset/schema.js';
import type { RankingEntry, Recommendation } from '../engine/schema.js';

// The formats every renderer shares: percentages and probabilities, numbers and figures, bars, names, caveats
// and credits; and the rows `evidence --json` prints. Loads no table or colour library.

/** A share of a whole (a mix share, a weight, a threshold) as a whole percentage: "30%". */
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * A probability or share for display: ">99%" and "<1%" near the ends, since a Monte Carlo share of 99.6% is
 * not certainty; "100%" and "0%" only when exactly 1 or 0. The one formatting rule every renderer uses.
 */
export function probability(x: number): string {
  if (x === 1) return '100%';
  if (x === 0) return '0%';
  if (x > 0.99) return '>99%';
  if (x < 0.01) return '<1%';
  return `${Math.round(x * 100)}%`;
}

/** " [from FILE]" after a figure a user's overlay supplied; nothing for the bundled data. */
export const fromFile = (origin: string | null | undefined) => (origin && origin !== BUNDLED ? ` [from ${origin}]` : '');

export const pct = probability;
export const num = (x: number, digits = 3) => x.toFixed(digits);
/** What consolidating costs against the routing plan; negative when the plan took a lower-scored model by the tie rule. */
export const lossText = (x: number) =>
  x < 0
    ? `scores ${num(-x)} above the routing plan, whose pick was chosen among tied models by the tie rule`
    : `gives up ${num(x)} against the routing plan`;
export const range = (lo: number, hi: number) => `${num(lo)}–${num(hi)}`;

const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/**
 * A bar on the fixed 0–1 scale: the same width means the same score in every row and workload. Eighth
 * blocks resolve 1/(8 × width) of the scale: at the default 20 characters, differences of 0.01 show.
 */
export function bar(score: number, width = 20): string {
  const eighths = Math.round(Math.max(0, Math.min(1, score)) * width * 8);
  const full = Math.floor(eighths / 8);
  return `${'█'.repeat(full)}${EIGHTHS[eighths % 8] ?? ''}`.padEnd(width, ' ');
}

/** Whole percentages that add up to exactly 100 (largest remainder), for shares that sum to 1. */
export function wholePercents(shares: readonly number[]): number[] {
  const raw = shares.map((s) => s * 100);
  const out = raw.map(Math.floor);
  const missing = Math.round(raw.reduce((s, x) => s + x, 0)) - out.reduce((s, x) => s + x, 0);
  const order = raw.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0; k < missing && k < order.length; k++) {
    const i = order[k]?.i ?? 0;
    out[i] = (out[i] ?? 0) + 1;
  }
  return out;
}

/** Each workload's share of the mix as a whole percentage, the report's percentages adding to 100. */
export function mixPercents(rec: Pick<Recommendation, 'workloads'>): (workload: string) => string {
  const whole = wholePercents(rec.workloads.map((w) => w.share));
  const map = new Map(rec.workloads.map((w, i) => [w.workload, `${whole[i] ?? 0}%`]));
  return (id) => map.get(id) ?? '0%';
}

export type Names = (id: string) => string;

/** Model id → display name, from every ranking in the report. */
export function namesOf(rec: Recommendation): Names {
  const names = new Map<string, string>();
  for (const w of rec.workloads) for (const r of w.ranking) names.set(r.model, r.name);
  return (id) => names.get(id) ?? id;
}

export function workloadNames(rec: Recommendation): (id: string) => string {
  const names = new Map(rec.workloads.map((w) => [w.workload, w.name]));
  return (id) => names.get(id) ?? id;
}

/** "Vision & documents 70% · Coding 30%": names and whole percentages adding to 100, largest share first. */
export function mixLine(rec: Recommendation): string {
  const share = mixPercents(rec);
  return rec.workloads.map((w) => `${w.name} ${share(w.workload)}`).join(' · ');
}

/** Why a model is ruled out, with requirement and source ids replaced by their names. */
export function ineligibleText(r: RankingEntry, rec: Pick<Recommendation, 'requirements' | 'dataset'>): string {
  const labels = new Map(rec.requirements.map((q) => [q.id, q.label]));
  const named = sourceNames(rec);
  return r.reasons
    .map((x) => named(x.requirement ? x.message.replace(x.requirement, `“${labels.get(x.requirement) ?? x.requirement}”`) : x.message))
    .join('; ');
}

export function datasetLine(rec: Pick<Recommendation, 'dataset'>): string {
  const d = rec.dataset;
  const age = d.ageDays === null ? 'age unknown' : `${d.ageDays} days old`;
  const overlays = d.overlays.length ? ` + ${d.overlays.join(', ')}` : '';
  return `dataset ${d.id}${overlays}, figures as of ${d.asOf ?? 'n/a'} (${age}${d.stale ? ', STALE' : ''}); today ${d.today}`;
}

/** The credits the sources' terms require ("Attribution: …"), one line per distinct text, naming its sources. */
export function attributionLines(rec: Pick<Recommendation, 'dataset'>): string[] {
  const bySource = new Map<string, string[]>();
  for (const s of rec.dataset.sources) if (s.attribution) bySource.set(s.attribution, [...(bySource.get(s.attribution) ?? []), s.id]);
  return [...bySource].map(([text, ids]) => `Attribution: ${text} (source ${ids.join(', ')})`);
}

type ReportCaveat = Recommendation['workloads'][number]['caveats'][number];

/** A caveat with the name of what it is about: a model, benchmark or workload. */
export interface NamedCaveat extends ReportCaveat {
  subject: string;
}

/**
 * Every caveat in the report once, in workload order, each with the name of what it is about. Several
 * workloads share a benchmark's or a model's caveats; a caveat about a benchmark the report shows no figure
 * or score for is left out.
 */
export function uniqueCaveats(rec: Pick<Recommendation, 'workloads' | 'benchmarks'>): NamedCaveat[] {
  const models = new Map<string, string>();
  for (const w of rec.workloads) for (const r of w.ranking) models.set(r.model, r.name);
  const benchmarks = new Map(rec.benchmarks.map((b) => [b.id, b.name]));
  const workloads = new Map(rec.workloads.map((w) => [w.workload, w.name]));
  const seen = new Set<string>();
  const out: NamedCaveat[] = [];
  for (const w of rec.workloads) {
    for (const c of w.caveats) {
      const subject = models.get(c.about) ?? benchmarks.get(c.about) ?? workloads.get(c.about);
      if (subject === undefined || seen.has(c.text)) continue;
      seen.add(c.text);
      out.push({ ...c, subject });
    }
  }
  return out;
}

/** Text the engine wrote with source ids ("(toolbench-2026-07-04, 2026-07-04)"), with each id replaced by its publisher. */
export function sourceNames(rec: Pick<Recommendation, 'dataset'>): (text: string) => string {
  const sources = [...rec.dataset.sources].sort((a, b) => b.id.length - a.id.length);
  return (text) => sources.reduce((t, s) => t.split(s.id).join(s.publisher), text);
}

/** Engine text for people: source ids become publishers, requirement ids their names. */
export function readable(rec: Pick<Recommendation, 'dataset' | 'requirements'>): (text: string) => string {
  const named = sourceNames(rec);
  const labels = rec.requirements.map(
    (r) => [new RegExp(`(?<![\\w-])${r.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`, 'g'), `“${r.label}”`] as const,
  );
  return (text) => labels.reduce((t, [re, label]) => t.replace(re, label), named(text));
}

type Unit = Benchmark['scale']['unit'];

/** A number as the sources write it: up to one decimal, no trailing zeros; tokens in millions. */
export function formatNumber(x: number, unit: Unit): string {
  if (unit === 'tokens') return `${trim(x / 1e6)}M`;
  return trim(x);
}

function trim(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 100) / 100);
}

const suffix = (unit: Unit) => (unit === 'percent' ? '%' : unit === 'tokens' ? ' tokens' : '');

type Figure = Pick<Observation, 'value' | 'low' | 'high' | 'label'> & {
  proxyFor?: { measuredOn: string } | undefined;
  mode?: string | undefined;
};

/** An observation's figure for people: "86.4", "78–79%", "“Similar band” (37–42.8)", plus proxy/mode marks. */
export function formatFigure(o: Figure, unit: Unit): string {
  let text: string;
  if (o.value !== undefined) text = `${formatNumber(o.value, unit)}${suffix(unit)}`;
  else if (o.low !== undefined && o.high !== undefined) {
    text = `${formatNumber(o.low, unit)}–${formatNumber(o.high, unit)}${suffix(unit)}`;
    if (o.label) text = `“${o.label}” (${text})`;
  } else text = `“${o.label ?? '?'}” (no figure)`;
  if (o.value !== undefined && o.label) text += ` “${o.label}”`;
  if (o.proxyFor) text += ` [proxy: ${o.proxyFor.measuredOn}]`;
  if (o.mode) text += ` [${o.mode} mode]`;
  return text;
}

// The evidence rows: here, not in listing.ts, so that `evidence --json` does not load the table library.

/** The evidence record as `evidence --json` prints it: exactly these fields, null where absent. */
export interface EvidenceRow {
  model: string;
  benchmark: string;
  value: number | null;
  low: number | null;
  high: number | null;
  label: string | null;
  quote: string | null;
  source: string;
  date: string;
  note: string | null;
  /** "bundled", or the overlay file the figure came from. */
  origin: string;
}

export function evidenceRows(observations: Dataset['observations']): EvidenceRow[] {
  return observations.map((o) => ({
    model: o.model,
    benchmark: o.benchmark,
    value: o.value ?? null,
    low: o.low ?? null,
    high: o.high ?? null,
    label: o.label ?? null,
    quote: o.quote ?? null,
    source: o.source,
    date: o.date,
    note: o.note ?? null,
    origin: o.origin,
  }));
}
