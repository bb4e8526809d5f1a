import { Command, CommanderError } from 'commander';
import { addDataOption, addScoringOptions, addTodayOption, collect } from './commands/options.js';
import type { Io } from './commands/shared.js';
import { EXIT, UserError } from './errors.js';
import { oneLine, quoted } from './render/sanitize.js';
import { columnsFromEnv, isTerminal, terminalColumns, writeFd } from './stdio.js';
import { TOOL } from './version.js';

// The program: declares commands and dispatches; each command's module is imported only when it runs, so
// `--help` and `recommend --json` do not pay for what they do not use.

const EXIT_HELP = `
Exit codes:
  0    success
  1    internal error (a bug: please report it with the stack trace)
  2    bad usage or bad input (the message says what to fix)
  3    report complete, but at least one workload has no eligible model
  4    a file or standard output could not be written (disk full, read-only, no permission, I/O error)
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
      return terminalColumns(columnsFromEnv(process.env));
    },
    get cwd() {
      return workingFolder();
    },
  };
}

/** The working folder; run from a folder that was deleted, a clear line instead of Node's ENOENT stack. */
function workingFolder(): string {
  try {
    return process.cwd();
  } catch {
    throw new UserError('the current folder no longer exists (was it deleted?); cd to an existing folder and run again');
  }
}

/** Commander's messages can span lines ("(Did you mean …?)"); users get one line and a pointer to help. */
function usageLine(message: string): string {
  return `${oneLine(message)} (see: model-advisor --help)\n`;
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
        outputError: (s, write) => write(usageLine(s)),
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
        throw new UserError(`unknown command ${quoted(command)}; use one of: ${names.join(', ')} (see: model-advisor --help)`);
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
    .option('--require <list>', "governance requirements every model must meet, e.g. api-ga,public-pricing; 'self-host|fine-tune' = either")
    .option('--exclude <list>', 'models to leave out, e.g. muse-spark')
    .option('--volume <list>', 'monthly tokens per workload, for the monthly cost, e.g. vision=20M,coding=50M (k, M, B)')
    .option('--io-ratio <in:out>', 'how monthly tokens split between input and output (default 3:1)')
    .option(
      '--assume <what-if>',
      'a hypothetical fact or figure, MODEL:FACT=VALUE or MODEL:BENCHMARK=FIGURE (repeatable); the report is marked HYPOTHETICAL',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('--format <format>', 'table, json, markdown or html (default table)')
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
  model-advisor recommend --mix vision=70,coding=30 --format html --out report.html
  model-advisor recommend --answers model-advisor-answers.json --json
  model-advisor recommend --volume vision=20M,coding=50M --data prices.json
  model-advisor recommend --assume muse-spark:api-ga=yes
${EXIT_HELP}`,
    )
    .action(async (opts) => run(async () => (await import('./commands/recommend.js')).runRecommend(opts, io))());

  addScoringOptions(addDataOption(configure(program.command('compare'))))
    .description('two models head to head: benchmark by benchmark and workload by workload')
    .argument('<a>', 'first model id (see: model-advisor models)')
    .argument('<b>', 'second model id')
    .option('--json', 'print JSON instead of tables')
    .action(async (a: string, b: string, opts) => run(async () => (await import('./commands/compare.js')).runCompare(a, b, opts, io))());

  addTodayOption(addDataOption(configure(program.command('mcp'))))
    .description('serve the advisor to AI assistants: an MCP server on stdin/stdout (tools: recommend, compare, evidence, explain_method)')
    .addHelpText(
      'after',
      `
The overlays are fixed here, by whoever configures the server; no tool call can name a file. For example,
in Claude Desktop's claude_desktop_config.json:
  { "mcpServers": { "model-advisor": { "command": "npx", "args": ["-y", "model-advisor", "mcp"] } } }`,
    )
    .action(async (opts) => run(async () => (await import('./commands/mcp.js')).runMcp(opts, io))());

  configure(program.command('diff'))
    .description('what changed between two saved recommend --json reports: profile, picks, confidence, evidence, facts, prices, triggers')
    .argument('<old>', 'the earlier report (recommend --json --out FILE)')
    .argument('<new>', 'the later report')
    .option('--format <format>', 'table, json or markdown (default table)')
    .option('--json', 'short for --format json')
    .option('--exit-code', 'exit 1 when any pick or its status changed (for CI)')
    .addHelpText(
      'after',
      `
Examples:
  model-advisor recommend --as-of 2026-04-30 --json --out april.json
  model-advisor recommend --json --out july.json
  model-advisor diff april.json july.json --format markdown

Exit codes:
  0    compared (with --exit-code: no pick or status changed)
  1    with --exit-code: a pick or its status changed
  2    a file is missing, not a report, or from another schemaVersion`,
    )
    .action(async (a: string, b: string, opts) => run(async () => (await import('./commands/diff.js')).runDiff(a, b, opts, io))());

  configure(program.command('schema'))
    .description('print the JSON Schema (draft 2020-12) of: recommendation, dataset, profile, answers or mcp-tools')
    .argument('<name>', "recommendation, dataset, profile, answers or mcp-tools (the MCP server's tools, as tools/list gives them)")
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
    .description('check your own data files (overlays) for --data, write an example to start from, or import results from other tools')
    .allowExcessArguments()
    .action((_opts: unknown, cmd: Command) => {
      const [command] = cmd.args;
      const what = command === undefined ? 'name a data command' : `unknown data command ${quoted(command)}`;
      throw new UserError(`${what}; use validate, init or import (see: model-advisor data --help)`);
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
  addTodayOption(configure(data.command('import')))
    .description('turn a promptfoo, Artificial Analysis, models.dev or LMArena file into an overlay for --data')
    .argument('<format>', 'promptfoo, artificial-analysis, models-dev or lmarena')
    .argument('<file>', 'the JSON file that tool wrote')
    .option('--out <file>', 'write the overlay to FILE, atomically (default: stdout)')
    .option('--map <name=id>', "which model a name in the file is, e.g. --map 'GPT-5.4 (high)=gpt-5.4' (repeatable)", collect)
    .option('--only-known', 'leave out models that are not in the dataset (listed on stderr) instead of adding them')
    .option(
      '--date <date>',
      "the day the figures were published or fetched, YYYY-MM-DD (required for lmarena; default: the file's own date, else its modification day)",
    )
    .option('--benchmark <id>', 'promptfoo: the id of your suite (default: promptfoo-DESCRIPTION from the eval config)')
    .option('--name <text>', "promptfoo: the suite's name (default: the eval's description)")
    .option('--workload <id>', 'promptfoo: the workload the suite informs, e.g. coding (default: none, the figures are evidence only)')
    .option(
      '--weight <0..1>',
      "promptfoo: the suite's share of that workload (default 0.5); the workload's other benchmarks share the rest",
    )
    .addHelpText(
      'after',
      `
Model names are matched only exactly (id, name or a documented alias); map the rest with --map.
Examples:
  model-advisor data import promptfoo results.json --benchmark our-coding-suite --workload coding --weight 0.7 --out ours.json
  model-advisor data import artificial-analysis aa-models.json --date 2026-11-20 --out aa.json
  model-advisor data import models-dev api.json --only-known --out prices.json
  model-advisor data import lmarena leaderboard-text.json --date 2026-11-20 --only-known --out arena.json
  model-advisor recommend --mix coding=100 --data promptfoo:results.json   (imports in memory, with the defaults)`,
    )
    .action(async (format: string, file: string, opts) =>
      run(async () => (await import('./commands/data.js')).runDataImport(format, file, opts, io))(),
    );
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
      // One line whatever the message holds: what a user typed is quoted where echoed, and this is the backstop.
      io.err(`model-advisor: ${oneLine(e.message)}\n`);
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
