import { jsonPath } from '../dataset/parse.js';
import { listOf, UserError } from '../errors.js';
import { quoted } from '../render/sanitize.js';
import type { Answers } from './answers.js';

// Saved answers name workloads, requirements and models by id; the dataset they are used with may
// differ from the one they were saved with. An unknown id is an error naming the file and JSON path,
// never silently dropped from a pre-filled question.

export interface QuestionnaireData {
  workloads: readonly { id: string; name: string; description: string }[];
  requirements: readonly { id: string; label: string; why: string }[];
  models: readonly {
    id: string;
    name: string;
    vendor: string;
    governance: Readonly<Record<string, { value: 'yes' | 'no' | 'unknown' }>>;
  }[];
}

export function checkAnswerIds(a: Answers, data: QuestionnaireData, file: string): void {
  const check = (kind: string, path: string, id: string, known: readonly { id: string }[]) => {
    if (!known.some((k) => k.id === id)) {
      throw new UserError(`${file}: ${path}: unknown ${kind} ${quoted(id)}; use one of: ${listOf(known.map((k) => k.id))}`);
    }
  };
  for (const id of Object.keys(a.mix)) check('workload', jsonPath(['mix', id]), id, data.workloads);
  for (const [i, r] of a.requirements.entries()) {
    for (const id of r.split('|')) check('requirement', jsonPath(['requirements', i]), id, data.requirements);
  }
  for (const id of Object.keys(a.volume ?? {})) check('workload', jsonPath(['volume', id]), id, data.workloads);
  for (const [i, id] of a.exclude.entries()) check('model', jsonPath(['exclude', i]), id, data.models);
}
