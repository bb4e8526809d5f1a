// A models.dev-shaped api.json of a given size, for the import's performance test and `npm run bench`:
// providers that each list many models, most of them listed by several providers (as resellers do),
// every field of models.dev's Model schema filled. Deterministic: the same size gives the same bytes.

/** The api.json text: `providers` providers × `perProvider` listings, drawn from `distinct` model ids. */
export function modelsDevText({ providers = 100, perProvider = 200, distinct = 3000 } = {}) {
  const root = {};
  for (let p = 0; p < providers; p++) {
    const id = `provider-${String(p).padStart(3, '0')}`;
    const models = {};
    for (let i = 0; i < perProvider; i++) {
      const n = (p * 7919 + i * 104729) % distinct;
      const key = `family-${n % 97}/model-${n}`;
      models[key] = {
        id: key,
        name: `Model ${n} (${n % 97})`,
        attachment: n % 2 === 0,
        reasoning: n % 3 === 0,
        temperature: true,
        tool_call: true,
        knowledge: '2025-06',
        release_date: `2025-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`,
        last_updated: '2025-11-01',
        modalities: { input: ['text', 'image'], output: ['text'] },
        open_weights: n % 4 === 0,
        cost: { input: (n % 50) / 10, output: (n % 50) / 2, cache_read: (n % 50) / 100 },
        limit: { context: 128000 + n, output: 16384 },
        ...(n % 10 === 0 ? { status: 'beta' } : {}),
      };
    }
    root[id] = {
      id,
      env: [`${id.toUpperCase().replace(/-/g, '_')}_API_KEY`],
      npm: '@ai-sdk/openai-compatible',
      api: `https://${id}.example.com/v1`,
      name: `Provider ${p}`,
      doc: `https://${id}.example.com/docs`,
      models,
    };
  }
  return JSON.stringify(root, null, 2);
}
