// The library: `import { loadDataset, recommend, compare } from 'model-advisor'`. What is exported here, and
// the JSON's schemaVersion, are what semver covers (README.md, "Library API"). No function prints or exits;
// a UserError is input the caller can fix, any other error is a bug.
import { Recommendation } from './engine/schema.js';

export { compare, type DataInput, type EvidenceFilter, evidence, recommend } from './api.js';
export { Comparison } from './compare/schema.js';
export type { LoadResult } from './dataset/assemble.js';
export { type LoadOptions, loadDataset } from './dataset/load.js';
export { type Dataset, DatasetPart } from './dataset/schema.js';
export { Profile, type ProfileInput, Recommendation } from './engine/schema.js';
export { UserError } from './errors.js';
export type { EvidenceRow } from './render/evidence-rows.js';

/** The Recommendation JSON's schemaVersion: a major change means a field was removed or changed meaning. */
export const SCHEMA_VERSION: Recommendation['schemaVersion'] = Recommendation.shape.schemaVersion.value;
