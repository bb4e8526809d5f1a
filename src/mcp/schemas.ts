import { z } from 'zod';
import { Id, IsoDate } from '../dataset/schema.js';
import { DEFAULT_SAMPLES, Profile, Recommendation } from '../engine/schema.js';
import { Comparison } from '../engine/schema-compare.js';
import type { EvidenceRow } from '../render/format.js';

// The MCP tools' contracts: built from the zod schemas the CLI and the engine validate with (Profile,
// Recommendation, Comparison), so a field another part of the tool adds reaches the tools unchanged.
// `model-advisor schema mcp-tools` prints exactly what `tools/list` returns.

/** At most this many Monte Carlo draws per call (the CLI allows 1,000,000): one call cannot hold the server up. */
export const MCP_MAX_SAMPLES = 100_000;

const TODAY = Profile.shape.today.optional().describe("today's date, YYYY-MM-DD, for the data's age (default: the server's clock)");
const SAMPLES = z
  .number()
  .int()
  .min(100)
  .max(MCP_MAX_SAMPLES)
  .default(DEFAULT_SAMPLES)
  .describe(`Monte Carlo draws, 100 to ${MCP_MAX_SAMPLES}`);
const MIX = Profile.shape.mix
  .optional()
  .describe(
    'workload id → weight (any non-negative numbers; normalised to shares), e.g. {"vision": 70, "coding": 30}; default: every workload equally',
  );

export const RecommendInput = Profile.extend({ mix: MIX, today: TODAY, samples: SAMPLES });

const { costWeight, asOf, seed } = Profile.shape;
export const CompareInput = z.strictObject({
  a: Id.describe('first model id'),
  b: Id.describe('second model id'),
  mix: MIX,
  costWeight,
  asOf,
  today: TODAY,
  samples: SAMPLES,
  seed,
});

export const EvidenceInput = z.strictObject({
  model: Id.optional().describe('only this model'),
  benchmark: Id.optional().describe('only this benchmark'),
});

export const ExplainInput = z.strictObject({});

const CitedSource = z.strictObject({
  id: Id,
  title: z.string(),
  publisher: z.string(),
  date: IsoDate,
  url: z.string().nullable(),
  origin: z.string(),
});

const EvidenceRowSchema = z.strictObject({
  model: Id,
  benchmark: Id,
  value: z.number().nullable(),
  low: z.number().nullable(),
  high: z.number().nullable(),
  label: z.string().nullable(),
  quote: z.string().nullable(),
  source: Id,
  date: IsoDate,
  note: z.string().nullable(),
  origin: z.string(),
});
// The row is built without zod (evidence --json loads none); this keeps the two from drifting apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const rowsAgree: Same<z.infer<typeof EvidenceRowSchema>, EvidenceRow> = true;
void rowsAgree;

export const EvidenceOutput = z.strictObject({
  observations: z.array(EvidenceRowSchema),
  /** The sources the observations cite, to quote by title, publisher and date. */
  sources: z.array(CitedSource),
});
export type EvidenceOutput = z.infer<typeof EvidenceOutput>;

export const ExplainOutput = z.strictObject({
  summary: z.array(z.string()),
  /** The constants every recommendation is judged by, as its `method` block states them. */
  method: Recommendation.shape.method,
  /** What each constant means, by name. */
  meanings: z.record(z.string(), z.string()),
  docs: z.string(),
});
export type ExplainOutput = z.infer<typeof ExplainOutput>;

export const SourcesResource = z.array(CitedSource.extend({ kind: z.enum(['public', 'private']) }));
export type SourcesResource = z.infer<typeof SourcesResource>;

const CITE =
  'When you answer, do not give only the pick: state how sure the result is in words, and cite the evidence by source title, publisher and date.';

export const TOOLS = {
  recommend: {
    title: 'Recommend a model per workload',
    description: [
      'Recommends a frontier AI model for each workload in a mix (e.g. {"vision": 70, "coding": 30}), a routing plan and the best single model, from a dated, source-cited dataset (the `model-advisor://dataset` resource lists the workload, requirement and model ids).',
      'Deterministic: the same input gives the same output. Returns the same Recommendation JSON as `model-advisor recommend --json`.',
      CITE,
      "For each workload say the pick's confidence word (workloads[].recommendation.confidence when present: clear, likely, tie or unresolved; otherwise lowConfidence with its reasons), its win probability and coverage, the runner-up, whether it is pilot-only, and the warnings (stale data, proxies, conflicts).",
      'Quote figures from workloads[].evidence with their source (dataset.sources gives title, publisher and date).',
    ].join(' '),
    input: RecommendInput,
    output: Recommendation,
  },
  compare: {
    title: 'Compare two models',
    description: [
      'Two models head to head: each benchmark on its fixed 0–1 scale (who leads, by how much, and whether the intervals separate), each workload score and the probability the first model beats the second, and their governance facts. Returns the same JSON as `model-advisor compare A B --json`.',
      CITE,
      'Say "clear" only where benchmarks[].clear is true; otherwise say the figures overlap. Give each figure with its source and date (benchmarks[].a / .b).',
    ].join(' '),
    input: CompareInput,
    output: Comparison,
  },
  evidence: {
    title: 'Evidence: figures, quotes, sources and dates',
    description: [
      'The observations behind every score, optionally for one model and/or one benchmark: each figure with the source’s verbatim quote, the source id, the date and any note, plus the cited sources (title, publisher, date, url).',
      'Quote the words as given and name the source and date; a figure without a quote is a team’s private result and should be called that.',
    ].join(' '),
    input: EvidenceInput,
    output: EvidenceOutput,
  },
  explain_method: {
    title: 'How the advisor scores',
    description:
      'The scoring method in a few sentences and the constants every recommendation is judged by (thresholds for low confidence, staleness, padding for missing and proxy figures), with what each means. Use it to explain why a pick is or is not confident.',
    input: ExplainInput,
    output: ExplainOutput,
  },
} as const;
export type ToolName = keyof typeof TOOLS;

/** Every tool's input and output is a JSON object, as MCP requires. */
type ObjectSchema = { type: 'object' } & Record<string, unknown>;
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as ObjectSchema;

/** The tool list as `tools/list` returns it and `schema mcp-tools` prints it. */
export function toolList() {
  return Object.entries(TOOLS).map(([name, t]) => ({
    name,
    title: t.title,
    description: t.description,
    inputSchema: jsonSchema(t.input, 'input'),
    outputSchema: jsonSchema(t.output, 'output'),
    annotations: { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }));
}
