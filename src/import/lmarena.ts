import { UserError } from '../errors.js';
import {
  fileName,
  IMPORTED_BY,
  type ImportContext,
  type Importer,
  type ImportOptions,
  type ImportResult,
  isNumber,
  isRecord,
  type Json,
  newModel,
  quoteOf,
  round,
  summaryLine,
} from './common.js';
import { type Identity, slug } from './identity.js';

// LMArena's arena-catalog leaderboard JSON (data/leaderboard-text.json and its siblings):
// { category: { model: { rating, rating_q025, rating_q975 } } }. Other keys of a model's entry are ignored.

/** The fixed rating an Elo figure is compared with (the same reference as the bundled GDPval-AA ratings). */
export const ARENA_REFERENCE = 1500;

interface Rating {
  rating: number;
  rating_q025?: number;
  rating_q975?: number;
}

const isRating = (v: unknown): v is Rating => isRecord(v) && isNumber(v.rating);

function recognise(json: Json): boolean {
  if (!isRecord(json)) return false;
  const category = Object.values(json).find(isRecord);
  if (!category) return false;
  const entry = Object.values(category).find(isRecord);
  return entry !== undefined && isRating(entry);
}

function run(json: Json, opts: ImportOptions, ctx: ImportContext): ImportResult {
  if (!opts.date)
    throw new UserError(`${opts.file}: an LMArena leaderboard file carries no date; give the day it was published with --date YYYY-MM-DD`);
  const date = opts.date;
  const sourceId = slug(`lmarena-${date}`);
  const root = json as Record<string, unknown>;
  const identities = new Map<string, Identity>();
  const counts = new Map<string, number>();
  const benchmarks: Record<string, unknown>[] = [];
  const models: Record<string, unknown>[] = [];
  const observations: Record<string, unknown>[] = [];
  for (const category of Object.keys(root)) {
    const board = root[category];
    if (!isRecord(board)) continue;
    const benchmark = slug(`lmarena-${category}`);
    if (!benchmark) continue;
    benchmarks.push({
      id: benchmark,
      name: `LMArena: ${category}`.slice(0, 100),
      measures: `Human preference in blind side-by-side votes on LMArena, category "${category}": an Elo-style (Bradley–Terry) rating.`,
      scale: {
        kind: 'elo',
        unit: 'rating',
        min: 0,
        max: 3000,
        reference: ARENA_REFERENCE,
        rationale: `A relative rating: mapped to the expected win probability against a fixed ${ARENA_REFERENCE}-rated reference, 1/(1+10^((${ARENA_REFERENCE}−r)/400)).`,
      },
      higherIsBetter: true,
      caveats: [{ text: 'Arena ratings measure which answer people preferred, not whether it was correct; style and length sway votes.' }],
    });
    for (const name of Object.keys(board)) {
      const r = board[name];
      if (!isRating(r) || r.rating < 0 || r.rating > 3000) continue;
      let identity = identities.get(name);
      if (!identity) {
        identity = ctx.resolver.resolve({ names: [name], vendor: 'Unknown: LMArena does not say' });
        identities.set(name, identity);
        if (identity.kind === 'new') models.push(newModel(identity));
      }
      if (identity.kind === 'skip') continue;
      const interval =
        isNumber(r.rating_q025) && isNumber(r.rating_q975) && r.rating_q025 <= r.rating_q975 && r.rating_q025 >= 0 && r.rating_q975 <= 3000;
      const build = identity.kind === 'known' && identity.note ? `Measured on the ${identity.note}. ` : '';
      observations.push({
        model: identity.model,
        benchmark,
        ...(interval ? { low: round(r.rating_q025 as number, 1), high: round(r.rating_q975 as number, 1) } : { value: round(r.rating, 1) }),
        quote: quoteOf([
          ['rating', r.rating],
          ...(interval
            ? ([
                ['rating_q025', r.rating_q025],
                ['rating_q975', r.rating_q975],
              ] as [string, unknown][])
            : []),
        ]),
        source: sourceId,
        date,
        note: `${build}LMArena "${category}" rating of "${name}": ${round(r.rating, 1)}${interval ? ', the range is its 95% interval' : ' (no interval given)'}.`,
      });
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const lines = [...identities.entries()].map(([name, identity]) =>
    summaryLine(identity, name, `${counts.get(name) ?? 0} categor${counts.get(name) === 1 ? 'y' : 'ies'}`),
  );
  const part = {
    sources: [
      {
        id: sourceId,
        title: 'LMArena leaderboard (arena-catalog)',
        publisher: 'LMArena',
        date,
        url: 'https://lmarena.ai/leaderboard',
        file: fileName(opts.file),
        note: `${IMPORTED_BY} lmarena from ${fileName(opts.file)}, dated with --date (the file carries no date). Each category is a benchmark on an Elo-style scale; ranges are the 95% intervals (rating_q025–rating_q975).`,
      },
    ],
    benchmarks,
    ...(models.length ? { models } : {}),
    observations,
  };
  return { part, summary: lines };
}

export const lmarena: Importer = {
  describe: 'an LMArena leaderboard ({ category: { model: { rating, … } } })',
  recognise,
  run,
};
