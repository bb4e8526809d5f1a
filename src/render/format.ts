import { BUNDLED } from '../dataset/origin.js';
import type { RankingEntry, Recommendation } from '../engine/schema.js';

/** " [from FILE]" after a figure a user's overlay supplied; nothing for the bundled data. */
export const fromFile = (origin: string | null | undefined) => (origin && origin !== BUNDLED ? ` [from ${origin}]` : '');

/** Display rounding lives here: a share or probability never reads 100% or 0% unless exact (">99%", "<1%"). */
import { probability } from '../engine/probability.js';

export const pct = probability;
export const num = (x: number, digits = 3) => x.toFixed(digits);
/** What consolidating costs against the routing plan; negative when the plan took a lower-scored model by the tie rule. */
export const lossText = (x: number) =>
  x < 0
    ? `scores ${num(-x)} above the routing plan, whose pick was chosen among tied models by the tie rule`
    : `gives up ${num(x)} against the routing plan`;
export const range = (lo: number, hi: number) => `${num(lo)}–${num(hi)}`;

/** A bar on the fixed 0–1 scale: the same width means the same score in every row and workload. */
export function bar(score: number, width = 20): string {
  const cells = Math.max(0, Math.min(1, score)) * width;
  const full = Math.floor(cells);
  const half = cells - full >= 0.5 ? '▌' : '';
  return `${'█'.repeat(full)}${half}`.padEnd(width, ' ');
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

/** "vision 40% · coding 60%" from the normalised profile, in the report's workload order. */
export function mixLine(rec: Recommendation): string {
  return rec.workloads.map((w) => `${w.workload} ${pct(w.share)}`).join(' · ');
}

export function ineligibleText(r: RankingEntry): string {
  return r.reasons.map((x) => x.message).join('; ');
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

/** Every caveat in the report once, in workload order (several workloads share a benchmark's caveats). */
export function uniqueCaveats(rec: Pick<Recommendation, 'workloads'>): ReportCaveat[] {
  const seen = new Set<string>();
  return rec.workloads.flatMap((w) =>
    w.caveats.filter((c) => {
      if (seen.has(c.text)) return false;
      seen.add(c.text);
      return true;
    }),
  );
}
