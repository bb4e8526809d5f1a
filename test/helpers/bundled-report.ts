import { loadDataset } from '../../src/dataset/load.js';
import type { Recommendation } from '../../src/engine/schema.js';
import { run } from './engine.js';

// The reports the renderer tests look at, on the bundled data: the quick start (vision 70, coding 30) and
// every workload with a generally-available API required.

export const { dataset } = loadDataset();
export const TODAY = '2026-11-27';
export const quickStart = (): Recommendation => run(dataset, { mix: { vision: 70, coding: 30 }, today: TODAY });
export const everything = (): Recommendation =>
  run(dataset, { mix: { vision: 1, health: 1, coding: 1, agentic: 1, reasoning: 1 }, requirements: ['api-ga'], today: TODAY });
