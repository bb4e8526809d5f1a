import { resolve } from 'node:path';
import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';
import { Recommendation, SCHEMA_VERSION } from '../engine/schema.js';
import { UserError } from '../errors.js';
import { decodeText, ReadProblem, readRegularFile } from '../files/read.js';
import { shownPath } from '../render/sanitize.js';

// A saved `recommend --json` report read for diff, and the schema of what diff reports (ReportDiff). A file that
// is missing, is not a regular file (a FIFO is refused without waiting for a writer), is too large, is not JSON,
// is not a report, or is a report from another schema version is one line, exit 2.

/** A report of 1,000 models over five workloads is a few MiB (only the leading models carry detail). */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

const SAVE = 'give the path of a saved "model-advisor recommend --json" report';

function readText(file: string, cwd: string): string {
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(resolve(cwd, file), MAX_REPORT_BYTES);
  } catch (e) {
    if (!(e instanceof ReadProblem)) throw e;
    if (e.kind) throw new UserError(`${shownPath(file)}: this is ${e.kind}, not a file; ${SAVE}`);
    throw new UserError(`${shownPath(file)}: cannot read this file (${e.code}); ${SAVE}`);
  }
  if ('tooLarge' in read) {
    throw new UserError(`${shownPath(file)}: ${read.tooLarge} bytes is too big for a report (at most ${MAX_REPORT_BYTES}); ${SAVE}`);
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new UserError(`${shownPath(file)}: ${decoded.message}`);
  return decoded.text;
}

export function readReport(file: string, cwd: string): Recommendation {
  const text = readText(file, cwd);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(`${shownPath(file)}: not JSON; diff compares two saved "model-advisor recommend --json" reports`);
  }
  const version = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (version === undefined || typeof version !== 'string') {
    throw new UserError(
      `${shownPath(file)}: not a model-advisor report (no schemaVersion); save one with: model-advisor recommend --json --out FILE`,
    );
  }
  if (version !== SCHEMA_VERSION) {
    throw new UserError(
      `${shownPath(file)}: a report of schemaVersion ${JSON.stringify(version)}, and this model-advisor reads ${SCHEMA_VERSION}; re-run recommend --json with this version to compare`,
    );
  }
  const parsed = Recommendation.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(
      `${shownPath(file)}: not a valid model-advisor report (${issue?.path.join('.') || '(top)'}: ${issue?.message}); save one with recommend --json`,
    );
  }
  return parsed.data;
}

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
