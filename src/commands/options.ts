import type { Command } from 'commander';
import { COST_WEIGHT, SAMPLES, SEED } from '../engine/method.js';

// Option declarations shared by several commands. Commander only: nothing here loads the dataset,
// so the program can declare them eagerly and still import each command only when it runs.

/** What `addDataOption` adds to a command's options. */
export interface DataOptions {
  data?: string[];
}

// No default value: commander would print it in --help as "(default: [])".
export const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** `--data FILE`, repeatable: overlay files applied in order after the bundled data. */
export function addDataOption<C extends Command>(cmd: C): C {
  cmd.option(
    '--data <file>',
    'add your own data from an overlay JSON file, or import one in memory with FORMAT:FILE (promptfoo:, artificial-analysis:, models-dev:); repeatable, later files override earlier ones and the bundled data, by id',
    collect,
  );
  return cmd;
}

/** `--today DATE`: the date overlay dates are checked against (default SOURCE_DATE_EPOCH, else the clock). */
export function addTodayOption<C extends Command>(cmd: C): C {
  cmd.option('--today <date>', "today's date, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the clock)");
  return cmd;
}

/** The profile settings `recommend` and `compare` share: how to weigh, when, and how to sample. */
export function addScoringOptions<C extends Command>(cmd: C): C {
  cmd
    .option('--mix <list>', 'workload weights, e.g. vision=40,coding=30,agentic=20,health=10 (default: equal)')
    .option('--cost-weight <0..1>', `trade quality for token efficiency: 0 = quality only (default ${COST_WEIGHT.default})`)
    .option('--as-of <date>', 'use only evidence published on or before YYYY-MM-DD')
    .option('--today <date>', "today's date YYYY-MM-DD, for the data's age (default: SOURCE_DATE_EPOCH, else the clock)")
    .option('--samples <n>', `Monte Carlo draws (default ${SAMPLES.default}: ±1 point on win probabilities)`)
    .option('--seed <n>', `random seed (default ${SEED.default}); the same seed gives the same output`);
  return cmd;
}
