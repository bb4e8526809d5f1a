import { describe, expect, it } from 'vitest';
import { importFixture, items } from '../helpers/import.js';

describe('LMArena import', () => {
  it('each category is an Elo-scale benchmark, each rating its 95% interval as the range; needs --date', () => {
    expect(() => importFixture('lmarena', 'lmarena.json')).toThrow(/carries no date; give the day it was published with --date/);
    const { part } = importFixture('lmarena', 'lmarena.json', { date: '2026-11-20', onlyKnown: true });
    expect(
      items(part, 'benchmarks').map((b) => [
        b.id,
        (b.scale as { kind: string; reference: number }).kind,
        (b.scale as { reference: number }).reference,
      ]),
    ).toEqual([
      ['lmarena-full', 'elo', 1500],
      ['lmarena-coding', 'elo', 1500],
    ]);
    const obs = items(part, 'observations');
    expect(obs.map((o) => [o.model, o.benchmark, o.low ?? o.value, o.high ?? null])).toEqual([
      ['gemini-3.1-pro', 'lmarena-full', 1492.8, 1511.9],
      ['claude-opus-4.6', 'lmarena-full', 1478.9, 1497.4],
      ['gpt-5.4', 'lmarena-full', 1462, 1481.1],
      ['claude-opus-4.6', 'lmarena-coding', 1518, 1545.2],
      // No interval in the file: the rating alone.
      ['gpt-5.4', 'lmarena-coding', 1509.9, null],
    ]);
    expect(obs[0]?.note).toMatch(/^Measured on the preview build/);
    expect(obs[0]?.quote).toBe('"rating": 1502.37, "rating_q025": 1492.8, "rating_q975": 1511.9');
  });
});
