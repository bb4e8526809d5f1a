import {
  figureDate,
  fileName,
  IMPORTED_BY,
  type ImportContext,
  type Importer,
  type ImportOptions,
  type ImportResult,
  isNumber,
  isRecord,
  type Json,
  quoteOf,
  summaryLine,
  text,
} from './common.js';
import { type Identity, MAKERS, slug } from './identity.js';

// models.dev's api.json: a record of providers (Provider in packages/core/src/schema.ts: id, name, env,
// npm, api?, doc, models), each with a record of models (Model: id, name, release_date, modalities,
// open_weights, cost? { input, output, … } per 1M tokens in USD, limit, status? alpha | beta | deprecated).
// Only these fields are read; any other key is ignored. The schema has no benchmark fields.

interface MdModel {
  id?: string;
  name?: string;
  release_date?: string;
  last_updated?: string;
  modalities?: { input?: string[]; output?: string[] };
  open_weights?: boolean;
  cost?: { input?: number; output?: number };
  status?: string;
}

/** A model's listings, the one used for its price first. */
interface Listing {
  provider: string;
  providerName: string;
  key: string;
  model: MdModel;
}

function recognise(json: Json): boolean {
  if (!isRecord(json)) return false;
  const providers = Object.values(json);
  const first = providers.find(isRecord);
  return first !== undefined && isRecord(first.models) && ('npm' in first || 'env' in first || 'doc' in first);
}

const makerOf = (provider: string, name: string) => MAKERS[provider] ?? MAKERS[name.toLowerCase()];
const fullDate = (d: string | undefined) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : undefined);

function modalities(m: MdModel): string {
  const list = (xs: unknown) => (Array.isArray(xs) ? xs.filter((x) => typeof x === 'string').join(', ') : '');
  const input = list(m.modalities?.input);
  const output = list(m.modalities?.output);
  return input || output ? `input ${input || 'not listed'}; output ${output || 'not listed'}` : '';
}

function run(json: Json, opts: ImportOptions, ctx: ImportContext): ImportResult {
  const { date, how } = figureDate(opts, undefined, 'models.dev', true);
  const sourceId = slug(`models-dev-${date}`);
  const file = fileName(opts.file);
  const root = json as Record<string, unknown>;
  const vendors = new Map(ctx.models.map((m) => [m.id, m.vendor]));

  // Group each model's listings under one identity: a model listed by several providers is one model.
  const groups = new Map<string, { identity: Identity; listings: Listing[] }>();
  const byKey = new Map<string, string>();
  for (const provider of Object.keys(root).sort()) {
    const p = root[provider];
    if (!isRecord(p) || !isRecord(p.models)) continue;
    const providerName = text(p.name) ?? provider;
    for (const key of Object.keys(p.models).sort()) {
      const m = (p.models as Record<string, unknown>)[key];
      if (!isRecord(m)) continue;
      const model = m as MdModel;
      const listing = { provider, providerName, key, model };
      const seen = byKey.get(key);
      if (seen !== undefined) {
        (groups.get(seen) as { listings: Listing[] }).listings.push(listing);
        continue;
      }
      const names = [key, `${provider}:${key}`, ...(text(model.name) ? [text(model.name) as string] : [])];
      const vendor = makerOf(provider, providerName) ?? `Unknown (listed by ${providerName})`;
      const identity = ctx.resolver.resolve({ names, vendor, display: text(model.name) }, true);
      const id = identity.kind === 'skip' ? `skip:${key}` : identity.model;
      byKey.set(key, id);
      const group = groups.get(id);
      if (group) group.listings.push(listing);
      else groups.set(id, { identity, listings: [listing] });
    }
  }

  const models: Record<string, unknown>[] = [];
  const governance: Record<string, unknown>[] = [];
  const prices: Record<string, unknown>[] = [];
  const lines: string[] = [];
  const cite = { source: sourceId, date };
  for (const { identity, listings } of groups.values()) {
    const shown = listings[0]?.key ?? '';
    if (identity.kind === 'skip') {
      lines.push(summaryLine(identity, shown, ''));
      continue;
    }
    const vendor = identity.kind === 'known' ? (vendors.get(identity.model) ?? '') : identity.vendor;
    const own = listings.filter((l) => makerOf(l.provider, l.providerName) === vendor);
    const chosen = own[0] ?? listings[0];
    if (!chosen) continue;
    const m = chosen.model;
    const facts: Record<string, Record<string, unknown>> = {};
    const where = `${chosen.providerName} (${chosen.provider}/${chosen.key})`;
    if (typeof m.open_weights === 'boolean')
      facts['open-weights'] = {
        value: m.open_weights ? 'yes' : 'no',
        detail: `models.dev: open_weights ${m.open_weights}`,
        quote: quoteOf([['open_weights', m.open_weights]]),
        ...cite,
      };
    const cost = m.cost;
    const priced = isRecord(cost) && isNumber(cost.input) && isNumber(cost.output) && cost.input >= 0 && cost.output >= 0;
    const about = [
      fullDate(m.release_date) || text(m.release_date) ? `released ${text(m.release_date)}` : '',
      modalities(m),
      m.status ? `status ${m.status}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    if (priced) {
      facts['public-pricing'] = {
        value: 'yes',
        detail: `listed at $${cost.input}/$${cost.output} per 1M tokens by ${chosen.providerName}`.slice(0, 200),
        quote: quoteOf([['cost', { input: cost.input, output: cost.output }]]),
        ...cite,
      };
      prices.push({
        model: identity.model,
        input: cost.input,
        output: cost.output,
        currency: 'USD',
        quote: quoteOf([['cost', { input: cost.input, output: cost.output }]]),
        ...cite,
        note: `models.dev listing by ${where}${about ? `; ${about}` : ''}.`,
      });
    }
    // Listed under its maker's own API, not as alpha or beta: evidence of an available API, weaker than a GA statement.
    const stated = identity.kind === 'known' ? ctx.facts.get(identity.model)?.['api-ga'] : undefined;
    const listedByMaker = own.find((l) => l.model.status !== 'alpha' && l.model.status !== 'beta');
    if (listedByMaker && (stated === undefined || stated === 'unknown'))
      facts['api-ga'] = {
        value: 'yes',
        detail: 'listed by the provider',
        quote: quoteOf([[`${listedByMaker.provider}.models`, listedByMaker.key]]),
        ...cite,
        note: `Listed by the provider: models.dev lists it under its maker's own API (${listedByMaker.providerName}) with no alpha or beta status. Weaker than a statement of general availability.`,
      };
    if (identity.kind === 'new') {
      const released = fullDate(m.release_date);
      models.push({
        id: identity.model,
        name: identity.name,
        vendor: identity.vendor,
        ...(released && released <= date ? { release: [{ released, quote: quoteOf([['release_date', released]]), ...cite }] } : {}),
        ...(about ? { releaseNote: `models.dev (${where}): ${about}.` } : {}),
        governance: facts,
      });
    } else {
      const build = identity.note ? `Listed as the ${identity.note}. ` : '';
      const stated = ctx.facts.get(identity.model) ?? {};
      for (const [requirement, fact] of Object.entries(facts)) {
        // A fact the data already states the same way needs no correction (and no "corrects" warning).
        if (stated[requirement] === fact.value) continue;
        const note = `${build}${typeof fact.note === 'string' ? fact.note : about ? `models.dev (${where}): ${about}.` : ''}`;
        governance.push({ model: identity.model, requirement, ...fact, ...(note ? { note } : {}) });
      }
    }
    const said = [
      priced ? `$${cost.input}/$${cost.output} per 1M tokens` : 'no price',
      `${Object.keys(facts).length} governance facts`,
      `${listings.length} listing${listings.length === 1 ? '' : 's'}`,
    ];
    lines.push(summaryLine(identity, `${chosen.provider}/${chosen.key}`, said.join(', ')));
  }
  const part = {
    sources: [
      {
        id: sourceId,
        title: 'models.dev model catalogue (api.json)',
        publisher: 'models.dev',
        date,
        url: 'https://models.dev/api.json',
        file,
        note: `${IMPORTED_BY} models-dev from ${file}, ${how}. Prices are list prices in USD per 1M tokens as models.dev records them; a model listed under its maker's own API counts as "listed by the provider", weaker than a GA statement.`,
      },
    ],
    ...(models.length ? { models } : {}),
    ...(governance.length ? { governance } : {}),
    ...(prices.length ? { prices } : {}),
  };
  return { part, summary: lines };
}

export const modelsDev: Importer = {
  describe: 'a models.dev api.json (a record of providers, each with models)',
  recognise,
  run,
};
