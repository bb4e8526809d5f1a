import type { Command } from 'commander';

// Option declarations shared by several commands. Commander only: nothing here loads the dataset,
// so the program can declare them eagerly and still import each command only when it runs.

/** What `addDataOption` adds to a command's options. */
export interface DataOptions {
  data?: string[];
}

// No default value: commander would print it in --help as "(default: [])".
const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** `--data FILE`, repeatable: overlay files applied in order after the bundled data. */
export function addDataOption<C extends Command>(cmd: C): C {
  cmd.option(
    '--data <file>',
    'add your own data from an overlay JSON file (repeatable; later files override earlier ones and the bundled data, by id)',
    collect,
  );
  return cmd;
}

/** `--today DATE`: the date overlay dates are checked against (default SOURCE_DATE_EPOCH, else the clock). */
export function addTodayOption<C extends Command>(cmd: C): C {
  cmd.option('--today <date>', "today's date, YYYY-MM-DD (default: $SOURCE_DATE_EPOCH, else the clock)");
  return cmd;
}
