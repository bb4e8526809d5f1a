import type { Answers } from '../../src/questionnaire/answers.js';

/** A complete answers file with the defaults the questionnaire and the file reader fill in, and `o` on top. */
export const answersWith = (o: Partial<Answers> & Pick<Answers, 'mix'>): Answers => ({
  version: 1,
  mixInput: 'percent',
  requirements: [],
  exclude: [],
  costPreference: 'quality',
  costWeight: 0,
  asOf: null,
  samples: 10_000,
  seed: 1,
  output: null,
  ...o,
});
