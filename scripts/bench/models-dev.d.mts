/** The api.json text: `providers` providers × `perProvider` listings, drawn from `distinct` model ids. */
export function modelsDevText(opts?: { providers?: number; perProvider?: number; distinct?: number }): string;
