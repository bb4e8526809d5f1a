/**
 * The Recommendation's (and Comparison's) schema version. Code that checks it imports this constant, never the literal; kept apart from
 * schema.ts so that the engine (which must not load zod on every run) can stamp reports with it.
 */
export const SCHEMA_VERSION = '2.0';
