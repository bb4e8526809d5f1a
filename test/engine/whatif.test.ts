import { describe, expect, it } from 'vitest';
import { compare } from '../../src/api.js';
import { loadDataset } from '../../src/dataset/load.js';
import type { Assumption, Recommendation } from '../../src/engine/schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { jsonText } from '../../src/render/sanitize.js';
import { run, workloadOf } from '../helpers/engine.js';
import { tempDir, writeOverlay } from '../helpers/overlay.js';

// --assume applies a labelled in-memory overlay: its report equals the report of an overlay file carrying the
// same fact and figure (named "assumption", as the in-memory one is), except for the hypothetical marking.
const TODAY = '2026-11-21';
const ALL = { vision: 1, health: 1, coding: 1, agentic: 1, reasoning: 1 };
const { dataset } = loadDataset();

const unmarked = (r: Recommendation) => {
  const { hypothetical: _h, assumptions: _a, ...rest } = r;
  return { ...rest, profile: { ...rest.profile, assumptions: [] } };
};

describe('what-if (--assume)', () => {
  const assumptions = [
    { model: 'muse-spark', key: 'api-ga', value: 'yes' as const },
    { model: 'claude-opus-4.6', key: 'terminal-bench-2', value: 74 },
  ];
  const hypothetical = run(dataset, { mix: ALL, today: TODAY, assumptions });

  it('equals an overlay carrying the same fact and figure, except for the hypothetical marking', () => {
    const dir = tempDir();
    const file = writeOverlay(dir, 'assumption', {
      sources: [{ id: 'assumption', kind: 'private', title: 'What-if assumptions (--assume)', publisher: 'you', date: TODAY }],
      governance: [
        { model: 'muse-spark', requirement: 'api-ga', value: 'yes', detail: 'assumed (--assume)', source: 'assumption', date: TODAY },
      ],
      observations: [
        {
          model: 'claude-opus-4.6',
          benchmark: 'terminal-bench-2',
          value: 74,
          source: 'assumption',
          date: TODAY,
          note: 'assumed (--assume), not measured',
        },
      ],
    });
    const overlaid = run(loadDataset({ overlays: [file], cwd: dir, today: TODAY }).dataset, { mix: ALL, today: TODAY });
    expect(overlaid.hypothetical).toBe(false);
    expect(hypothetical.hypothetical).toBe(true);
    expect(hypothetical.assumptions).toEqual([assumptions[1], assumptions[0]]);
    expect(unmarked(hypothetical)).toEqual(unmarked(overlaid));
  });

  it('changes what the assumption changes: Muse Spark in production for vision, Opus the coding pick at 74%', () => {
    expect(workloadOf(hypothetical, 'vision').recommendation).toMatchObject({ model: 'muse-spark', status: 'production' });
    expect(workloadOf(hypothetical, 'coding').recommendation?.model).toBe('claude-opus-4.6');
    // The GA trigger has fired, so it is no longer listed.
    expect(workloadOf(hypothetical, 'vision').triggers.some((t) => t.kind === 'governance')).toBe(false);
  });

  it('is never byte-identical to a real report, and marks every format in its first line', () => {
    const real = run(dataset, { mix: ALL, today: TODAY });
    expect(jsonText(hypothetical)).not.toBe(jsonText(real));
    expect(jsonText(hypothetical).split('\n')[1]).toBe('  "hypothetical": true,');
    expect(renderMarkdown(hypothetical).split('\n')[0]).toBe(
      '> **HYPOTHETICAL — this report assumes claude-opus-4.6:terminal-bench-2=74, muse-spark:api-ga=yes (--assume); it is not what the evidence says today.**',
    );
    expect(renderMarkdown(real).split('\n')[0]).toMatch(/^# Model recommendation: /);
  });

  it('rejects an assumption the dataset cannot hold, in one line', () => {
    const bad = (a: { model: string; key: string; value: string | number }) => () =>
      run(dataset, { mix: ALL, today: TODAY, assumptions: [a as Assumption] });
    expect(bad({ model: 'nope', key: 'api-ga', value: 'yes' })).toThrow(/unknown model "nope"/);
    expect(bad({ model: 'gpt-5.4', key: 'api-ga', value: 3 })).toThrow(/governance fact, so its value is yes, no or unknown/);
    expect(bad({ model: 'gpt-5.4', key: 'hle', value: 'yes' })).toThrow(/benchmark, so its value is a figure/);
    expect(bad({ model: 'gpt-5.4', key: 'colour', value: 'yes' })).toThrow(/neither a requirement nor a benchmark/);
  });
});

describe('compare under a what-if', () => {
  it('shows the assumed figure and fact it scored, not the published ones beside an assumed score', () => {
    // Claude Opus 4.6 has no Terminal-Bench 2.0 figure of its own and Muse Spark no confirmed GA API; assumed
    // 74% and "yes", the comparison's benchmark row and governance row must say so, as its workload scores do.
    const profile = {
      mix: { coding: 1 },
      today: TODAY,
      assumptions: [
        { model: 'claude-opus-4.6', key: 'terminal-bench-2', value: 74 },
        { model: 'muse-spark', key: 'api-ga', value: 'yes' as const },
      ],
    };
    const c = compare(dataset, 'claude-opus-4.6', 'muse-spark', profile);
    const row = c.benchmarks.find((b) => b.benchmark === 'terminal-bench-2');
    expect(row?.a).toMatchObject({ value: 74, source: 'assumption', origin: 'assumption' });
    expect(c.governance.find((g) => g.requirement === 'api-ga')?.b).toBe('yes');
    const published = compare(dataset, 'claude-opus-4.6', 'muse-spark', { mix: { coding: 1 }, today: TODAY });
    expect(published.benchmarks.find((b) => b.benchmark === 'terminal-bench-2')?.a).toBeNull();
  });
});
