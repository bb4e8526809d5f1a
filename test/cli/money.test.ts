import { describe, expect, it } from 'vitest';
import { parseAssumption, parseIoRatio, parseRequirements, parseTokens, parseVolume } from '../../src/commands/flags.js';
import { cli } from '../helpers/cli.js';
import { tempDir, writeOverlay } from '../helpers/overlay.js';

const WORKLOADS = ['vision', 'coding'];
const TODAY = ['--today', '2026-11-21'];
/** The report with its wrapping undone: lines joined by one space. */
const flat = (s: string) => s.replace(/\n+\s*/g, ' ');

describe('money flags, parsed', () => {
  it.each([
    ['20M', 20e6],
    ['1.5k', 1500],
    ['2B', 2e9],
    ['750', 750],
    ['.5M', 500_000],
    ['1_000k', 1e6],
    ['20m', 20e6],
  ])('tokens %s', (text, n) => expect(parseTokens(text)).toBe(n));

  it.each(['', 'lots', '-5M', '20MM', '1e6', '20 G'])('not tokens: %s', (text) => expect(parseTokens(text)).toBeNull());

  it('--volume: known workloads, once each, with k/M/B', () => {
    expect(parseVolume('vision=20M, coding=50M', WORKLOADS)).toEqual({ vision: 20e6, coding: 50e6 });
    expect(() => parseVolume('visoin=2M', WORKLOADS)).toThrow(/unknown workload "visoin"/);
    expect(() => parseVolume('vision=2M,vision=3M', WORKLOADS)).toThrow(/given twice/);
    expect(() => parseVolume('vision=lots', WORKLOADS)).toThrow(/not a number of monthly tokens; write e.g. vision=20M/);
    expect(() => parseVolume('vision', WORKLOADS)).toThrow(/is not WORKLOAD=TOKENS/);
  });

  it('--io-ratio: INPUT:OUTPUT (that both are above 0 is checked with the rest of the profile)', () => {
    expect(parseIoRatio('3:1')).toEqual({ input: 3, output: 1 });
    expect(parseIoRatio(' 1.5 : 1 ')).toEqual({ input: 1.5, output: 1 });
    expect(parseIoRatio('0:1')).toEqual({ input: 0, output: 1 });
    for (const bad of ['3', 'a:b', '3:1:1']) expect(() => parseIoRatio(bad)).toThrow(/--io-ratio/);
  });

  it('--assume: MODEL:FACT=VALUE or MODEL:BENCHMARK=FIGURE', () => {
    expect(parseAssumption('muse-spark:api-ga=yes')).toEqual({ model: 'muse-spark', key: 'api-ga', value: 'yes' });
    expect(parseAssumption('claude-opus-4.6:terminal-bench-2=74')).toEqual({
      model: 'claude-opus-4.6',
      key: 'terminal-bench-2',
      value: 74,
    });
    expect(parseAssumption('gpt-5.4:hle=41.5%')).toEqual({ model: 'gpt-5.4', key: 'hle', value: 41.5 });
    expect(() => parseAssumption('muse-spark=yes')).toThrow(/is not MODEL:FACT=VALUE/);
    expect(() => parseAssumption('muse-spark:api-ga=maybe')).toThrow(/use yes, no or unknown for a fact, a number for a figure/);
  });

  it('--require: alternatives written a|b', () => {
    const valid = ['api-ga', 'self-host', 'fine-tune'];
    expect(parseRequirements('api-ga,self-host|fine-tune', valid)).toEqual(['api-ga', 'self-host|fine-tune']);
    expect(() => parseRequirements('self-host|finetune', valid)).toThrow(/unknown requirement "finetune".*\(write alternatives as a\|b\)/);
  });
});

describe('recommend with money flags (the built binary)', () => {
  it('marks a what-if HYPOTHETICAL in the first line of every format', () => {
    const assume = ['--assume', 'muse-spark:api-ga=yes', '--mix', 'vision=1'];
    // The line wraps to the terminal like every other: it starts the report, and reads whole when unwrapped.
    const table = cli(['recommend', ...assume, ...TODAY]).stdout;
    expect(table.split('\n')[0]).toMatch(/^HYPOTHETICAL — this report assumes muse-spark:api-ga=yes/);
    expect(flat(table)).toMatch(
      /^HYPOTHETICAL — this report assumes muse-spark:api-ga=yes \(--assume\); it is not what the evidence says today\. model-advisor/,
    );
    expect(cli(['recommend', ...assume, ...TODAY, '--format', 'markdown']).stdout.split('\n')[0]).toMatch(/^> \*\*HYPOTHETICAL — /);
    const json = cli(['recommend', ...assume, ...TODAY, '--json']).stdout;
    expect(json.split('\n')[1]).toBe('  "hypothetical": true,');
    expect(JSON.parse(json).assumptions).toEqual([{ model: 'muse-spark', key: 'api-ga', value: 'yes' }]);
  });

  it('lists the triggers, and the Muse Spark GA trigger for vision', () => {
    const r = cli(['recommend', '--mix', 'vision=1', ...TODAY]);
    expect(flat(r.stdout)).toContain(
      "WHEN TO RE-EVALUATE - Now: the newest published figure is 140 days old, past the method's 60-day limit. - If Muse Spark's API becomes generally available, the production pick for Vision & documents becomes Muse Spark.",
    );
  });

  it('prices the plans from an overlay, and says how to add prices when there are none', () => {
    const bare = cli(['recommend', '--mix', 'coding=1', '--volume', 'coding=50M', ...TODAY]);
    expect(flat(bare.stdout)).toMatch(/MONTHLY COST The data has no prices, so no cost can be computed\. Add list prices with an overlay/);
    const dir = tempDir();
    const file = writeOverlay(dir, 'prices.json', {
      sources: [{ id: 'our-quote', kind: 'private', title: 'Our price sheet', publisher: 'Us', date: '2026-07-01' }],
      prices: [
        { model: 'gpt-5.4', input: 2.5, output: 15, currency: 'USD', source: 'our-quote', date: '2026-07-01' },
        { model: 'gemini-3.1-pro', input: 2, output: 12, currency: 'USD', source: 'our-quote', date: '2026-07-01' },
      ],
    });
    const priced = cli(['recommend', '--mix', 'coding=1', '--volume', 'coding=50M', '--data', file, ...TODAY], { cwd: dir });
    // The coding pick is Gemini 3.1 Pro: 0.75 × 2 + 0.25 × 12 = 4.5 $/1M; 50M tokens → $225.
    expect(flat(priced.stdout)).toContain(
      '- Coding (50M tokens/month): routed Gemini 3.1 Pro: $225/month ($4.50/1M); single Gemini 3.1 Pro: $225/month ($4.50/1M)',
    );
    expect(flat(priced.stdout)).toContain('Routing plan: $225/month · One model for everything: $225/month');
  });

  it('exit 3 replaced by what would give an answer', () => {
    const r = cli(['recommend', '--mix', 'coding=1', '--require', 'api-ga,sla', ...TODAY]);
    expect(r.code).toBe(3);
    expect(r.stdout).toContain('  Without “Published SLA”: Gemini 3.1 Pro');
    expect(r.stdout).toContain('  Unknown: “Published SLA” for GPT-5.4');
    expect(r.stdout).not.toContain('ineligible: unverified');
  });

  it('--assume works on a saved profile too (a what-if on --answers); --volume does not (it is in the file)', () => {
    const dir = tempDir();
    const file = writeOverlay(dir, 'answers.json', { version: 1, mix: { vision: 1 }, volume: { vision: 20e6 } });
    const what = cli(['recommend', '--answers', file, '--assume', 'muse-spark:api-ga=yes', '--json', ...TODAY], { cwd: dir });
    expect(what.code).toBe(0);
    const r = JSON.parse(what.stdout);
    expect(r.hypothetical).toBe(true);
    expect(r.profile).toMatchObject({ volume: { vision: 20e6 }, assumptions: [{ model: 'muse-spark', key: 'api-ga', value: 'yes' }] });
    expect(r.workloads[0].recommendation).toMatchObject({ model: 'muse-spark', status: 'production' });
    const clash = cli(['recommend', '--answers', file, '--volume', 'vision=1M', ...TODAY], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toMatch(/--answers replays a saved profile, so --volume cannot be added/);
  });

  it('bad money flags: one line, exit 2', () => {
    for (const args of [
      ['--volume', 'coding=lots'],
      ['--io-ratio', '3'],
      ['--assume', 'nope:api-ga=yes'],
      ['--assume', 'gpt-5.4:api-ga=7'],
      ['--require', 'self-host|nope'],
      ['--mix', 'coding=1', '--volume', 'vision=2M'],
    ]) {
      const r = cli(['recommend', ...args, ...TODAY]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
