import type { z } from 'zod';
import { compare, evidence, recommend } from '../api.js';
import type { LoadResult } from '../dataset/bundle.js';
import type { ProfileInput, Recommendation } from '../engine/schema.js';
import { listOf, UserError } from '../errors.js';
import { type EvidenceOutput, type ExplainOutput, MCP_MAX_SAMPLES, type SourcesResource, TOOLS, type ToolName } from './schemas.js';

// What each tool does with a call's arguments: the library's functions, on the dataset loaded at start.
// Each returns a whole result or throws (a UserError for input the caller can fix); never a part of one. Any
// input that looks like a file path is refused first (the guard below).

export interface ToolContext {
  loaded: LoadResult;
  /** "Today" when a call does not say: the server's clock (or SOURCE_DATE_EPOCH), read per call. */
  today: () => string;
}

type Args = Record<string, unknown>;

/** The call's arguments as an object with only the keys the tool's input schema names. */
function argsFor(name: ToolName, input: unknown): Args {
  refusePaths(input);
  const args = input ?? {};
  if (typeof args !== 'object' || Array.isArray(args)) throw new UserError(`the ${name} tool takes an object of arguments`);
  const keys = Object.keys(TOOLS[name].input.shape);
  const extra = Object.keys(args).filter((k) => !keys.includes(k));
  if (extra.length > 0) {
    const what = extra.length > 1 ? 'keys' : 'key';
    const use = keys.length > 0 ? `; the ${name} tool takes ${listOf(keys)}` : `; the ${name} tool takes no arguments`;
    throw new UserError(`unknown ${what} ${extra.map((k) => `"${k}"`).join(', ')}${use}`);
  }
  const { samples } = args as Args;
  if (typeof samples === 'number' && samples > MCP_MAX_SAMPLES) {
    throw new UserError(
      `profile: samples: must be a whole number from 100 to ${MCP_MAX_SAMPLES} (the MCP server's limit, so a call cannot hold it up)`,
    );
  }
  return args as Args;
}

/** The tool's own schema, after the library accepted the call: what tools/list advertises is what is enforced. */
function conforms(name: ToolName, args: Args): void {
  const parsed = (TOOLS[name].input as z.ZodType).safeParse(args);
  if (parsed.success) return;
  const [first] = parsed.error.issues;
  const path = first?.path.length ? first.path.join('.') : '(input)';
  throw new UserError(`${path}: ${first?.message ?? 'is not valid'}`);
}

/** The profile a call describes: every workload equally and today's date unless it says otherwise. */
function profileOf(ctx: ToolContext, args: Args): ProfileInput {
  // Only an absent key takes the default: a null is the caller's mistake, and the engine names it.
  const mix = args.mix === undefined ? Object.fromEntries(ctx.loaded.dataset.workloads.map((w) => [w.id, 1])) : args.mix;
  return { ...args, mix, today: args.today === undefined ? ctx.today() : args.today } as ProfileInput;
}

function defaultRecommendation(ctx: ToolContext): Recommendation {
  return recommend(ctx.loaded, profileOf(ctx, {}));
}

const SUMMARY = [
  'Governance requirements are hard gates, never scores: a model that fails one, or whose fact is unknown, is not eligible, and the report says which.',
  "Each benchmark is mapped to 0–1 by fixed bounds of its own scale (never rescaled against the other models); a workload's score is the weighted sum of its benchmarks, traded against token efficiency by the cost weight.",
  "Every figure carries an interval (a range from the source's words, a band for approximate figures, a wider one for a proxy measured on a sibling model); a missing figure spans the measured peers' range, never zero or an average.",
  'Seeded Monte Carlo draws give each eligible model its probability of ranking first (win probability); coverage is the share of the weight backed by real figures.',
  'A pick is low-confidence when its win probability or coverage is below the thresholds, or it rests on proxies; pilot-only picks name the best model with a generally-available API.',
  'Across the mix: a routing plan (each workload its own pick) and the best single model, with what consolidating on it loses and the share range within which it stays the pick.',
];

const MEANINGS: Record<string, string> = {
  samples: 'Monte Carlo draws per workload (the default; a call may set 100 to 100,000).',
  seed: 'The random seed: the same seed gives the same output.',
  costWeight: 'The default trade of quality for token efficiency: 0 = quality only.',
  lowWinProbability: 'A pick that wins fewer draws than this is low-confidence.',
  lowCoverage: 'A pick whose real figures back less than this share of the weight is low-confidence.',
  staleAfterDays: 'Data whose newest published figure is older than this many days is stale.',
  partialCoverage: 'How much a range or words count towards coverage (a measured figure counts 1, a proxy or a gap 0).',
  defaultNoise:
    'The noise band of a figure whose benchmark declares none (linear: points of the scale; elo: rating points; log: a fraction).',
  sensitivity:
    'The constants no source gives, the value used and the ends of a plausible range; a pick that flips within them is marked fragile.',
  proxyPad: 'A figure measured on a sibling model stands in for the model ± this much (0–1 scale).',
  exactTerms: 'Per model, the widest this-many uncertain terms are drawn exactly; beyond twice as many, the rest as one normal.',
  detailModels: 'Per workload, the first this-many models of the ranking carry their contributions and evidence.',
};

function citedSources(ctx: ToolContext, ids: ReadonlySet<string>): EvidenceOutput['sources'] {
  return ctx.loaded.dataset.sources
    .filter((s) => ids.has(s.id))
    .map((s) => ({ id: s.id, title: s.title, publisher: s.publisher, date: s.date, url: s.url ?? null, origin: s.origin }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const HANDLERS: Record<ToolName, (ctx: ToolContext, args: Args) => object> = {
  recommend: (ctx, args) => recommend(ctx.loaded, profileOf(ctx, args)),
  compare: (ctx, { a, b, ...rest }) => {
    for (const [key, id] of [
      ['a', a],
      ['b', b],
    ] as const) {
      if (typeof id !== 'string')
        throw new UserError(`${key}: name a model id (see the evidence tool or the model-advisor://dataset resource)`);
    }
    return compare(ctx.loaded, a as string, b as string, profileOf(ctx, rest));
  },
  evidence: (ctx, args) => {
    const observations = evidence(ctx.loaded, args as { model?: string; benchmark?: string });
    return { observations, sources: citedSources(ctx, new Set(observations.map((o) => o.source))) } satisfies EvidenceOutput;
  },
  explain_method: (ctx) =>
    ({
      summary: SUMMARY,
      method: defaultRecommendation(ctx).method,
      meanings: MEANINGS,
      docs: 'docs/scoring.md in the model-advisor package: the method with a worked example to redo by hand',
    }) satisfies ExplainOutput,
};

export const TOOL_NAMES = Object.keys(TOOLS) as ToolName[];

/** Runs one tool call to completion: the result object, or a thrown error (UserError: the caller's input). */
export function callTool(ctx: ToolContext, name: string, input: unknown): object {
  if (!(TOOL_NAMES as string[]).includes(name)) throw new UserError(`unknown tool "${name}"; use one of: ${listOf(TOOL_NAMES)}`);
  const tool = name as ToolName;
  const args = argsFor(tool, input);
  const result = HANDLERS[tool](ctx, args);
  conforms(tool, args);
  return result;
}

/** The dataset's description for the `model-advisor://dataset` resource: its age, staleness and ids. */
export function datasetInfo(ctx: ToolContext) {
  const rec = defaultRecommendation(ctx);
  const { sources: _, ...dataset } = rec.dataset;
  const d = ctx.loaded.dataset;
  return {
    ...dataset,
    staleAfterDays: rec.method.staleAfterDays,
    overrides: ctx.loaded.warnings,
    workloads: d.workloads.map((w) => ({ id: w.id, name: w.name, description: w.description })),
    requirements: d.requirements.map((r) => ({ id: r.id, label: r.label })),
    models: d.models.map((m) => ({ id: m.id, name: m.name, vendor: m.vendor })),
    benchmarks: d.benchmarks.map((b) => ({ id: b.id, name: b.name })),
  };
}

/** The sources every figure comes from, for the `model-advisor://sources` resource. */
export function sourceList(ctx: ToolContext): SourcesResource {
  return ctx.loaded.dataset.sources.map((s) => ({
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    date: s.date,
    url: s.url ?? null,
    origin: s.origin,
    kind: s.kind ?? 'public',
  }));
}

// Tool inputs name workloads, models, benchmarks, numbers and dates, never files: the data is fixed when the
// server starts (`model-advisor mcp --data FILE`). A string that looks like a path, anywhere in a call's
// input (key or value), is refused before anything else runs, so no call can steer the server to a file.

/** Separators, a home or relative start, a drive letter, a file: URL or a NUL byte. */
const PATH_LIKE = /[/\\\0]|^[.~]|^[a-z]:|^file:/i;

/** More than this many keys and values in one call is not a profile; refused rather than walked. */
export const MAX_INPUT_ITEMS = 10_000;

const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Throws a UserError when any key or string value looks like a file path, or the input is too large. */
export function refusePaths(input: unknown): void {
  // Iterative, so a deeply nested input cannot exhaust the stack.
  const stack: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++seen > MAX_INPUT_ITEMS) throw new UserError(`the input has more than ${MAX_INPUT_ITEMS} items; send a profile, not a data file`);
    const at = path === '' ? 'the input' : path;
    if (typeof value === 'string') {
      if (PATH_LIKE.test(value)) throw refused(value, at);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) stack.push({ value: v, path: `${path}[${i}]` });
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        const child = path === '' ? k : `${path}.${k}`;
        if (PATH_LIKE.test(k)) throw refused(k, child);
        stack.push({ value: v, path: child });
      }
    }
  }
}

function refused(text: string, at: string): UserError {
  return new UserError(
    `${shown(text)} (at ${at}) looks like a file path; tool inputs never name files: the data is fixed when the server starts (model-advisor mcp --data FILE)`,
  );
}
