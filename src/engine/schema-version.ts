/** The Recommendation's (and Comparison's) schema version: code that checks it imports this constant. Zod-free, so the engine can stamp it. */
export const SCHEMA_VERSION = '2.0';
