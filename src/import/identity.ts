import { ID_RE } from '../dataset/ids.js';
import { UserError } from '../errors.js';

// Which dataset model a name in a foreign file means. Strict on purpose: a model is matched only by its
// exact id, its exact name or a documented alias below; a near name ("GPT-5.4 mini") never matches.
// Everything else is mapped by the user (--map), added as a new model, or skipped (--only-known).

/** A documented alias: a name other tools use for a dataset model. The one table of them. */
export interface Alias {
  alias: string;
  model: string;
  /** Said in the note of every figure matched through this alias. */
  note?: string;
}

export const ALIASES: readonly Alias[] = [
  // promptfoo provider ids (provider:model and provider:api:model) and models.dev's provider:model.
  { alias: 'openai:gpt-5.4', model: 'gpt-5.4' },
  { alias: 'openai:chat:gpt-5.4', model: 'gpt-5.4' },
  { alias: 'openai:responses:gpt-5.4', model: 'gpt-5.4' },
  { alias: 'anthropic:messages:claude-opus-4-6', model: 'claude-opus-4.6' },
  { alias: 'anthropic:claude-opus-4-6', model: 'claude-opus-4.6' },
  // Anthropic's own API id, as LMArena and models.dev list it.
  { alias: 'claude-opus-4-6', model: 'claude-opus-4.6' },
  // Google's API serves Gemini 3.1 Pro as a preview build.
  { alias: 'gemini-3.1-pro-preview', model: 'gemini-3.1-pro', note: 'preview build (gemini-3.1-pro-preview)' },
  { alias: 'google:gemini-3.1-pro-preview', model: 'gemini-3.1-pro', note: 'preview build (gemini-3.1-pro-preview)' },
  { alias: 'vertex:gemini-3.1-pro-preview', model: 'gemini-3.1-pro', note: 'preview build (gemini-3.1-pro-preview)' },
];

/** Who makes the models a provider serves from its own API, by the provider's id in promptfoo and models.dev. */
export const MAKERS: Readonly<Record<string, string>> = {
  openai: 'OpenAI',
  anthropic: 'Anthropic',
  google: 'Google',
  vertex: 'Google',
  'google-vertex': 'Google',
  meta: 'Meta',
  llama: 'Meta',
  mistral: 'Mistral',
  deepseek: 'DeepSeek',
  xai: 'xAI',
  cohere: 'Cohere',
};

export interface KnownModel {
  id: string;
  name: string;
  vendor: string;
}

/** One entry of a foreign file: the names it goes by there (the first is shown), and its maker when the file says. */
export interface Entry {
  names: readonly string[];
  vendor?: string | undefined;
  /** A new model's name, when not the first of `names`. */
  display?: string | undefined;
}

export type Identity =
  | { kind: 'known'; model: string; via: string; note?: string }
  | { kind: 'new'; model: string; name: string; vendor: string }
  | { kind: 'skip'; name: string };

/** `--map 'SOURCE NAME=model-id'`, each parsed and checked against the known models. */
export function parseMaps(maps: readonly string[], models: readonly KnownModel[]): Map<string, string> {
  const ids = new Set(models.map((m) => m.id));
  const out = new Map<string, string>();
  for (const m of maps) {
    const at = m.lastIndexOf('=');
    const name = at > 0 ? m.slice(0, at).trim() : '';
    const id = at > 0 ? m.slice(at + 1).trim() : '';
    if (!name || !id) throw new UserError(`--map "${m}": write it as 'SOURCE NAME=model-id', e.g. --map 'GPT-5.4 (high)=gpt-5.4'`);
    if (!ids.has(id))
      throw new UserError(`--map "${m}": no model "${id}"; map to one of: ${[...ids].join(', ')} (see: model-advisor models)`);
    const before = out.get(name);
    if (before !== undefined && before !== id) throw new UserError(`--map: "${name}" is mapped twice (to ${before} and ${id}); keep one`);
    out.set(name, id);
  }
  return out;
}

/** A name as a dataset id: lower case, runs of other characters as "-", at most 64 characters. */
export function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 64)
    .replace(/[-._]+$/, '');
  return ID_RE.test(s) ? s : '';
}

const hint = (name: string) => `--map '${name.replace(/'/g, '')}=model-id'`;

/**
 * Resolves a file's entries to dataset models. Throws a UserError (exit 2) for an ambiguous entry:
 * one whose names point at different models, two entries naming the same model, or a name that
 * reads like a known model's id without being its id, name or alias.
 */
export class Resolver {
  private readonly exact = new Map<string, { model: string; via: string; note?: string }>();
  private readonly ids: Set<string>;
  private readonly taken = new Map<string, string>();
  readonly unusedMaps: Set<string>;

  constructor(
    models: readonly KnownModel[],
    private readonly maps: Map<string, string>,
    private readonly onlyKnown: boolean,
  ) {
    this.ids = new Set(models.map((m) => m.id));
    for (const m of models) {
      this.exact.set(m.id, { model: m.id, via: 'id' });
      if (!this.exact.has(m.name)) this.exact.set(m.name, { model: m.id, via: 'name' });
    }
    for (const a of ALIASES) {
      if (this.ids.has(a.model) && !this.exact.has(a.alias))
        this.exact.set(a.alias, { model: a.model, via: 'alias', ...(a.note ? { note: a.note } : {}) });
    }
    this.unusedMaps = new Set(maps.keys());
  }

  /** Which model one entry is, on its own (no check against the other entries). */
  private match(entry: Entry): { model: string; via: string; note?: string } | undefined {
    const found = new Map<string, { model: string; via: string; note?: string }>();
    for (const name of entry.names) {
      const mapped = this.maps.get(name);
      if (mapped !== undefined) {
        this.unusedMaps.delete(name);
        // The user's word settles it, whatever the other names say.
        return { model: mapped, via: '--map' };
      }
    }
    for (const name of entry.names) {
      const hit = this.exact.get(name);
      if (hit && !found.has(hit.model)) found.set(hit.model, hit);
    }
    const [first, second] = [...found.values()];
    const shown = entry.names[0] ?? '';
    if (second && first)
      throw new UserError(
        `"${shown}" is ambiguous: its names match both ${first.model} and ${second.model}; say which with ${hint(shown)}`,
      );
    return first;
  }

  /** `repeats`: the file may list one model several times (models.dev: once per provider), so that is no conflict. */
  resolve(entry: Entry, repeats = false): Identity {
    const shown = entry.names[0] ?? '';
    const hit = this.match(entry);
    if (hit) {
      const other = this.taken.get(hit.model);
      if (!repeats && other !== undefined && other !== shown)
        throw new UserError(
          `"${other}" and "${shown}" both name ${hit.model}; keep one in the file, or send one elsewhere with ${hint(shown)}`,
        );
      this.taken.set(hit.model, shown);
      return { kind: 'known', ...hit };
    }
    if (this.onlyKnown) return { kind: 'skip', name: shown };
    const id = slug(shown) || 'imported-model';
    if (this.ids.has(id))
      throw new UserError(
        `"${shown}" is not exactly the id, name or an alias of ${id}, but reads like it; say what it is with ${hint(shown)}, or leave it out with --only-known`,
      );
    let unique = id;
    for (let n = 2; this.taken.has(unique); n++) unique = `${id.slice(0, 60)}-${n}`;
    this.taken.set(unique, shown);
    return {
      kind: 'new',
      model: unique,
      name: (entry.display ?? shown).slice(0, 100),
      vendor: (entry.vendor ?? 'Unknown: the file does not say').slice(0, 100),
    };
  }
}
