import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/client';
import { StdioClientTransport } from '@modelcontextprotocol/client/stdio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, cli, ROOT } from '../helpers/cli.js';

// The real built server (`model-advisor mcp`, dist/cjs/) over stdio, driven by the SDK's own client, its
// answers held against the built CLI's for the same profile.

const TODAY = '2026-11-27';
const QUICK_START = { mix: { vision: 70, coding: 30 }, today: TODAY };
const ENV = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };

type ToolResult = { content: { type: string; text?: string }[]; structuredContent?: unknown; isError?: boolean };

async function connect(args: string[] = []): Promise<Client> {
  const client = new Client({ name: 'model-advisor-test', version: '1.0.0' });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, 'mcp', ...args],
    env: ENV,
    cwd: ROOT,
    stderr: 'pipe',
  });
  await client.connect(transport);
  return client;
}

const call = async (client: Client, name: string, args: unknown) =>
  (await client.callTool({ name, arguments: args as Record<string, unknown> })) as ToolResult;
const textOf = (r: ToolResult) => r.content.map((c) => c.text ?? '').join('');

describe('model-advisor mcp (the built server, over stdio, with the SDK client)', () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect();
  });
  afterAll(async () => {
    await client?.close();
  });

  it('lists the four tools exactly as `schema mcp-tools` publishes them', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['recommend', 'compare', 'evidence', 'explain_method']);
    const published = JSON.parse(cli(['schema', 'mcp-tools']).stdout) as { tools: unknown[] };
    expect(JSON.parse(JSON.stringify(tools))).toEqual(published.tools);
    const recommend = tools[0]!;
    // The input is the Profile (mix, requirements, exclusions, cost weight, as-of, …), strict, with the MCP bound on samples.
    expect(Object.keys(recommend.inputSchema.properties ?? {})).toEqual(
      expect.arrayContaining(['mix', 'requirements', 'exclude', 'costWeight', 'asOf', 'today', 'samples', 'seed']),
    );
    expect(recommend.inputSchema.additionalProperties).toBe(false);
    expect((recommend.inputSchema.properties as Record<string, { maximum?: number }>).samples?.maximum).toBe(100_000);
    expect(recommend.description).toMatch(/cite the evidence by source title, publisher and date/);
    expect(recommend.description).toMatch(/confidence word/);
  });

  it('recommend with the quick-start profile: the same JSON as `recommend --json`, as text and as structured content', async () => {
    const expected = cli(['recommend', '--mix', 'vision=70,coding=30', '--today', TODAY, '--json']);
    expect(expected.code).toBe(0);
    const r = await call(client, 'recommend', QUICK_START);
    expect(r.isError).toBeFalsy();
    expect(textOf(r)).toBe(expected.stdout);
    expect(r.structuredContent).toEqual(JSON.parse(expected.stdout));
  });

  it('compare: the same JSON as `compare A B --json`', async () => {
    const expected = cli(['compare', 'gpt-5.4', 'gemini-3.1-pro', '--mix', 'coding=1', '--today', TODAY, '--json']);
    expect(expected.code).toBe(0);
    const r = await call(client, 'compare', { a: 'gpt-5.4', b: 'gemini-3.1-pro', mix: { coding: 1 }, today: TODAY });
    expect(r.isError).toBeFalsy();
    expect(r.structuredContent).toEqual(JSON.parse(expected.stdout));
  });

  it('evidence: the rows of `evidence --json` for the filter, with the sources they cite', async () => {
    const expected = JSON.parse(cli(['evidence', '--model', 'gpt-5.4', '--benchmark', 'aa-index', '--json']).stdout);
    const r = await call(client, 'evidence', { model: 'gpt-5.4', benchmark: 'aa-index' });
    const out = r.structuredContent as { observations: { source: string; quote: string | null }[]; sources: { id: string }[] };
    expect(out.observations).toEqual(expected);
    expect(out.observations.length).toBeGreaterThan(0);
    expect(out.sources.map((s) => s.id)).toEqual([...new Set(expected.map((o: { source: string }) => o.source))].sort());
    const all = await call(client, 'evidence', {});
    expect((all.structuredContent as { observations: unknown[] }).observations).toEqual(JSON.parse(cli(['evidence', '--json']).stdout));
  });

  it('explain_method: the method block of a default recommendation, each constant explained', async () => {
    const r = await call(client, 'explain_method', {});
    const out = r.structuredContent as { summary: string[]; method: Record<string, number>; meanings: Record<string, string> };
    const rec = JSON.parse(cli(['recommend', '--today', TODAY, '--json']).stdout);
    expect(out.method).toEqual(rec.method);
    expect(out.summary.length).toBeGreaterThan(3);
    // A constant added to the method block needs its meaning here (src/mcp/tools.ts, MEANINGS).
    expect(Object.keys(out.meanings).sort()).toEqual(Object.keys(out.method).sort());
  });

  it('resources: the sources with title, publisher and date; the dataset with its age and staleness', async () => {
    const { resources } = await client.listResources();
    expect(resources.map((r) => r.uri)).toEqual(['model-advisor://dataset', 'model-advisor://sources']);
    const read = async (uri: string) => JSON.parse(((await client.readResource({ uri })).contents[0] as { text: string }).text);
    const sources = await read('model-advisor://sources');
    const listed = JSON.parse(cli(['sources', '--json']).stdout) as { id: string; title: string; publisher: string; date: string }[];
    expect(sources.map((s: { id: string }) => s.id)).toEqual(listed.map((s) => s.id));
    for (const [i, s] of listed.entries()) expect(sources[i]).toMatchObject({ title: s.title, publisher: s.publisher, date: s.date });
    const dataset = await read('model-advisor://dataset');
    // The server's own clock decides the age here, so compare with a CLI run on the same day.
    const rec = JSON.parse(cli(['recommend', '--today', dataset.today, '--json']).stdout);
    const { sources: _, ...info } = rec.dataset;
    expect(dataset).toMatchObject({ ...info, staleAfterDays: 60 });
    expect(dataset.workloads.map((w: { id: string }) => w.id)).toEqual(['vision', 'health', 'coding', 'agentic', 'reasoning']);
  });

  describe('malformed calls: a tool error with one line, the server still answering after each', () => {
    const PATH_REFUSED =
      /looks like a file path; tool inputs never name files: the data is fixed when the server starts \(model-advisor mcp --data FILE\)$/;
    it.each<[string, string, unknown, string | RegExp]>([
      [
        'unknown workload',
        'recommend',
        { mix: { nope: 1 }, today: TODAY },
        'profile: mix.nope: unknown workload "nope"; use one of: vision, health, coding, agentic or reasoning',
      ],
      // JSON has no NaN: the client sends null, as JSON.stringify does.
      ['NaN weight', 'recommend', { mix: { vision: Number.NaN }, today: TODAY }, 'profile: mix.vision: must be a finite number'],
      ['a weight that is a string', 'recommend', { mix: { vision: 'NaN' }, today: TODAY }, 'profile: mix.vision: must be a finite number'],
      [
        '10^9 samples',
        'recommend',
        { ...QUICK_START, samples: 1e9 },
        "profile: samples: must be a whole number from 100 to 100000 (the MCP server's limit, so a call cannot hold it up)",
      ],
      [
        'an extra property',
        'recommend',
        { ...QUICK_START, verbose: true },
        'unknown key "verbose"; the recommend tool takes mix, requirements, exclude, costWeight, asOf, today, samples, seed, volume, ioRatio or assumptions',
      ],
      [
        'a requirement on compare',
        'compare',
        { a: 'gpt-5.4', b: 'gemini-3.1-pro', requirements: ['api-ga'] },
        /^unknown key "requirements"; the compare tool takes a, b, /,
      ],
      ['arguments to explain_method', 'explain_method', { x: 1 }, 'unknown key "x"; the explain_method tool takes no arguments'],
      ['an unknown model', 'compare', { a: 'gpt-5.4', b: 'gpt-9' }, /^unknown model "gpt-9"; use one of: /],
      [
        'a missing model',
        'compare',
        { a: 'gpt-5.4' },
        'b: name a model id (see the evidence tool or the model-advisor://dataset resource)',
      ],
      ['an unknown benchmark', 'evidence', { benchmark: 'mmlu' }, /^unknown benchmark "mmlu"; use one of: /],
      ['a bad date', 'recommend', { mix: { vision: 1 }, today: '2026-02-30' }, 'profile: today: is not a real calendar date'],
      ['a path as a workload', 'recommend', { mix: { '../../etc/passwd': 1 }, today: TODAY }, PATH_REFUSED],
      ['a path in a list', 'recommend', { ...QUICK_START, exclude: ['gpt-5.4', '/etc/passwd'] }, PATH_REFUSED],
      ['a home path as a model', 'evidence', { model: '~/.ssh/id_rsa' }, PATH_REFUSED],
      ['a Windows path', 'compare', { a: 'C:\\data\\x.json', b: 'gpt-5.4' }, PATH_REFUSED],
      ['a file URL as a date', 'recommend', { mix: { vision: 1 }, today: 'file:///etc/passwd' }, PATH_REFUSED],
      ['a path in an extra property', 'recommend', { ...QUICK_START, data: 'overlay.json/..' }, PATH_REFUSED],
      ['an unknown tool', 'read_file', { path: 'x' }, /unknown tool "read_file"|read_file/],
    ])('%s', async (_, tool, args, message) => {
      const r = await call(client, tool, args);
      expect(r.isError).toBe(true);
      expect(r.structuredContent).toBeUndefined();
      const text = textOf(r);
      expect(text.split('\n')).toHaveLength(1);
      if (typeof message === 'string') expect(text).toBe(message);
      else expect(text).toMatch(message);
      // Still answering, and with the right answer.
      const ok = await call(client, 'evidence', { model: 'gpt-5.4', benchmark: 'aa-index' });
      expect(ok.isError).toBeFalsy();
    });

    it('the refused path is named with where it was', async () => {
      const r = await call(client, 'recommend', { ...QUICK_START, exclude: ['gpt-5.4', '/etc/passwd'] });
      expect(textOf(r)).toBe(
        '"/etc/passwd" (at exclude[1]) looks like a file path; tool inputs never name files: the data is fixed when the server starts (model-advisor mcp --data FILE)',
      );
    });
  });
});

describe('model-advisor mcp --data FILE: overlays fixed when the server starts', () => {
  it('the overlay is in every answer, and the dataset resource names it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ma-mcp-'));
    const file = join(dir, 'overlay.json');
    expect(cli(['data', 'init', file, '--today', TODAY]).code).toBe(0);
    const client = await connect(['--data', file, '--today', TODAY]);
    try {
      const r = await call(client, 'recommend', { mix: { coding: 1 }, today: TODAY });
      const expected = cli(['recommend', '--mix', 'coding=1', '--data', file, '--today', TODAY, '--json']);
      expect(r.structuredContent).toEqual(JSON.parse(expected.stdout));
      const dataset = JSON.parse(((await client.readResource({ uri: 'model-advisor://dataset' })).contents[0] as { text: string }).text);
      expect(dataset.overlays).toEqual([file]);
    } finally {
      await client.close();
    }
  });

  it('a bad overlay stops the server before it starts: one line on stderr, exit 2', () => {
    const r = cli(['mcp', '--data', 'missing.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/missing\.json/);
  });
});
