import { Client } from '@modelcontextprotocol/client';
import { InMemoryTransport } from '@modelcontextprotocol/server';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { createServer, MAX_ERROR_CHARS } from '../../src/mcp/server.js';
import type { ToolContext } from '../../src/mcp/tools.js';

// The server's wiring in-process (the built one runs in server.test.ts): what a bug does, and what an unknown
// resource does. Neither may take the server down.

const TODAY = '2026-11-27';

async function connect(ctx: ToolContext, log: (t: string) => void) {
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  const server = createServer(ctx, log);
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '1' });
  await client.connect(clientSide);
  return client;
}

describe('the MCP server in-process', () => {
  it('a bug in a tool is a tool error saying so, its stack logged (stderr), and the server goes on', async () => {
    const loaded = loadDataset({ today: TODAY });
    // Not a state real data can reach: the engine fails on it with a TypeError, as a bug would.
    const broken = { ...loaded, dataset: { ...loaded.dataset, benchmarks: null as never } };
    const logged: string[] = [];
    const client = await connect({ loaded: broken, today: () => TODAY }, (t) => logged.push(t));
    const r = (await client.callTool({ name: 'recommend', arguments: { mix: { coding: 1 } } })) as {
      isError?: boolean;
      content: { text: string }[];
    };
    expect(r.isError).toBe(true);
    expect(r.content[0]?.text).toMatch(/^internal error \(a bug in model-advisor; please report it\): /);
    expect(logged.join('')).toMatch(/internal error — this is a bug[\s\S]*at /);
    expect((await client.listTools()).tools).toHaveLength(4);
    await client.close();
  });

  it('an error message stays one line, and short, whatever the input it echoes', async () => {
    const client = await connect({ loaded: loadDataset({ today: TODAY }), today: () => TODAY }, () => {});
    const error = async (args: Record<string, unknown>) =>
      ((await client.callTool({ name: 'compare', arguments: args })) as { isError?: boolean; content: { text: string }[] }).content[0]
        ?.text ?? '';
    const text = await error({ a: 'gpt-5.4', b: 'x\ny\u2028z' });
    expect(text).toMatch(/^unknown model "x\\ny\\u2028z"; use one of: /);
    expect(text.split(/[\n\u2028]/)).toHaveLength(1);
    const long = await error({ a: 'gpt-5.4', b: 'm'.repeat(100_000) });
    // The echoed name is cut where it is quoted (sanitize.ts quoted), well inside the MCP cap.
    expect(long.length).toBeLessThanOrEqual(MAX_ERROR_CHARS);
    expect(long).toMatch(/^unknown model "m+…"; use one of: /);
    // A null is not "absent": the engine names it rather than filling in the default.
    const nullMix = (await client.callTool({ name: 'recommend', arguments: { mix: null } })) as {
      isError?: boolean;
      content: { text: string }[];
    };
    expect(nullMix.isError).toBe(true);
    expect(nullMix.content[0]?.text).toBe('profile: mix: must be an object of workload weights');
    await client.close();
  });

  it('an unknown resource is refused, and the server goes on', async () => {
    const client = await connect({ loaded: loadDataset({ today: TODAY }), today: () => TODAY }, () => {});
    await expect(client.readResource({ uri: 'file:///etc/passwd' })).rejects.toThrow(/unknown resource "file:\/\/\/etc\/passwd"/);
    const sources = await client.readResource({ uri: 'model-advisor://sources' });
    expect(JSON.parse((sources.contents[0] as { text: string }).text).length).toBeGreaterThan(0);
    await client.close();
  });

  it('"today" defaults to the server’s, read per call', async () => {
    let today = '2026-11-27';
    const client = await connect({ loaded: loadDataset({ today }), today: () => today }, () => {});
    const ageOn = async () => {
      const r = (await client.callTool({ name: 'recommend', arguments: { mix: { coding: 1 }, samples: 100 } })) as {
        structuredContent: { dataset: { today: string; ageDays: number } };
      };
      return r.structuredContent.dataset;
    };
    const first = await ageOn();
    today = '2026-11-28';
    const second = await ageOn();
    expect([first.today, second.today]).toEqual(['2026-11-27', '2026-11-28']);
    expect(second.ageDays - first.ageDays).toBe(1);
    await client.close();
  });
});
