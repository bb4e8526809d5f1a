import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recommend } from '../../src/api.js';
import { loadDataset } from '../../src/dataset/load.js';
import { UserError } from '../../src/errors.js';
import { RecommendInput } from '../../src/mcp/schemas.js';
import { callTool, type ToolContext } from '../../src/mcp/tools.js';

// The recommend tool against the schema it advertises (tools/list, `schema mcp-tools`): on every input, it
// answers exactly when that schema accepts the input (ids being ones the data has), and then answers what
// the library answers; otherwise it throws a UserError, never anything else.

const TODAY = '2026-11-27';
const loaded = loadDataset({ today: TODAY });
const ctx: ToolContext = { loaded, today: () => TODAY };
const workloads = loaded.dataset.workloads.map((w) => w.id);
const models = loaded.dataset.models.map((m) => m.id);
const requirements = loaded.dataset.requirements.map((r) => r.id);

const junk = fc.oneof(fc.constant(null), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant([]), fc.constant({}), fc.double());
const sometimes = <T>(arb: fc.Arbitrary<T>) =>
  fc.option(fc.oneof({ arbitrary: arb, weight: 30 }, { arbitrary: junk, weight: 1 }), { nil: undefined });
const input = fc
  .record(
    {
      mix: sometimes(
        fc.dictionary(
          fc.constantFrom(...workloads),
          fc.oneof({ arbitrary: fc.integer({ min: 0, max: 100 }), weight: 30 }, fc.constant(-1), fc.double(), junk),
          { minKeys: 1, maxKeys: 3 },
        ),
      ),
      requirements: sometimes(fc.uniqueArray(fc.constantFrom(...requirements), { maxLength: 2 })),
      exclude: sometimes(fc.uniqueArray(fc.constantFrom(...models), { maxLength: 2 })),
      costWeight: sometimes(
        fc.oneof(fc.double({ min: -0.5, max: 1.5, noNaN: true }), { arbitrary: fc.constantFrom(0, 1, 0.3), weight: 4 }),
      ),
      asOf: sometimes(
        fc.oneof({ arbitrary: fc.constantFrom('2026-03-01', '2026-07-04', null), weight: 8 }, fc.constantFrom('2026-02-30', 'soon')),
      ),
      today: sometimes(fc.oneof({ arbitrary: fc.constant(TODAY), weight: 8 }, fc.constant('2026-13-01'))),
      samples: sometimes(fc.oneof({ arbitrary: fc.constantFrom(100, 250, 1000), weight: 12 }, fc.constantFrom(99, 100_001, 1e9, 150.5))),
      seed: sometimes(fc.oneof({ arbitrary: fc.constantFrom(0, 7), weight: 8 }, fc.constantFrom(-1, 4_294_967_296))),
      extra: fc.oneof({ arbitrary: fc.constant(undefined), weight: 19 }, fc.constant(1)),
    },
    { requiredKeys: [] },
  )
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));

describe('the recommend tool and its advertised input schema', () => {
  it('answers exactly when the schema accepts, with the library’s answer; otherwise a UserError', () => {
    let answered = 0;
    fc.assert(
      fc.property(input, (args) => {
        const schema = RecommendInput.safeParse(args);
        let result: unknown;
        let error: unknown;
        try {
          result = callTool(ctx, 'recommend', args);
        } catch (e) {
          error = e;
        }
        if (error !== undefined) expect(error).toBeInstanceOf(UserError);
        expect(error === undefined).toBe(schema.success);
        if (result !== undefined) {
          answered++;
          const mix = (args.mix as Record<string, number> | undefined) ?? Object.fromEntries(workloads.map((w) => [w, 1]));
          expect(result).toEqual(recommend(loaded, { ...args, mix, today: (args.today as string | undefined) ?? TODAY } as never));
        }
      }),
      { numRuns: 200 },
    );
    // Both sides of the rule ran: a fair share of the inputs were valid (about half, on average).
    expect(answered).toBeGreaterThan(40);
  });
});
