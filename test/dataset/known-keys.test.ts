import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { knownKeys } from '../../src/dataset/parse.js';

describe('knownKeys: the keys a schema allows at a JSON path', () => {
  it('lists a dataset part’s sections at the top', () => {
    expect(knownKeys([])).toEqual(expect.arrayContaining(['models', 'benchmarks', 'observations', 'sources', 'workloads']));
  });

  it('follows lists by index and objects by key, through optional and default', () => {
    expect(knownKeys(['observations', 0])).toEqual(expect.arrayContaining(['model', 'benchmark', 'value', 'source', 'date']));
    expect(knownKeys(['benchmarks', 3, 'scale'])).toEqual(expect.arrayContaining(['kind', 'unit', 'min', 'max']));
  });

  it('follows a record to its values', () => {
    const schema = z.strictObject({ facts: z.record(z.string(), z.strictObject({ value: z.string(), note: z.string().optional() })) });
    expect(knownKeys(['facts', 'api-ga'], schema)).toEqual(['value', 'note']);
  });

  it('unwraps nullable and default, and sees through a refinement', () => {
    const inner = z.strictObject({ a: z.number(), b: z.number() }).refine((o) => o.a < o.b);
    const schema = z.strictObject({ x: inner.nullable().default(null) });
    expect(knownKeys(['x'], schema)).toEqual(['a', 'b']);
  });

  it('is empty where the path leaves the schema, meets a wrong kind of key, or ends on a non-object', () => {
    expect(knownKeys(['nope'])).toEqual([]);
    expect(knownKeys(['observations', 'first'])).toEqual([]);
    expect(knownKeys(['observations', 0, 'model'])).toEqual([]);
    expect(knownKeys(['constructor'])).toEqual([]);
    expect(knownKeys(['models', 0, 'governance', 'api-ga', 'value', 'deeper'])).toEqual([]);
  });
});
