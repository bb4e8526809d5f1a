// Type-checked by `npm run typecheck` (tsconfig.test.json), never run: a program using the library through its
// published declarations (package.json "types" → dist/types, written by tsconfig.types.json), by name.
import {
  type Comparison,
  compare,
  type Dataset,
  type DatasetPart,
  type EvidenceRow,
  evidence,
  type LoadResult,
  loadDataset,
  Profile,
  type ProfileInput,
  type Recommendation,
  recommend,
  SCHEMA_VERSION,
  UserError,
} from 'model-advisor';

export function useTheLibrary(): string[] {
  const loaded: LoadResult = loadDataset({ overlays: ['my-evals.json'] });
  const dataset: Dataset = loaded.dataset;
  const input: ProfileInput = { mix: { coding: 60, vision: 40 }, requirements: ['api-ga'], today: '2026-11-27' };
  const profile: Profile = Profile.parse(input);
  const rec: Recommendation = recommend(loaded, profile);
  const fromBare: Recommendation = recommend(dataset, input);
  const cmp: Comparison = compare(loaded, 'gpt-5.4', 'gemini-3.1-pro', input);
  const rows: EvidenceRow[] = evidence(loaded, { model: 'gpt-5.4' });
  const part: DatasetPart | undefined = undefined;
  const version: '1.0' | string = SCHEMA_VERSION;
  const picks = rec.workloads.map((w) => w.recommendation?.model ?? 'none');
  const errorKind = new UserError('x') instanceof Error;
  // @ts-expect-error a profile needs a mix of workload weights, not a list
  recommend(loaded, { mix: ['coding'], today: '2026-11-27' });
  return [...picks, fromBare.schemaVersion, cmp.blended.leader ?? '', String(rows.length), String(part), version, String(errorKind)];
}
