import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';
import { SCHEMA_VERSION } from '../engine/schema.js';

// What `model-advisor diff OLD.json NEW.json` reports, as JSON. Profile changes come first, so a changed
// question is never mistaken for a changed answer.

const Pick = z.strictObject({ model: Id, name: z.string(), status: z.enum(['production', 'pilot']) }).nullable();
const Figure = z.strictObject({
  model: Id,
  modelName: z.string(),
  benchmark: Id,
  benchmarkName: z.string(),
  source: Id,
  date: IsoDate,
  /** The figure as people read it: "57–58", "53", "“Similar band” (37–42.8)". */
  figure: z.string(),
});
const Price = z.strictObject({ input: z.number(), output: z.number(), currency: z.string(), source: Id, date: IsoDate }).nullable();

export const ReportDiff = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  old: z.strictObject({ file: z.string(), today: IsoDate, asOf: IsoDate.nullable(), hypothetical: z.boolean() }),
  new: z.strictObject({ file: z.string(), today: IsoDate, asOf: IsoDate.nullable(), hypothetical: z.boolean() }),
  /** Whether any pick or its status changed: what `--exit-code` turns into exit 1. */
  changed: z.boolean(),
  profile: z.array(z.strictObject({ field: z.string(), old: z.string(), new: z.string() })),
  picks: z.array(z.strictObject({ workload: Id, name: z.string(), old: Pick, new: Pick, message: z.string() })),
  confidence: z.array(
    z.strictObject({ workload: Id, model: Id, old: z.number(), new: z.number(), noise: z.number(), message: z.string() }),
  ),
  evidence: z.strictObject({
    added: z.array(Figure),
    removed: z.array(Figure),
    /** Figures the old report used that the new one sets aside for a newer figure. */
    superseded: z.array(Figure.extend({ by: Figure })),
  }),
  governance: z.array(
    z.strictObject({ model: Id, requirement: Id, old: z.string().nullable(), new: z.string().nullable(), message: z.string() }),
  ),
  prices: z.array(z.strictObject({ model: Id, name: z.string(), old: Price, new: Price, message: z.string() })),
  /** Triggers the old report listed whose condition the new report meets. */
  triggersFired: z.array(z.strictObject({ workload: Id, kind: z.string(), message: z.string() })),
});
export type ReportDiff = z.infer<typeof ReportDiff>;
