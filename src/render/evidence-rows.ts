import type { Dataset } from '../dataset/schema.js';

// Apart from listing.ts so `evidence --json` does not load the table library.

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
