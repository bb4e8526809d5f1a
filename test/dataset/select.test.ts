import { describe, expect, it } from 'vitest';
import { selectObservations } from '../../src/dataset/select.js';
import { UserError } from '../../src/errors.js';
import { benchmark, dataset, model, observation } from '../helpers/builders.js';

// Two models × two benchmarks, one figure each, plus a model and a benchmark with no figure at all.
const data = dataset({
  models: ['m1', 'm2', 'm3'].map((id) => model({ id })),
  benchmarks: ['b1', 'b2', 'b3'].map((id) => benchmark({ id })),
  observations: [
    observation({ model: 'm1', benchmark: 'b1', value: 11 }),
    observation({ model: 'm1', benchmark: 'b2', value: 12 }),
    observation({ model: 'm2', benchmark: 'b1', value: 21 }),
    observation({ model: 'm2', benchmark: 'b2', value: 22 }),
  ],
});
const values = (filter: Parameters<typeof selectObservations>[1]) => selectObservations(data, filter).map((o) => o.value);

function thrown(filter: Parameters<typeof selectObservations>[1]): unknown {
  try {
    selectObservations(data, filter);
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('selectObservations: the evidence of one model and/or benchmark', () => {
  it('gives every observation, in dataset order, without a filter (or with both left undefined)', () => {
    expect(values({})).toEqual([11, 12, 21, 22]);
    expect(values({ model: undefined, benchmark: undefined })).toEqual([11, 12, 21, 22]);
    expect(selectObservations(data, {})[0]).toBe(data.observations[0]);
  });

  it('keeps only the model’s observations, on every benchmark, when given a model', () => {
    expect(values({ model: 'm1' })).toEqual([11, 12]);
    expect(values({ model: 'm2' })).toEqual([21, 22]);
  });

  it('keeps only the benchmark’s observations, of every model, when given a benchmark', () => {
    expect(values({ benchmark: 'b1' })).toEqual([11, 21]);
    expect(values({ benchmark: 'b2' })).toEqual([12, 22]);
  });

  it('keeps only the observations matching both when given a model and a benchmark', () => {
    expect(values({ model: 'm1', benchmark: 'b2' })).toEqual([12]);
    expect(values({ model: 'm2', benchmark: 'b1' })).toEqual([21]);
  });

  it('gives an empty list for a known model or benchmark without figures', () => {
    expect(values({ model: 'm3' })).toEqual([]);
    expect(values({ benchmark: 'b3' })).toEqual([]);
    expect(values({ model: 'm3', benchmark: 'b1' })).toEqual([]);
  });

  it('rejects an unknown model with a UserError listing the dataset’s models', () => {
    const e = thrown({ model: 'gpt-9' });
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe('unknown model "gpt-9"; use one of: m1, m2 or m3');
  });

  it('rejects an unknown benchmark with a UserError listing the dataset’s benchmarks', () => {
    const e = thrown({ benchmark: 'mmlu' });
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).message).toBe('unknown benchmark "mmlu"; use one of: b1, b2 or b3');
  });

  it('checks ids against their own kind: a benchmark id is not a model, nor a model id a benchmark', () => {
    expect((thrown({ model: 'b1' }) as Error).message).toBe('unknown model "b1"; use one of: m1, m2 or m3');
    expect((thrown({ benchmark: 'm1' }) as Error).message).toBe('unknown benchmark "m1"; use one of: b1, b2 or b3');
  });

  it('checks the model first when both are unknown, and a known model does not excuse an unknown benchmark', () => {
    expect((thrown({ model: 'x', benchmark: 'y' }) as Error).message).toMatch(/^unknown model "x"/);
    expect((thrown({ model: 'm1', benchmark: 'y' }) as Error).message).toMatch(/^unknown benchmark "y"/);
    expect((thrown({ model: 'x', benchmark: 'b1' }) as Error).message).toMatch(/^unknown model "x"/);
  });
});
