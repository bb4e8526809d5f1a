import { z } from 'zod';
import { DatasetPart } from '../dataset/schema.js';
import { ReportDiff } from '../diff/read.js';
import { Profile, Recommendation } from '../engine/schema.js';
import { listOf, UserError } from '../errors.js';
import { toolList } from '../mcp/schemas.js';
import { AnswersSchema } from '../questionnaire/answers.js';
import { jsonText, quoted } from '../render/sanitize.js';
import type { Io } from './shared.js';

// `model-advisor schema NAME`: the JSON Schema of an input or output, generated from the zod schema the tool
// itself validates with.

const SCHEMAS = {
  recommendation: { schema: Recommendation, io: 'output', title: 'model-advisor recommendation (the --json output of recommend)' },
  dataset: {
    schema: DatasetPart,
    io: 'input',
    title: 'model-advisor dataset part: a bundled data/*.json file or a --data overlay (every part optional)',
  },
  profile: { schema: Profile, io: 'input', title: 'model-advisor profile: workload mix, requirements and settings' },
  answers: {
    schema: AnswersSchema,
    io: 'input',
    title: 'model-advisor answers file: saved by the questionnaire, replayed by recommend --answers',
  },
  diff: {
    schema: ReportDiff,
    io: 'output',
    title: 'model-advisor diff: what changed between two saved reports (the --json output of diff)',
  },
} as const;

/** Not one schema: the MCP server's tools, each with its input and output JSON Schema, as tools/list returns them. */
const MCP_TOOLS = 'mcp-tools';

export const SCHEMA_NAMES = [...Object.keys(SCHEMAS), MCP_TOOLS] as (keyof typeof SCHEMAS | typeof MCP_TOOLS)[];

/** The JSON Schema (draft 2020-12) generated from the zod schema the tool itself validates with. */
export function jsonSchemaFor(name: string): Record<string, unknown> {
  if (name === MCP_TOOLS) {
    const title = 'model-advisor MCP tools: name, description, input and output JSON Schema of each, as tools/list returns them';
    return { $id: `https://model-advisor.dev/schema/${MCP_TOOLS}.json`, title, tools: toolList() };
  }
  if (!Object.hasOwn(SCHEMAS, name)) throw new UserError(`unknown schema ${quoted(name)}; use one of: ${listOf(SCHEMA_NAMES)}`);
  const { schema, io, title } = SCHEMAS[name as keyof typeof SCHEMAS];
  const generated = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Record<string, unknown>;
  return { $schema: generated.$schema, $id: `https://model-advisor.dev/schema/${name}.json`, title, ...generated };
}

export async function runSchema(name: string, io: Io): Promise<number> {
  io.out(jsonText(jsonSchemaFor(name)));
  return 0;
}
