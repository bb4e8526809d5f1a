import { z } from 'zod';
import { issueFindings, knownKeys } from '../dataset/parse.js';
import { describeJsonError, scanJson } from '../dataset/read.js';
import { Id, IsoDate } from '../dataset/schema.js';
import { COST_WEIGHT, SAMPLES, SEED } from '../engine/method.js';
import { RequirementExpr } from '../engine/schema.js';
import { UserError } from '../errors.js';
import { decodeText, ReadProblem, readRegularFile } from '../files/read.js';
import { writeFileSafely } from '../files/write.js';
import { shownPath } from '../render/sanitize.js';

// The answers file: everything that shapes a report except "today" (supplied at run time), so that
// `recommend --answers FILE` replays a questionnaire exactly and `ask --answers FILE` can pre-fill it. At the
// end, what the questionnaire asks from (QuestionnaireData).

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
    /** Requirement ids; "a|b" means either will do. */
    requirements: z.array(RequirementExpr).max(1_000).default([]),
    exclude: z.array(Id).max(10_000).default([]),
    /** The choice made; "custom" keeps a costWeight written by hand. */
    costPreference: CostPreference.default('quality'),
    costWeight: z.number().min(COST_WEIGHT.min).max(COST_WEIGHT.max).default(COST_WEIGHTS.quality),
    asOf: IsoDate.nullable().default(null),
    samples: z.number().int().min(SAMPLES.min).max(SAMPLES.max).default(SAMPLES.default),
    seed: z.number().int().min(SEED.min).max(SEED.max).default(SEED.default),
    /** Where the report was also saved, and in which format. */
    output: z
      .strictObject({ format: z.enum(['markdown', 'json', 'html']), path: z.string().min(1, 'must not be empty').max(4096) })
      .nullable()
      .default(null),
    /** Dataset overlay files, as given to --data (relative paths resolve against the working directory). */
    data: z.array(z.string().min(1, 'must not be empty').max(4096)).max(100).optional(),
    /** Monthly tokens per workload (input and output together), for the monthly cost; absent = not known. */
    volume: z.record(Id, z.number().min(0)).optional(),
    /** The input:output split of those tokens; absent = 3:1. */
    ioRatio: z.strictObject({ input: z.number().positive(), output: z.number().positive() }).optional(),
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

function readText(path: string): string {
  let read: ReturnType<typeof readRegularFile>;
  try {
    read = readRegularFile(path, MAX_ANSWERS_BYTES);
  } catch (e) {
    if (!(e instanceof ReadProblem)) throw e;
    if (e.kind) throw new UserError(`${shownPath(path)}: this is ${e.kind}, not a file; give the path of an answers file (JSON)`);
    throw new UserError(`${shownPath(path)}: cannot read the answers file (${e.code}); check the path`);
  }
  if ('tooLarge' in read) {
    throw new UserError(
      `${shownPath(path)}: ${read.tooLarge} bytes is too big for an answers file (at most ${MAX_ANSWERS_BYTES}); is it the right file?`,
    );
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) throw new UserError(`${shownPath(path)}: ${decoded.message}`);
  return decoded.text;
}

/** Validates parsed JSON as answers; `file` names the source in messages. */
export function parseAnswers(json: unknown, file: string): Answers {
  // reportInput: a value of the wrong type is reported as that, not as "missing".
  const parsed = AnswersSchema.safeParse(json, { reportInput: true });
  if (parsed.success) return parsed.data;
  const findings = issueFindings(file, parsed.error, { knownKeys: (path) => knownKeys(path, AnswersSchema) }).map((f) =>
    f.path === '$.version' ? { ...f, message: `must be ${ANSWERS_VERSION}, the only answers-file version this model-advisor reads` } : f,
  );
  const [first] = findings;
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more problem${findings.length > 2 ? 's' : ''})` : '';
  throw new UserError(`${shownPath(first?.file ?? file)}: ${first?.path}: ${first?.message}${more}`);
}

/** Reads and validates an answers file; every problem is a UserError naming the file, the JSON path and what is wrong. */
export function readAnswersFile(path: string): Answers {
  const text = readText(path);
  // As strict as an overlay: no repeated key (JSON.parse keeps the last), no key that reaches prototypes.
  const [problem] = scanJson(text);
  if (problem) throw new UserError(`${shownPath(path)}: ${problem.path}: ${problem.message}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `${shownPath(path)}: not valid JSON: ${describeJsonError(text, e as Error)}; an answers file is JSON, as saved by "model-advisor ask"`,
    );
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
    ...(a.volume && Object.keys(a.volume).length > 0 ? { volume: a.volume } : {}),
    ...(a.ioRatio ? { ioRatio: a.ioRatio } : {}),
  };
}

/** Writes answers atomically, only ever as a regular file (src/files/write.ts): never a partial file. */
export async function writeAnswersFile(path: string, answers: Answers): Promise<void> {
  const valid = parseAnswers(answers, path);
  const inputs = (valid.data ?? []).map((p) => ({ flag: '--data', path: p }));
  writeFileSafely(path, `${JSON.stringify(canonical(valid), null, 2)}\n`, { what: 'answers file', inputs });
}

// What the questionnaire asks from: the dataset's workloads, requirements and models (tests give a small one).

export interface QuestionnaireData {
  workloads: readonly { id: string; name: string; description: string }[];
  requirements: readonly { id: string; label: string; why: string }[];
  models: readonly {
    id: string;
    name: string;
    vendor: string;
    governance: Readonly<Record<string, { value: 'yes' | 'no' | 'unknown' }>>;
  }[];
}
