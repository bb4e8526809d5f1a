import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { issueFindings } from '../dataset/issues.js';
import { knownKeys } from '../dataset/known-keys.js';
import { Id, IsoDate } from '../dataset/schema.js';
import { COST_WEIGHT, SAMPLES, SEED } from '../engine/defaults.js';
import type { ProfileInput } from '../engine/schema.js';
import { UserError } from '../errors.js';

// The answers file: everything that shapes a report except "today" (supplied at run time), so that
// `recommend --answers FILE` replays a questionnaire exactly and `ask --answers FILE` can pre-fill it.

export const ANSWERS_VERSION = 1;

/** What "quality first / balanced / cost first" mean as a cost weight: score = (1 − w)·quality + w·efficiency. */
export const COST_WEIGHTS = { quality: 0, balanced: 0.3, cost: 0.6 } as const;
export type CostPreset = keyof typeof COST_WEIGHTS;

export const CostPreference = z.enum(['quality', 'balanced', 'cost', 'custom']);
export type CostPreference = z.infer<typeof CostPreference>;

// min(0) rather than a refinement, so that the JSON Schema says it too. JSON has no Infinity or NaN.
const Weight = z.number().min(0);

export const AnswersSchema = z
  .strictObject({
    $schema: z.string().max(500).optional(),
    version: z.literal(ANSWERS_VERSION),
    /** Workload id → share: percentages summing to 100, or relative weights (see mixInput). */
    mix: z.record(Id, Weight).refine((m) => Object.values(m).some((w) => w > 0), 'needs at least one workload with a weight above 0'),
    /** How the questionnaire asks for the mix when pre-filled from this file. */
    mixInput: z.enum(['percent', 'weights']).default('percent'),
    requirements: z.array(Id).max(1_000).default([]),
    exclude: z.array(Id).max(10_000).default([]),
    /** The choice made; "custom" keeps a costWeight written by hand. */
    costPreference: CostPreference.default('quality'),
    costWeight: z.number().min(COST_WEIGHT.min).max(COST_WEIGHT.max).default(COST_WEIGHTS.quality),
    asOf: IsoDate.nullable().default(null),
    samples: z.number().int().min(SAMPLES.min).max(SAMPLES.max).default(SAMPLES.default),
    seed: z.number().int().min(SEED.min).max(SEED.max).default(SEED.default),
    /** Where the report was also saved, and in which format. */
    output: z
      .strictObject({ format: z.enum(['markdown', 'json']), path: z.string().min(1, 'must not be empty').max(4096) })
      .nullable()
      .default(null),
    /** Dataset overlay files, as given to --data (relative paths resolve against the working directory). */
    data: z.array(z.string().min(1, 'must not be empty').max(4096)).max(100).optional(),
  })
  .superRefine((a, ctx) => {
    if (a.costPreference === 'custom') return;
    const expected = COST_WEIGHTS[a.costPreference];
    if (a.costWeight !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['costWeight'],
        message: `is ${a.costWeight} but costPreference "${a.costPreference}" means ${expected}; set costPreference to "custom" to keep your own value`,
      });
    }
  });
export type Answers = z.infer<typeof AnswersSchema>;
export type AnswersInput = z.input<typeof AnswersSchema>;

/** Answers files are small; anything bigger is a mistake (a wrong file), not a questionnaire. */
export const MAX_ANSWERS_BYTES = 1024 * 1024;

function readLimited(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new UserError(
      `${path}: cannot read the answers file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path`,
    );
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new UserError(`${path}: not a file; give the path of an answers file (JSON)`);
    if (stat.size > MAX_ANSWERS_BYTES) {
      throw new UserError(
        `${path}: ${stat.size} bytes is too big for an answers file (at most ${MAX_ANSWERS_BYTES}); is it the right file?`,
      );
    }
    const buf = Buffer.alloc(stat.size);
    let read = 0;
    while (read < stat.size) {
      const n = readSync(fd, buf, read, stat.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return buf.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Validates parsed JSON as answers; `file` names the source in messages. */
export function parseAnswers(json: unknown, file: string): Answers {
  const parsed = AnswersSchema.safeParse(json);
  if (parsed.success) return parsed.data;
  const findings = issueFindings(file, parsed.error, { knownKeys: (path) => knownKeys(path, AnswersSchema) }).map((f) =>
    f.path === '$.version' ? { ...f, message: `must be ${ANSWERS_VERSION}, the only answers-file version this model-advisor reads` } : f,
  );
  const [first] = findings;
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more problem${findings.length > 2 ? 's' : ''})` : '';
  throw new UserError(`${first?.file}: ${first?.path}: ${first?.message}${more}`);
}

/** Reads and validates an answers file; every problem is a UserError naming the file, the JSON path and what is wrong. */
export function readAnswersFile(path: string): Answers {
  const text = readLimited(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${path}: not valid JSON (${(e as Error).message}); an answers file is JSON, as saved by "model-advisor ask"`);
  }
  return parseAnswers(json, path);
}

/** The fields in a fixed order, so that the same answers always give the same bytes. */
function canonical(a: Answers): Answers {
  return {
    ...(a.$schema ? { $schema: a.$schema } : {}),
    version: a.version,
    mix: a.mix,
    mixInput: a.mixInput,
    requirements: a.requirements,
    exclude: a.exclude,
    costPreference: a.costPreference,
    costWeight: a.costWeight,
    asOf: a.asOf,
    samples: a.samples,
    seed: a.seed,
    output: a.output,
    ...(a.data && a.data.length > 0 ? { data: a.data } : {}),
  };
}

/** Writes answers atomically (a temporary file renamed into place): never a partial file. */
export async function writeAnswersFile(path: string, answers: Answers): Promise<void> {
  const valid = parseAnswers(answers, path);
  await writeFileAtomic(path, `${JSON.stringify(canonical(valid), null, 2)}\n`);
}

/** The report's profile from saved answers; "today" is the run's, never the file's. */
export function answersToProfile(a: Answers, today: string): ProfileInput {
  return {
    mix: { ...a.mix },
    requirements: [...a.requirements],
    exclude: [...a.exclude],
    costWeight: a.costWeight,
    asOf: a.asOf,
    today,
    samples: a.samples,
    seed: a.seed,
  };
}
