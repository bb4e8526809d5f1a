import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { gateReasons } from '../../src/engine/gates.js';
import { VERIFY_STEPS } from '../../src/engine/whatif.js';
import { benchmark, dataset as build, model, observation, profile, workload } from '../helpers/builders.js';
import { run, workloadOf } from '../helpers/engine.js';

// When requirements leave nothing: which single requirement, dropped, gives an answer; which unknown facts block
// which models. And requirement alternatives ("self-host|fine-tune": either will do).
const TODAY = '2026-11-21';
const { dataset } = loadDataset();

describe('unblock', () => {
  it('names the requirement whose dropping gives an answer, and the pick it gives', () => {
    // api-ga alone leaves Gemini 3.1 Pro for coding (0.7455, docs/scoring.md; Muse Spark, pilot, is out); sla is
    // unknown for every GA model and "no" for Muse Spark.
    const r = run(dataset, { mix: { coding: 1 }, today: TODAY, requirements: ['api-ga', 'sla'] });
    const u = workloadOf(r, 'coding').unblock;
    expect(u?.drop).toEqual([
      { requirement: 'api-ga', becomes: null },
      { requirement: 'sla', becomes: { model: 'gemini-3.1-pro', name: 'Gemini 3.1 Pro', status: 'production' } },
    ]);
    // In ranking order: Gemini 3.1 Pro 0.7455, Claude Opus 4.6 0.529, GPT-5.4 0.5005.
    expect(u?.unknownFacts).toEqual([
      { model: 'gemini-3.1-pro', name: 'Gemini 3.1 Pro', requirements: ['sla'] },
      { model: 'claude-opus-4.6', name: 'Claude Opus 4.6', requirements: ['sla'] },
      { model: 'gpt-5.4', name: 'GPT-5.4', requirements: ['sla'] },
    ]);
    expect(u?.verify).toEqual(VERIFY_STEPS);
    expect(VERIFY_STEPS.join(' ')).toMatch(/"governance".*data init.*data import models-dev/);
  });

  it('never offers a model with no figures of its own as the pick (the pick rule competes only assessed models)', () => {
    // a: measured, blocked by an unknown fine-tune fact; blank: no figure at all, blocked only by api-ga "no".
    // Dropping api-ga leaves blank alone eligible, and it is not assessed: no answer. Dropping fine-tune gives a.
    const data = build({
      models: [
        model({ id: 'a', facts: { 'api-ga': 'yes', 'fine-tune': 'unknown' } }),
        model({ id: 'blank', facts: { 'api-ga': 'no', 'fine-tune': 'yes' } }),
      ],
      benchmarks: [benchmark({ id: 'x' })],
      observations: [observation({ model: 'a', benchmark: 'x', value: 60 })],
      workloads: [workload({ id: 'w', weights: { x: 1 } })],
    });
    const r = run(data, profile({ mix: { w: 1 }, requirements: ['api-ga', 'fine-tune'] }));
    expect(workloadOf(r, 'w').unblock?.drop).toEqual([
      { requirement: 'api-ga', becomes: null },
      { requirement: 'fine-tune', becomes: { model: 'a', name: 'A', status: 'production' } },
    ]);
  });

  it('is absent when the workload has a pick', () => {
    const r = run(dataset, { mix: { coding: 1 }, today: TODAY, requirements: ['api-ga'] });
    expect(workloadOf(r, 'coding').unblock).toBeUndefined();
  });
});

describe('requirement alternatives', () => {
  const model = (governance: Record<string, 'yes' | 'no' | 'unknown'>) => ({
    id: 'm',
    name: 'M',
    governance: Object.fromEntries(Object.entries(governance).map(([k, value]) => [k, { value, source: 's', date: '2026-01-01' }])),
  });

  it('passes when either alternative is "yes", fails when both are "no", else is unverified', () => {
    expect(gateReasons(model({ 'self-host': 'no', 'fine-tune': 'yes' }), ['fine-tune|self-host'], false)).toEqual([]);
    expect(gateReasons(model({ 'self-host': 'no', 'fine-tune': 'no' }), ['fine-tune|self-host'], false)).toMatchObject([
      { code: 'fails-requirement', requirement: 'fine-tune|self-host' },
    ]);
    expect(gateReasons(model({ 'self-host': 'no', 'fine-tune': 'unknown' }), ['fine-tune|self-host'], false)).toMatchObject([
      { code: 'unverified-requirement', requirement: 'fine-tune|self-host' },
    ]);
  });

  it('lets a model through on one alternative, in canonical spelling', () => {
    const r = run(dataset, {
      mix: { coding: 1 },
      today: TODAY,
      requirements: ['self-host|fine-tune'],
      assumptions: [{ model: 'claude-opus-4.6', key: 'fine-tune', value: 'yes' }],
    });
    expect(r.profile.requirements).toEqual(['fine-tune|self-host']);
    expect(workloadOf(r, 'coding').recommendation?.model).toBe('claude-opus-4.6');
  });
});
