import { resolveToday } from '../today.js';
import { parseDate } from './flags.js';
import type { DataOptions } from './options.js';
import { type Io, loadWithOverlays } from './shared.js';

// `model-advisor mcp`: loads the data once, then hands over to the MCP server (src/mcp/), imported only here.

export interface McpOptions extends DataOptions {
  today?: string;
}

/**
 * `model-advisor mcp`: an MCP server on stdin/stdout until the client disconnects. The overlays are read
 * once, here, from the command line of whoever configured the server; no tool call names a file. What they
 * override goes to stderr (an MCP client's log), never to stdout, which carries only the protocol.
 */
export async function runMcp(opts: McpOptions, io: Io): Promise<number> {
  const fixedToday = opts.today === undefined ? undefined : parseDate('--today', opts.today);
  const today = () => fixedToday ?? resolveToday(undefined, io.env);
  const loaded = await loadWithOverlays(opts, io, today());
  if (io.stdinIsTTY) {
    io.err(
      'model-advisor mcp speaks the Model Context Protocol on stdin and stdout; start it from an MCP client (see README.md, "MCP server"). Ctrl-C to stop.\n',
    );
  }
  const { serveStdio } = await import('../mcp/server.js');
  await serveStdio({ loaded, today }, io.err);
  return 0;
}
