import { describe, expect, it } from 'vitest';
import { checkCitations, checkDates, checkReferences } from '../../src/dataset/check.js';
import type { LoadedPart } from '../../src/dataset/merge.js';
import type { Price, WithOrigin } from '../../src/dataset/schema.js';
import { dataset, model, observation, source } from '../helpers/builders.js';

// The cross-checks' rules on hand-built datasets (no file locations: findings point at "(unknown file)" "$").

describe('checkCitations: a price needs a "quote" or a "note" unless its source does not need one', () => {
  const sources = [source({ id: 'pub' }), source({ id: 'priv', kind: 'private' })];
  const price = (o: Partial<WithOrigin<Price>>): WithOrigin<Price> => ({
    model: 'm',
    input: 1,
    output: 2,
    currency: 'USD',
    source: 'pub',
    date: '2026-03-01',
    origin: 'mine.json',
    ...o,
  });
  const flagged = (p: WithOrigin<Price>) =>
    checkCitations(dataset({ sources, models: [model({ id: 'm', facts: {} })], prices: [p] })).map((f) => f.code);

  it('flags a user price from a public source with neither', () => {
    expect(flagged(price({}))).toEqual(['missing-quote']);
  });

  it('accepts a user price from a public source with either a quote or a note', () => {
    expect(flagged(price({ quote: '$1 / 1M input' }))).toEqual([]);
    expect(flagged(price({ note: 'read on the pricing page' }))).toEqual([]);
  });

  it('accepts a user price from a private source with neither', () => {
    expect(flagged(price({ source: 'priv' }))).toEqual([]);
  });

  it('flags a bundled price with neither, even from a private source; a note is enough there too', () => {
    expect(flagged(price({ source: 'priv', origin: 'bundled' }))).toEqual(['missing-quote']);
    expect(flagged(price({ source: 'priv', origin: 'bundled', note: 'price list' }))).toEqual([]);
  });
});

describe('checkReferences: an observation citing an unknown source is a finding, a known one is not', () => {
  it('names the unknown source and the known ones', () => {
    const d = dataset({
      models: [model({ id: 'm', facts: {} })],
      observations: [
        observation({ model: 'm', benchmark: 'b', source: 'src-a' }),
        observation({ model: 'm', benchmark: 'b', source: 'gone' }),
      ],
    });
    const found = checkReferences(d).filter((f) => f.path.endsWith('.source'));
    expect(found.map((f) => f.message)).toEqual(['unknown source "gone"; add it to "sources" or use one of: src-a']);
  });
});

describe('checkDates: the walk descends into objects and arrays only; null, strings and numbers are leaves', () => {
  const loaded = (part: unknown): LoadedPart => ({ origin: 'a.json', file: 'a.json', part: part as LoadedPart['part'] });

  it('passes over a null, a number and strings, and finds a future date deep inside', () => {
    const part = loaded({
      sources: [
        { note: null, n: 5, id: 's', date: '2026-01-01' },
        { note: null, n: 5, id: 't', date: '2027-01-01' },
      ],
    });
    expect(checkDates([part], '2026-08-01').map((f) => [f.file, f.path, f.code])).toEqual([['a.json', '$.sources[1].date', 'future-date']]);
  });
});
