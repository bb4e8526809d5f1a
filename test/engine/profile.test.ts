import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLES, DEFAULT_SEED } from '../../src/engine/schema.js';
import { UserError } from '../../src/errors.js';
import { profile, table } from '../helpers/builders.js';
import { run } from '../helpers/engine.js';

// Rule 1: the profile — mix normalised to shares, requirements, exclusions, cost weight, dates, samples, seed.
const data = table({ a: { b1: 80, b2: 60 }, b: { b1: 70, b2: 75 } }, { w1: { b1: 1 }, w2: { b2: 1 }, w3: { b1: 1, b2: 1 } });

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  throw new Error('expected a UserError');
}

describe('profile', () => {
  it('normalises non-negative weights to shares that sum to 1, largest first, and echoes them without the zeros', () => {
    const r = run(data, profile({ mix: { w1: 1, w2: 3, w3: 0 } }));
    expect(r.workloads.map((w) => [w.workload, w.share])).toEqual([
      ['w2', 0.75],
      ['w1', 0.25],
    ]);
    expect(r.profile.mix).toEqual({ w2: 0.75, w1: 0.25 });
  });

  it('fills defaults: cost weight 0, no as-of date, default samples and seed', () => {
    const r = run(data, { mix: { w1: 1 }, today: '2026-03-15' });
    expect(r.profile).toMatchObject({
      costWeight: 0,
      asOf: null,
      samples: DEFAULT_SAMPLES,
      seed: DEFAULT_SEED,
      requirements: [],
      exclude: [],
    });
    expect(r.method).toMatchObject({ samples: 10_000, seed: 1, costWeight: 0 });
  });

  it('takes today from the profile, so the dataset age is reproducible', () => {
    expect(run(data, profile({ mix: { w1: 1 }, today: '2026-03-11' })).dataset).toMatchObject({ asOf: '2026-03-01', ageDays: 10 });
    expect(run(data, profile({ mix: { w1: 1 }, today: '2026-04-01' })).dataset.ageDays).toBe(31);
  });

  it('sorts and deduplicates requirements and exclusions in the echo', () => {
    const r = run(data, profile({ mix: { w1: 1 }, requirements: ['open-weights', 'api-ga', 'api-ga'], exclude: ['b', 'a', 'b'] }));
    expect(r.profile.requirements).toEqual(['api-ga', 'open-weights']);
    expect(r.profile.exclude).toEqual(['a', 'b']);
  });

  it('rejects a mix with no positive weight, or a negative one, naming the path', () => {
    expect(userError(() => run(data, profile({ mix: { w1: 0 } }))).message).toMatch(/^profile: mix: needs at least one workload/);
    expect(userError(() => run(data, profile({ mix: { w1: -1, w2: 1 } }))).message).toMatch(/^profile: mix\.w1: must not be negative/);
    expect(userError(() => run(data, profile({ mix: { w1: 1 }, costWeight: 2 }))).message).toMatch(/^profile: costWeight:/);
  });

  it('rejects ids the dataset does not know, naming the bad id and the valid ones', () => {
    expect(userError(() => run(data, profile({ mix: { nope: 1 } }))).message).toBe(
      'profile: mix.nope: unknown workload "nope"; use one of: w1, w2 or w3',
    );
    expect(userError(() => run(data, profile({ mix: { w1: 1 }, requirements: ['sla'] }))).message).toBe(
      'profile: requirements.0: unknown requirement "sla"; use one of: api-ga, open-weights, self-host, fine-tune or public-pricing',
    );
    expect(userError(() => run(data, profile({ mix: { w1: 1 }, exclude: ['c'] }))).message).toBe(
      'profile: exclude.0: unknown model "c"; use one of: a or b',
    );
  });

  it('leaves a workload at 0% out everywhere: no result, no route, no warning naming it', () => {
    const r = run(data, profile({ mix: { w1: 1, w3: 0 } }));
    expect(r.workloads.map((w) => w.workload)).toEqual(['w1']);
    expect(r.portfolio.routes.map((x) => x.workload)).toEqual(['w1']);
    const w3 = data.workloads.find((w) => w.id === 'w3');
    for (const w of r.warnings) expect(w.message).not.toContain(w3?.name ?? 'w3');
  });
});
