import { Command, CommanderError } from 'commander';
import type { Io } from './commands/io.js';
import { addDataOption, addScoringOptions, addTodayOption } from './commands/options.js';
import { EXIT, UserError } from './errors.js';
import { isTerminal, terminalColumns, writeFd } from './stdio.js';
import { TOOL } from './version.js';

// The program: declares commands and dispatches; each command's module is imported only when it runs, so
// `--help` and `recommend --json` do not pay for what they do not use.

const EXIT_HELP = `
Exit codes:
  0    success
  1    internal error (a bug: please report it with the stack trace)
  2    bad usage or bad input (the message says what to fix)
  3    report complete, but at least one workload has no eligible model
  130  cancelled (Ctrl-C)`;

/** The real world, each part looked at only when a command asks for it (see src/stdio.ts for why). */
function makeIo(): Io {
  return {
    out: (t) => writeFd(1, t),
    err: (t) => writeFd(2, t),
    env: process.env,
    get stdoutIsTTY() {
      return isTerminal(1);
    },
    get stdinIsTTY() {
      return isTerminal(0);
    },
    get columns() {
      return terminalColumns(100);
    },
    cwd: process.cwd(),
  };
}

/** Commander's messages can span lines ("(Did you mean …?)"); users get one line and a pointer to help. */
function oneLine(message: string): string {
  const text = message.replace(/\s*\n\s*/g, ' ').trim();
  return `${text} (see: model-advisor --help)\n`;
}

export function buildProgram(io: Io, setCode: (code: number) => void): Command {
  const program = new Command('model-advisor');
  const configure = (cmd: Command) =>
    cmd
      .exitOverride()
      .showSuggestionAfterError(true)
      .configureOutput({
        writeOut: (s) => io.out(s),
        writeErr: (s) => io.err(s),
        outputError: (s, write) => write(oneLine(s)),
        // Commander's defaults ask process.stdout, which builds the stream even for a pipe; io asks only the descriptor (80: its default).
        getOutHelpWidth: () => (io.stdoutIsTTY ? io.columns : 80),
        getOutHasColors: () => io.stdoutIsTTY && Boolean(process.stdout.hasColors?.()),
      });

  configure(program)
    .description('Which frontier AI model to use for each kind of work, how sure we are, and the sourced evidence.')
    .version(TOOL.version, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .addHelpText('after', EXIT_HELP)
    // Declared only to catch an unknown command; commander would print it again after its own "[command]".
    .usage('[options] [command]')
    .argument('[command]')
    .action(async (command: string | undefined) => {
      if (command !== undefined) {
        const names = program.commands.map((c) => c.name());
        throw new UserError(`unknown command "${command}"; use one of: ${names.join(', ')} (see: model-advisor --help)`);
      }
      // On a terminal, no arguments means the questionnaire; without one, ask explains what to run instead.
      setCode(await (await import('./commands/ask.js')).runAsk({}, io));
    });

  const run = (load: () => Promise<number>) => async () => setCode(await load());

  addDataOption(configure(program.command('ask')))
    .description('answer a few questions (workload mix, governance, cost) and get the report; needs a terminal')
    .option('--answers <file>', 'pre-fill every question from a saved answers file, to change one thing and re-run')
    .option('--today <date>', "today's date YYYY-MM-DD, for the data's age (default: SOURCE_DATE_EPOCH, else the clock)")
    .addHelpText(
      'after',
      `
Save your answers at the end, then replay them without questions:
  model-advisor recommend --answers model-advisor-answers.json`,
    )
    .action(async (opts) => run(async () => (await import('./commands/ask.js')).runAsk(opts, io))());

  addScoringOptions(addDataOption(configure(program.command('recommend'))))
    .description('recommend a model per workload, a routing plan and the best single model')
    .option('--require <list>', 'governance requirements every model must meet, e.g. api-ga,public-pricing')
    .option('--exclude <list>', 'models to leave out, e.g. muse-spark')
    .option('--format <format>', 'table, json or markdown (default table)')
    .option('--json', 'short for --format json')
    .option('--out <file>', 'also write the report to FILE, atomically (JSON: only to FILE)')
    .option('--explain', "show each benchmark's contribution to each score, with figure, source and date")
    .option('--answers <file>', 'replay a profile saved by the questionnaire (model-advisor ask) instead of the profile flags')
    .addHelpText(
      'after',
      `
Examples:
  model-advisor recommend --mix vision=40,coding=30,agentic=20,health=10
  model-advisor recommend --mix coding=60,agentic=40 --require api-ga --json
  model-advisor recommend --mix vision=1,health=1 --format markdown --out report.md
  model-advisor recommend --answers model-advisor-answers.json --json
${EXIT_HELP}`,
    )
    .action(async (opts) => run(async () => (await import('./commands/recommend.js')).runRecommend(opts, io))());

  addScoringOptions(addDataOption(configure(program.command('compare'))))
    .description('two models head to head: benchmark by benchmark and workload by workload')
    .argument('<a>', 'first model id (see: model-advisor models)')
    .argument('<b>', 'second model id')
    .option('--json', 'print JSON instead of tables')
    .action(async (a: string, b: string, opts) => run(async () => (await import('./commands/compare.js')).runCompare(a, b, opts, io))());

  configure(program.command('schema'))
    .description('print the JSON Schema (draft 2020-12) of: recommendation, dataset, profile or answers')
    .argument('<name>', 'recommendation, dataset, profile or answers')
    .action(async (name: string) => run(async () => (await import('./commands/schema.js')).runSchema(name, io))());

  const evidence = configure(program.command('evidence'))
    .description('list every observation: figure, verbatim quote, source, date, note and origin')
    .option('--model <id>', 'only this model')
    .option('--benchmark <id>', 'only this benchmark')
    .option('--json', 'print a JSON array instead of a table');
  addDataOption(evidence).action(async (opts) => run(async () => (await import('./commands/list.js')).runEvidence(opts, io))());

  const listings = {
    models: 'list the models with their governance facts',
    benchmarks: 'list the benchmarks: what each measures, its scale and caveats',
    sources: 'list the sources every figure comes from',
    workloads: 'list the workloads and the benchmark weights behind each',
  } as const;
  for (const [name, description] of Object.entries(listings) as [keyof typeof listings, string][]) {
    addDataOption(
      configure(program.command(name)).description(description).option('--json', 'print a JSON array instead of a table'),
    ).action(async (opts) => run(async () => (await import('./commands/list.js')).runList(name, opts, io))());
  }

  const data = configure(program.command('data'))
    .description('check your own data files (overlays) for --data, or write an example to start from')
    .allowExcessArguments()
    .action((_opts: unknown, cmd: Command) => {
      const [command] = cmd.args;
      const what = command === undefined ? 'name a data command' : `unknown data command "${command}"`;
      throw new UserError(`${what}; use validate or init (see: model-advisor data --help)`);
    });
  addTodayOption(configure(data.command('validate')))
    .description('check overlay files against the schema and the bundled data; exit 0 when valid, 2 otherwise')
    .argument('<files...>', 'overlay JSON files, in the order --data would apply them')
    .option('--json', 'print the findings as JSON')
    .action(async (files: string[], opts) => run(async () => (await import('./commands/data.js')).runDataValidate(files, opts, io))());
  addTodayOption(configure(data.command('init')))
    .description('write an example overlay: a private coding evaluation and a self-hosted model, ready for --data')
    .argument('[file]', 'where to write it (default: model-advisor-overlay.json)')
    .option('--force', 'replace the file if it exists')
    .action(async (file: string | undefined, opts) => run(async () => (await import('./commands/data.js')).runDataInit(file, opts, io))());
  return program;
}

export async function main(argv: string[], io: Io = makeIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (e instanceof UserError) {
      io.err(`model-advisor: ${e.message}\n`);
      return e.exitCode;
    }
    if (e instanceof Error && e.name === 'ExitPromptError') {
      io.err('Cancelled.\n');
      return EXIT.cancelled;
    }
    io.err(`model-advisor: internal error — this is a bug; please report it with the text below.\n${(e as Error)?.stack ?? String(e)}\n`);
    return EXIT.bug;
  }
}
