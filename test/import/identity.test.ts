import { describe, expect, it } from 'vitest';
import { ALIASES, parseMaps, Resolver, slug } from '../../src/import/identity.js';

const MODELS = [
  { id: 'gpt-5.4', name: 'GPT-5.4', vendor: 'OpenAI' },
  { id: 'claude-opus-4.6', name: 'Claude Opus 4.6', vendor: 'Anthropic' },
  { id: 'gemini-3.1-pro', name: 'Gemini 3.1 Pro', vendor: 'Google' },
  { id: 'muse-spark', name: 'Muse Spark', vendor: 'Meta' },
];
const resolver = (maps: string[] = [], onlyKnown = false) => new Resolver(MODELS, parseMaps(maps, MODELS), onlyKnown);

describe('model identity', () => {
  it('matches an exact id, an exact name and each documented alias, and says how', () => {
    const r = resolver();
    expect(r.resolve({ names: ['gpt-5.4'] })).toEqual({ kind: 'known', model: 'gpt-5.4', via: 'id' });
    expect(r.resolve({ names: ['Claude Opus 4.6'] })).toEqual({ kind: 'known', model: 'claude-opus-4.6', via: 'name' });
    expect(r.resolve({ names: ['gemini-3.1-pro-preview'] })).toEqual({
      kind: 'known',
      model: 'gemini-3.1-pro',
      via: 'alias',
      note: 'preview build (gemini-3.1-pro-preview)',
    });
    for (const a of ALIASES)
      expect(resolver().resolve({ names: [a.alias] })).toMatchObject({ kind: 'known', model: a.model, via: 'alias' });
  });

  it('never maps a near name: "GPT-5.4 mini" is a new model with the vendor the file gives, or skipped with --only-known', () => {
    expect(resolver().resolve({ names: ['GPT-5.4 mini'], vendor: 'OpenAI' })).toEqual({
      kind: 'new',
      model: 'gpt-5.4-mini',
      name: 'GPT-5.4 mini',
      vendor: 'OpenAI',
    });
    expect(resolver().resolve({ names: ['gpt-5.4-2026-03-05'] })).toMatchObject({ kind: 'new', vendor: 'Unknown: the file does not say' });
    expect(resolver([], true).resolve({ names: ['GPT-5.4 mini'] })).toEqual({ kind: 'skip', name: 'GPT-5.4 mini' });
  });

  it('--map settles any name, and a name that reads like a known id without being it is ambiguous (exit 2 with the --map hint)', () => {
    expect(resolver(['GPT 5.4 (high)=gpt-5.4']).resolve({ names: ['GPT 5.4 (high)'] })).toEqual({
      kind: 'known',
      model: 'gpt-5.4',
      via: '--map',
    });
    expect(() => resolver().resolve({ names: ['Gpt-5.4'] })).toThrow(
      /^"Gpt-5.4" is not exactly the id, name or an alias of gpt-5.4, but reads like it; say what it is with --map 'Gpt-5.4=model-id'/,
    );
  });

  it('refuses two entries that name one model, and one entry whose names name two', () => {
    const r = resolver();
    r.resolve({ names: ['openai:gpt-5.4'] });
    expect(() => r.resolve({ names: ['GPT-5.4'] })).toThrow(/"openai:gpt-5.4" and "GPT-5.4" both name gpt-5.4; .*--map 'GPT-5.4=model-id'/);
    expect(() => resolver().resolve({ names: ['GPT-5.4', 'claude-opus-4-6'] })).toThrow(
      /"GPT-5.4" is ambiguous: its names match both gpt-5.4 and claude-opus-4.6/,
    );
    // A file that lists one model several times on purpose (models.dev: once per provider) says so.
    const repeats = resolver();
    repeats.resolve({ names: ['gpt-5.4'] }, true);
    expect(repeats.resolve({ names: ['openai/gpt-5.4', 'GPT-5.4'] }, true)).toMatchObject({ model: 'gpt-5.4' });
  });

  it('checks --map: its form, and that it names a model of the dataset', () => {
    expect(() => parseMaps(['gpt-5.4'], MODELS)).toThrow(/write it as 'SOURCE NAME=model-id'/);
    expect(() => parseMaps(['X=gpt-9'], MODELS)).toThrow(/no model "gpt-9"; map to one of: gpt-5.4, claude-opus-4.6/);
    expect(() => parseMaps(['X=gpt-5.4', 'X=muse-spark'], MODELS)).toThrow(/"X" is mapped twice/);
    expect([...parseMaps(['a=b=gpt-5.4'], MODELS)]).toEqual([['a=b', 'gpt-5.4']]);
  });

  it('makes dataset ids from names', () => {
    expect(slug('Qwen3 Coder (480B)')).toBe('qwen3-coder-480b');
    expect(slug('openai/gpt-5.4')).toBe('openai-gpt-5.4');
    expect(slug('---')).toBe('');
    expect(slug('x'.repeat(80))).toHaveLength(64);
  });
});
