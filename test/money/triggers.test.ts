import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { run, workloadOf } from '../engine/helpers.js';

// Triggers on the bundled data: the sources' own trigger (Muse Spark's API going GA), a figure threshold worked
// out by hand, the single model's break-even share, a settling evaluation, and the engine agreeing with each.
const { dataset } = loadDataset();
const TODAY = '2026-07-10';
const ALL = { vision: 1, health: 1, coding: 1, agentic: 1, reasoning: 1 };
const r = run(dataset, { mix: ALL, today: TODAY });
const triggersOf = (w: string) => workloadOf(r, w).triggers;

describe('triggers: what would change the pick', () => {
  it("lists the sources' own trigger for vision: Muse Spark's API becoming generally available", () => {
    const ga = triggersOf('vision').find((t) => t.kind === 'governance');
    expect(ga).toEqual({
      kind: 'governance',
      message: "If Muse Spark's API becomes generally available, the production pick for Vision & documents becomes Muse Spark.",
      model: 'muse-spark',
      requirements: ['api-ga'],
      becomes: { model: 'muse-spark', name: 'Muse Spark', status: 'production' },
    });
  });

  it('computes the Terminal-Bench 2.0 figure at which Claude Opus 4.6 overtakes Gemini 3.1 Pro for coding', () => {
    // Coding weighs SWE-bench Verified 0.5 and Terminal-Bench 2.0 0.5 (TerminalBench Hard 0), both linear on 0–100.
    // The pick, Gemini 3.1 Pro, scores 0.5 × 0.806 + 0.5 × 0.685 = 0.7455. Opus: SWE-bench Verified 80.8 → 0.808, no
    // Terminal-Bench figure. With one, x: 0.5 × 0.808 + 0.5 × x/100 = 0.7455 ⇒ x/100 = 2 × 0.7455 − 0.808 = 0.683 ⇒ 68.3%.
    const t = triggersOf('coding').find((x) => x.kind === 'figure' && x.model === 'claude-opus-4.6' && x.benchmark === 'terminal-bench-2');
    expect(t?.figure).toBeCloseTo(68.3, 9);
    expect(t?.direction).toBe('at-least');
    expect(t?.message).toBe('Claude Opus 4.6 becomes the pick for Coding if its Terminal-Bench 2.0 figure is ≥ 68.3% (now: no figure).');
    expect(t?.becomes).toEqual({ model: 'claude-opus-4.6', name: 'Claude Opus 4.6', status: 'production' });
  });

  it('agrees with the engine itself on either side of the threshold', () => {
    const codingPick = (figure: number) =>
      workloadOf(
        run(dataset, {
          mix: { coding: 1 },
          today: TODAY,
          assumptions: [{ model: 'claude-opus-4.6', key: 'terminal-bench-2', value: figure }],
        }),
        'coding',
      ).recommendation?.model;
    expect(codingPick(68.3)).toBe('claude-opus-4.6');
    expect(codingPick(68.2)).toBe('gemini-3.1-pro');
  });

  it('states the single model’s break-even shares as triggers', () => {
    const single = r.portfolio.singleModel!;
    expect(single.name).toBe('Muse Spark');
    const be = single.breakEven.find((b) => b.workload === 'coding')!;
    const [below, above] = triggersOf('coding').filter((x) => x.kind === 'share');
    expect(below).toMatchObject({ kind: 'share', low: be.low, high: be.high, model: null, becomes: null });
    expect(below?.message).toBe(
      `If the share of Coding in the mix falls below ${Math.round(be.low * 100)}% (now 20%; the others rescaled), Muse Spark is no longer the best single model.`,
    );
    expect(above?.message).toBe(
      `If the share of Coding in the mix rises above ${Math.round(be.high * 100)}% (now 20%; the others rescaled), Muse Spark is no longer the best single model.`,
    );
  });

  it('names the evaluation that would settle a low-confidence pick', () => {
    // Gemini 3.1 Pro does not lead Claude Opus 4.6 on the evidence both have; Opus has no Terminal-Bench 2.0 figure.
    const coding = workloadOf(r, 'coding');
    expect(coding.recommendation?.confidence).toBe('unresolved');
    expect(triggersOf('coding').find((t) => t.kind === 'confidence')).toEqual({
      kind: 'confidence',
      message: coding.recommendation?.settle?.message,
      model: 'gemini-3.1-pro',
      benchmarks: ['terminal-bench-2'],
      becomes: null,
    });
    expect(coding.recommendation?.settle?.message).toMatch(
      /^Run Terminal-Bench 2\.0 on Claude Opus 4\.6, then bring the results in with --data FILE/,
    );
  });

  it('says which verified fact would unblock a requirement (an SLA for Gemini 3.1 Pro first)', () => {
    const blocked = run(dataset, { mix: { coding: 1 }, today: TODAY, requirements: ['sla'] });
    const w = workloadOf(blocked, 'coding');
    expect(w.recommendation).toBeNull();
    expect(w.triggers[0]?.message).toBe(
      'If Gemini 3.1 Pro is verified to meet "Published SLA", the production pick for Coding becomes Gemini 3.1 Pro.',
    );
    expect(w.triggers.map((t) => t.message)).toContain(
      'If GPT-5.4 is verified to meet "Published SLA", the production pick for Coding becomes GPT-5.4.',
    );
  });

  it('stays bounded: a few challengers, each benchmark once', () => {
    for (const w of r.workloads) {
      const figures = w.triggers.filter((t) => t.kind === 'figure');
      expect(new Set(figures.map((t) => t.model)).size).toBeLessThanOrEqual(3);
      expect(new Set(figures.map((t) => `${t.model}|${t.benchmark}`)).size).toBe(figures.length);
    }
  });
});
