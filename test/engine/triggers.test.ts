import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { run, workloadOf } from '../helpers/engine.js';

// Triggers on the bundled data: the sources' own trigger (Muse Spark's API going GA), a figure threshold worked
// out by hand, the single model's break-even share, a settling evaluation, and the engine agreeing with each.
const { dataset } = loadDataset();
const TODAY = '2026-07-10';
const ALL = { vision: 1, health: 1, coding: 1, agentic: 1, reasoning: 1 };
const r = run(dataset, { mix: ALL, today: TODAY });
const triggersOf = (w: string) => workloadOf(r, w).triggers;
/** The engine's own pick for one workload with one figure assumed (--assume), for checking a threshold from both sides. */
const pickWith = (workload: string, model: string, benchmark: string, figure: number) =>
  workloadOf(run(dataset, { mix: { [workload]: 1 }, today: TODAY, assumptions: [{ model, key: benchmark, value: figure }] }), workload)
    .recommendation;

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
    // Coding weighs SWE-bench Verified 0.5 and Terminal-Bench 2.0 0.5 (TerminalBench Hard 0), both linear on 0–100,
    // each figure ±2.5 points (±0.025). Gemini 3.1 Pro: 0.5 × 0.806 + 0.5 × 0.685 = 0.7455 (noise 0.025).
    // Opus: SWE-bench Verified 80.8 → 0.808, no Terminal-Bench figure (a gap). With a figure x it scores
    // 0.5 × 0.808 + 0.5 × x/100 with noise 0.5 × 0.025 + 0.5 × 0.025 = 0.025, so from x ≈ 63.3% up the two cannot be
    // separated (|Δ| < (0.025 + 0.025)/2) and the tie rule decides: both production-ready, both coverage 1 (two
    // measured figures each), then the higher score. So the pick flips where the scores meet:
    // 0.404 + 0.5 × x/100 = 0.7455 ⇒ x/100 = 2 × 0.7455 − 0.808 = 0.683 ⇒ x = 68.3%. Exactly there the scores and worst
    // cases are equal and only the model ids decide (see below), so the sentence names the next step up, 68.4%, where
    // Claude leads by 0.0005 whatever the models are called; `figure` keeps the exact meeting point.
    const t = triggersOf('coding').find((x) => x.kind === 'figure' && x.model === 'claude-opus-4.6' && x.benchmark === 'terminal-bench-2');
    expect(t?.figure).toBeCloseTo(68.3, 9);
    expect(t?.direction).toBe('at-least');
    expect(t?.message).toBe('Claude Opus 4.6 becomes the pick for Coding if its Terminal-Bench 2.0 figure is ≥ 68.4% (now: no figure).');
    expect(t?.becomes).toEqual({ model: 'claude-opus-4.6', name: 'Claude Opus 4.6', status: 'production' });
  });

  it('agrees with the engine itself on either side of the threshold', () => {
    // At 68.3% the scores are equal (0.404 + 0.3415 = 0.7455), and so are the worst cases (0.5 × 0.783 + 0.5 × 0.658 =
    // 0.7205 = 0.5 × 0.781 + 0.5 × 0.660): a tie that only the sums' last bits order, never the ids. At 68.4%,
    // the threshold the trigger shows, 0.404 + 0.342 = 0.746 leads by 0.0005, and the higher score is Claude's.
    const at683 = pickWith('coding', 'claude-opus-4.6', 'terminal-bench-2', 68.3);
    expect(at683?.confidence).toBe('tie');
    expect([at683?.model, ...(at683?.tiedWith ?? []).map((t) => t.model)].sort()).toEqual(['claude-opus-4.6', 'gemini-3.1-pro']);
    expect(pickWith('coding', 'claude-opus-4.6', 'terminal-bench-2', 68.4)).toMatchObject({
      model: 'claude-opus-4.6',
      confidence: 'tie',
      tiedWith: [{ model: 'gemini-3.1-pro' }],
    });
    // At 68.2%: 0.404 + 0.341 = 0.745, 0.0005 behind, still a tie, and the higher score keeps Gemini 3.1 Pro.
    expect(pickWith('coding', 'claude-opus-4.6', 'terminal-bench-2', 68.2)).toMatchObject({
      model: 'gemini-3.1-pro',
      confidence: 'tie',
      tiedWith: [{ model: 'claude-opus-4.6' }],
    });
    // Beyond the noise (≥ 73.3%: 0.404 + 0.3665 = 0.7705, ahead by 0.025) the lead is Claude's outright.
    expect(pickWith('coding', 'claude-opus-4.6', 'terminal-bench-2', 75)).toMatchObject({ model: 'claude-opus-4.6', tiedWith: [] });
  });

  it('puts the threshold where the tie rule flips the pick, below where the scores meet when the rule favours the challenger', () => {
    // Health weighs HealthBench Hard alone. Muse Spark (pilot) 42.8 → 0.428 ± 0.025; GPT-5.4 has words ("high 30s–
    // low 40s"). With a measured figure x, GPT-5.4 scores x/100 ± 0.025, and the two cannot be separated once
    // 0.428 − x/100 < (0.025 + 0.025)/2, i.e. x > 40.3; within the tie the rule puts production-ready first, so
    // GPT-5.4 (api-ga yes) takes the pick from there, not only from 42.8 where the scores meet. At exactly 40.3 the
    // gap equals the noise (no tie), so the smallest figure shown to one decimal that wins is 40.4.
    const t = triggersOf('health').find((x) => x.kind === 'figure' && x.model === 'gpt-5.4');
    expect(t?.figure).toBeCloseTo(40.3, 6);
    expect(t?.figure).toBeGreaterThan(40.3);
    expect(t?.message).toBe(
      'GPT-5.4 becomes the pick for Health Q&A if its HealthBench Hard figure is ≥ 40.4 (now: words read as a range).',
    );
    // 40.4: 0.428 − 0.404 = 0.024 < 0.025, a tie, production-ready first.
    expect(pickWith('health', 'gpt-5.4', 'healthbench-hard', 40.4)).toMatchObject({
      model: 'gpt-5.4',
      confidence: 'tie',
      tiedWith: [{ model: 'muse-spark' }],
    });
    // 40.2: 0.026 behind, beyond the noise: Muse Spark stays the pick.
    expect(pickWith('health', 'gpt-5.4', 'healthbench-hard', 40.2)).toMatchObject({ model: 'muse-spark', tiedWith: [] });
  });

  it('gives a figure that fills a gap its noise band, as a real figure gets, before asking the pick rule', () => {
    // Agentic: GDPval-AA 0.7, SWE-bench Verified 0.3. Claude Opus 4.6 (GDPval-AA only through its sibling, coverage
    // 0.3) 0.7331 with noise 0.7 × 0.0801 (the proxy band, pad included) + 0.3 × 0.025 = 0.0636. GPT-5.4 has GDPval-AA
    // 1676 → 0.7336 (±25 points: ±0.0281) and no SWE-bench figure. With a measured x its noise is 0.7 × 0.0281 +
    // 0.3 × 0.025 = 0.0272 (not 0.0197, as if the new figure had none), so they tie once
    // 0.7331 − (0.7 × 0.7336 + 0.3 × x/100) < (0.0636 + 0.0272)/2 = 0.0454, i.e. x > 58.05; in the tie GPT-5.4 has the
    // higher coverage (1 against 0.3), both production-ready: the pick.
    const t = triggersOf('agentic').find((x) => x.kind === 'figure' && x.model === 'gpt-5.4' && x.benchmark === 'swe-bench-verified');
    expect(t?.figure).toBeCloseTo(58.05, 1);
    expect(t?.message).toBe(
      'GPT-5.4 becomes the pick for Agentic multi-step work if its SWE-bench Verified figure is ≥ 58.1% (now: no figure).',
    );
    expect(pickWith('agentic', 'gpt-5.4', 'swe-bench-verified', 58.1)?.model).toBe('gpt-5.4');
    expect(pickWith('agentic', 'gpt-5.4', 'swe-bench-verified', 58)?.model).toBe('claude-opus-4.6');
  });

  it('states the single model’s break-even shares as triggers', () => {
    // The single model over all five workloads is Muse Spark (pilot); its pick holds while coding's share stays
    // inside its break-even range, so coding carries both sides.
    const single = r.portfolio.singleModel!;
    expect(single.model).toBe('muse-spark');
    const be = single.breakEven.find((b) => b.workload === 'coding')!;
    const shares = triggersOf('coding').filter((x) => x.kind === 'share');
    expect(shares.map((t) => t.message)).toEqual([
      `If the share of Coding in the mix falls below ${Math.round(be.low * 100)}% (now 20%; the others rescaled), Muse Spark is no longer the best single model.`,
      `If the share of Coding in the mix rises above ${Math.round(be.high * 100)}% (now 20%; the others rescaled), Muse Spark is no longer the best single model.`,
    ]);
    for (const t of shares) expect(t).toMatchObject({ kind: 'share', low: be.low, high: be.high, model: null, becomes: null });
    // A range that covers every share (vision: 0–100%) states nothing.
    expect(single.breakEven.find((b) => b.workload === 'vision')).toMatchObject({ low: 0, high: 1 });
    expect(triggersOf('vision').some((x) => x.kind === 'share')).toBe(false);
  });

  it('names the evaluation that would settle a low-confidence pick', () => {
    // Gemini 3.1 Pro leads Claude Opus 4.6 (its challenger) only through Claude's Terminal-Bench gap; on the one
    // benchmark both have (SWE-bench Verified) Claude is ahead, 0.808 to 0.806: unresolved, and Gemini has both figures.
    expect(triggersOf('coding').find((t) => t.kind === 'confidence')).toEqual({
      kind: 'confidence',
      message:
        'Run Terminal-Bench 2.0 on Claude Opus 4.6, then bring the results in with --data FILE (an overlay of observations citing your own source; "model-advisor data init" writes an example).',
      model: 'gemini-3.1-pro',
      benchmarks: ['terminal-bench-2'],
      becomes: null,
    });
  });

  it('says which verified fact would unblock a requirement (an SLA for Gemini 3.1 Pro)', () => {
    // No model has a "yes" SLA fact; verified for Gemini 3.1 Pro, it alone passes and is the coding pick.
    const blocked = run(dataset, { mix: { coding: 1 }, today: TODAY, requirements: ['sla'] });
    const w = workloadOf(blocked, 'coding');
    expect(w.recommendation).toBeNull();
    expect(w.triggers[0]?.message).toBe(
      'If Gemini 3.1 Pro is verified to meet "Published SLA", the production pick for Coding becomes Gemini 3.1 Pro.',
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
