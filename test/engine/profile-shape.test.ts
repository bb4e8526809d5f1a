import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkShape } from '../../src/engine/profile-shape.js';
import { Profile } from '../../src/engine/schema.js';

// Profiles are checked without zod (start-up time); zod's Profile is the published contract. These hold the
// first half of that check (the shape, before the ids are checked against a dataset) to the same verdict on
// every input, and to the same output, key order included.

const id = fc.oneof(
  fc.constantFrom('coding', 'vision', 'w1', 'a.b_c-d', '9lives'),
  fc.constantFrom('', 'Coding', '-x', '_x', 'a b', 'x'.repeat(65), '__proto__', 'constructor'),
  fc.string({ maxLength: 6 }),
);
const date = fc.oneof(
  fc.constantFrom('2026-07-15', '2024-02-29', '2000-01-01'),
  fc.constantFrom('2026-02-30', '2023-02-29', '2026-13-01', '26-07-15', '2026-7-15', '', 'today'),
);
const number = fc.oneof(
  fc.constantFrom(0, -0, 1, 0.5, 100, 99, 1_000_000, 1_000_001, 4_294_967_295, 4_294_967_296, 2 ** 60, -1, 1.5, 100.5),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double(),
  fc.integer(),
);
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string({ maxLength: 4 }),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
);
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ arbitrary: arb, weight: 8 }, { arbitrary: junk, weight: 1 }), { nil: undefined });

const profileLike = fc
  .record(
    {
      mix: fc.oneof(
        {
          arbitrary: fc.dictionary(id, fc.oneof({ arbitrary: number, weight: 6 }, { arbitrary: junk, weight: 1 }), { maxKeys: 4 }),
          weight: 9,
        },
        junk,
      ),
      requirements: maybe(
        fc.array(
          fc.oneof(
            { arbitrary: id, weight: 6 },
            { arbitrary: junk, weight: 1 },
            fc.constantFrom('a|b', 'a||b', 'a|', 'constructor|a', 'a|prototype'),
          ),
          {
            maxLength: 3,
          },
        ),
      ),
      exclude: maybe(fc.array(id, { maxLength: 3 })),
      costWeight: maybe(number),
      asOf: fc.oneof(maybe(date), fc.constant(null)),
      today: fc.oneof({ arbitrary: date, weight: 9 }, junk),
      samples: maybe(number),
      seed: maybe(number),
      volume: maybe(fc.dictionary(id, number, { maxKeys: 3 })),
      ioRatio: maybe(fc.oneof(fc.record({ input: number, output: number }), fc.record({ input: number, output: number, x: number }))),
      assumptions: maybe(
        fc.array(fc.record({ model: id, key: id, value: fc.oneof(fc.constantFrom('yes', 'no', 'unknown', 'maybe'), number) }), {
          maxLength: 3,
        }),
      ),
      extra: fc.option(fc.constant(1), { nil: undefined, freq: 10 }),
    },
    { requiredKeys: ['mix', 'today'] },
  )
  .map((o) => Object.fromEntries(Object.entries(o).filter(([k, v]) => k !== 'extra' || v !== undefined)));

describe('checkShape (the zod-free half of checkProfile)', () => {
  it('gives zod’s verdict and zod’s output on every input', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: profileLike, weight: 20 }, junk), (input) => {
        const zod = Profile.safeParse(input);
        const ours = checkShape(input);
        expect(ours.ok).toBe(zod.success);
        if (ours.ok && zod.success) {
          expect(ours.profile).toEqual(zod.data);
          expect(JSON.stringify(ours.profile)).toBe(JSON.stringify(zod.data));
        }
        if (!ours.ok && !zod.success) {
          // The first problem reported is in a field zod complains about too (the wording is ours).
          const fields = zod.error.issues.map((i) => String(i.path[0] ?? ''));
          expect(fields).toContain(String(ours.issues[0]?.path[0] ?? ''));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('fills the defaults and keeps the schema’s key order', () => {
    const r = checkShape({ today: '2026-07-15', mix: { b: 1, a: 2 } });
    expect(r).toEqual({ ok: true, profile: Profile.parse({ mix: { b: 1, a: 2 }, today: '2026-07-15' }) });
    expect(r.ok && Object.keys(r.profile)).toEqual(Object.keys(Profile.shape));
  });
});
