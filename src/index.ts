// The library: `import { loadDataset, recommend, compare } from 'model-advisor'`. What is exported here, and
// the JSON's schemaVersion, are what semver covers (README.md, "Library API"). No function prints or exits;
// a UserError is input the caller can fix, any other error is a bug.

export { compare, type DataInput, type EvidenceFilter, evidence, recommend } from './api.js';
export type { LoadResult } from './dataset/bundle.js';
export { type LoadOptions, loadDataset } from './dataset/load.js';
export { type Dataset, DatasetPart } from './dataset/schema.js';
/** The Recommendation JSON's schemaVersion: a major change means a field was removed or changed meaning. */
export { SCHEMA_VERSION } from './engine/method.js';
export { Profile, type ProfileInput, Recommendation } from './engine/schema.js';
export { Comparison } from './engine/schema-compare.js';
export { UserError } from './errors.js';
export type { EvidenceRow } from './render/format.js';
