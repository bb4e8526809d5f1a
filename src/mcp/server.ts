import { type CallToolResult, Server } from '@modelcontextprotocol/server';
import { StdioServerTransport } from '@modelcontextprotocol/server/stdio';
import { UserError } from '../errors.js';
import { jsonText, oneLine } from '../render/sanitize.js';
import { TOOL } from '../version.js';
import { toolList } from './schemas.js';
import { callTool, datasetInfo, sourceList, type ToolContext } from './tools.js';

// The stdio MCP server (`model-advisor mcp`): the SDK's low-level Server, so that the tool list is exactly
// toolList() and every call's input goes through the same checks as the library's, with the same messages.
// Loaded only by the mcp command (a chunk of its own in the build).

const RESOURCES = {
  'model-advisor://dataset': {
    name: 'dataset',
    title: 'The dataset: age, staleness and ids',
    description:
      "The data's newest published figure (asOf), its age in days and whether it is stale, the overlays the server was started with, and the workload, requirement, model and benchmark ids the tools take.",
    read: datasetInfo,
  },
  'model-advisor://sources': {
    name: 'sources',
    title: 'Sources: title, publisher and date',
    description: 'Every source a figure or fact comes from, with its title, publisher, date and url: what to cite.',
    read: sourceList,
  },
} as const;

/** Longer than this, an error message (one echoing a huge id, say) is cut: it goes into an assistant's context. */
export const MAX_ERROR_CHARS = 2000;

/** One line, whatever the input echoed in it held (the CLI's own rule, sanitize.ts), length capped. */
function toolMessage(message: string): string {
  const line = oneLine(message);
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS - 1)}…` : line;
}

/** A tool error: one line, as the CLI prints it after "model-advisor: ". A bug says so, with its message. */
function toolError(e: unknown, log: (text: string) => void): CallToolResult {
  if (e instanceof UserError) return { content: [{ type: 'text', text: toolMessage(e.message) }], isError: true };
  log(`model-advisor mcp: internal error — this is a bug; please report it with the text below.\n${(e as Error)?.stack ?? String(e)}\n`);
  const message = e instanceof Error ? e.message : String(e);
  return {
    content: [{ type: 'text', text: toolMessage(`internal error (a bug in model-advisor; please report it): ${message}`) }],
    isError: true,
  };
}

export function createServer(ctx: ToolContext, log: (text: string) => void): Server {
  const server = new Server(
    { name: TOOL.name, version: TOOL.version },
    {
      capabilities: { tools: {}, resources: {} },
      instructions:
        'model-advisor recommends frontier AI models per workload from dated, source-cited evidence. Cite the sources (title, publisher, date) behind each figure and state how sure each pick is in words; never give only the pick.',
    },
  );
  const tools = toolList();
  server.setRequestHandler('tools/list', () => ({ tools }));
  server.setRequestHandler('tools/call', (request) => {
    const { name, arguments: args } = request.params;
    let result: CallToolResult;
    try {
      const value = callTool(ctx, name, args);
      result = { content: [{ type: 'text', text: jsonText(value) }], structuredContent: value as Record<string, unknown> };
    } catch (e) {
      return toolError(e, log);
    }
    return server.projectCallToolResult(result, tools.find((t) => t.name === name)?.outputSchema);
  });
  server.setRequestHandler('resources/list', () => ({
    resources: Object.entries(RESOURCES).map(([uri, r]) => ({
      uri,
      name: r.name,
      title: r.title,
      description: r.description,
      mimeType: 'application/json',
    })),
  }));
  server.setRequestHandler('resources/read', (request) => {
    const { uri } = request.params;
    if (!Object.hasOwn(RESOURCES, uri)) throw new UserError(`unknown resource "${uri}"; use one of: ${Object.keys(RESOURCES).join(', ')}`);
    const resource = RESOURCES[uri as keyof typeof RESOURCES];
    return { contents: [{ uri, mimeType: 'application/json', text: jsonText(resource.read(ctx)) }] };
  });
  return server;
}

/** Serves on stdin/stdout until the client closes the connection. */
export async function serveStdio(ctx: ToolContext, log: (text: string) => void): Promise<void> {
  const server = createServer(ctx, log);
  const closed = new Promise<void>((resolve) => {
    server.onclose = () => resolve();
  });
  await server.connect(new StdioServerTransport());
  await closed;
}
