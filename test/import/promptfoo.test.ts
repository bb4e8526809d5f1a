import { describe, expect, it } from 'vitest';
import { importFixture, items } from '../helpers/import.js';

describe('promptfoo import', () => {
  it('version 3: one pass rate per provider, its 95% Wilson interval as the range, dated by the eval', () => {
    const { part, summary } = importFixture('promptfoo', 'promptfoo-v3.json', {
      benchmark: 'our-coding-suite',
      workload: 'coding',
      weight: 0.7,
    });
    const obs = items(part, 'observations');
    expect(obs.map((o) => [o.model, o.low, o.high])).toEqual([
      // Wilson: 124/200 0.55107–0.68441, 168/200 0.78286–0.88433, 140/200 0.63321–0.75925, 96/200 0.41179–0.54896;
      // stored in percent, the low end rounded down and the high end up to 0.01.
      ['gpt-5.4', 55.1, 68.45],
      ['claude-opus-4.6', 78.28, 88.44],
      ['gemini-3.1-pro', 63.32, 75.93],
      ['muse-spark', 41.17, 54.9],
    ]);
    expect(obs.every((o) => o.date === '2026-11-18' && o.source === 'promptfoo-eval-7hq-2026-11-18t09-12-44')).toBe(true);
    // Cost, tokens without the grader's (the file's assertions hold 10,500 more), mean latency: 1,840,000 ms / 200.
    expect(obs[0]?.note).toContain('124 of 200 tests passed, 74 failed, 2 errored');
    expect(obs[0]?.note).toContain('cost $41.30 ($0.2065 per test)');
    expect(obs[0]?.note).toContain('tokens 1520000 prompt + 610000 completion = 2130000 total');
    expect(obs[0]?.note).toContain('mean latency 9200 ms');
    expect(obs[2]?.note).toMatch(/^Measured on the preview build \(gemini-3.1-pro-preview\)\./);
    const [source] = items(part, 'sources');
    expect(source).toMatchObject({ kind: 'private', date: '2026-11-18', file: 'promptfoo-v3.json' });
    expect(source?.note).toContain('promptfoo 0.120.4 (results format version 3), eval id eval-7Hq-2026-11-18T09:12:44');
    expect(summary[1]).toBe(
      'claude-opus-4.6 ← "anthropic:messages:claude-opus-4-6" (by alias): 168/200 passed (84%, 95% interval 78.3%–88.4%)',
    );
  });

  it('--workload and --weight: the suite takes that share, the bundled coding benchmarks share the rest as before', () => {
    const { part } = importFixture('promptfoo', 'promptfoo-v3.json', { benchmark: 'our-coding-suite', workload: 'coding', weight: 0.7 });
    expect(items(part, 'weights').map((w) => [w.benchmark, w.weight])).toEqual([
      ['our-coding-suite', 0.7],
      ['swe-bench-verified', 0.15],
      ['terminal-bench-2', 0.15],
      ['terminalbench-hard', 0],
    ]);
    expect(items(importFixture('promptfoo', 'promptfoo-v3.json').part, 'weights')).toEqual([]);
  });

  it('version 2: table.head.prompts; a provider with only errors; a near name; counts from results when metrics are missing; score is a sum', () => {
    const { part, summary } = importFixture('promptfoo', 'promptfoo-v2.json', { date: '2026-10-03' });
    const obs = items(part, 'observations');
    // Only errors: 0 of 5, an interval of 0–43.45%, said loudly.
    expect(obs[0]).toMatchObject({ model: 'claude-opus-4.6', low: 0, high: 43.45, date: '2026-10-03' });
    expect(obs[0]?.note).toContain('EVERY test errored');
    expect(summary[0]).toContain('EVERY test errored: check the provider set-up');
    // "GPT-5.4 mini" is not GPT-5.4: a new model. Its score sum 16.5 over 20 tests is a mean of 0.825.
    expect(items(part, 'models')).toEqual([{ id: 'gpt-5.4-mini', name: 'GPT-5.4 mini', vendor: 'Unknown: the file does not say' }]);
    expect(obs[1]?.note).toContain('score sum 16.5 (mean 0.825 per test)');
    // No metrics: counted from the results with promptIdx 2 (2 passed, 1 failed, 1 error).
    expect(obs[2]).toMatchObject({ model: 'gpt-5.4' });
    expect(obs[2]?.note).toContain('2 of 4 tests passed, 1 failed, 1 errored');
    expect(obs[2]?.note).toContain('mean latency 750 ms');
    expect(items(part, 'benchmarks')[0]?.id).toBe('promptfoo-eval');
  });

  it('refuses a bundled benchmark id and an unknown workload', () => {
    expect(() => importFixture('promptfoo', 'promptfoo-v3.json', { benchmark: 'swe-bench-verified' })).toThrow(
      /that is a bundled benchmark/,
    );
    expect(() => importFixture('promptfoo', 'promptfoo-v3.json', { workload: 'cooking' })).toThrow(/no such workload; use one of: vision/);
  });
});
