// npm run bench [-- --json] [-- --runs N] [-- --repeats N] [-- --only cold|scale|import]
//
// Start-up and scale of model-advisor on this machine, against their floors and the budgets in
// README.md, "Performance". Budgets are reported, never asserted: the exit code is 0 whatever the figures.
//
// Every timed process, the floor included, runs without NODE_EXTRA_CA_CERTS: with it set, Node 20 reads and
// parses the certificate file on every start (~40 ms), which would inflate the floor and hide the tool's cost.
//
// Cold start: each command and bare `node -e 0` run in turn (interleaved, the order rotated every round so
// neither drift nor position favours one), stdout and stderr piped as in a script; the median wall time of
// each, its overhead in ms over node's and its ratio to node's. Budgets are overheads in ms. The questionnaire's time to its first prompt runs under a pseudo-terminal
// (python3's pty module; skipped when python3 is missing).
//
// Scale: the engine on the bundled data and on seeded synthetic datasets (scripts/bench/synthetic.ts),
// each size in a fresh process (scripts/bench/engine-child.ts, bundled here with esbuild) so its peak RSS
// is its own; engine time is the median of --repeats processes, peak RSS their maximum.
//
// Import: `data import models-dev` of a generated api.json of about 10 MB (scripts/bench/models-dev.mjs:
// 100 providers × 140 listings of 3,000 distinct models), whole command, median wall time of --runs/2 runs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'model-advisor.js');
const NODE = process.execPath;

/** Overheads over `node -e 0` in ms (cold start) and engine times in ms (scale); README.md, "Performance". */
const BUDGET = {
  recommendJsonMs: 30,
  commandMs: 60,
  firstPromptMs: 150,
  bundledMs: 50,
  aaScaleMs: 300,
  scaleMs: 1000,
  scaleRssMb: 200,
  importMs: 1000,
};
const SIZES = [
  [10, 20],
  [10, 100],
  [100, 20],
  [100, 100],
  [500, 30],
  [1000, 20],
  [1000, 100],
];
/** What every timed process runs with: this environment, less the certificate file Node would read on start. */
const ENV = { ...process.env };
delete ENV.NODE_EXTRA_CA_CERTS;
const SEED = 1;
const MIX = 'vision=40,coding=30,agentic=20,health=10';
const MCP_SESSION = [
  {
    jsonrpc: '2.0',
    id: 1,
    method: 'initialize',
    params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'bench', version: '1' } },
  },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  { jsonrpc: '2.0', id: 2, method: 'tools/list' },
]
  .map((m) => `${JSON.stringify(m)}\n`)
  .join('');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = process.argv[i + 1];
  if (value === undefined) throw new Error(`--${name} needs a value`);
  return value;
}
const asJson = process.argv.includes('--json');
const runs = Math.max(10, Number(option('runs', '20')));
const repeats = Math.max(1, Number(option('repeats', '3')));
const only = option('only', 'all');
if (!['all', 'cold', 'scale', 'import'].includes(only)) throw new Error('--only takes cold, scale or import');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const progress = (text) => {
  if (!asJson && process.stderr.isTTY) process.stderr.write(`\r\x1b[K${text}`);
};

/** One run of a command with stdin empty and stdout/stderr piped; wall milliseconds. */
function timeOnce(argv, input) {
  const start = process.hrtime.bigint();
  const stdin = input === undefined ? 'ignore' : 'pipe';
  const r = spawnSync(argv[0], argv.slice(1), { cwd: ROOT, env: ENV, input, stdio: [stdin, 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, status: r.status, stderr: r.stderr?.toString() ?? '' };
}

/** The questionnaire's time to first prompt, under a pseudo-terminal; null when it cannot be measured. */
const PTY_PROBE = `
import os, pty, select, sys, time, signal
argv = sys.argv[1:]
start = time.perf_counter()
pid, fd = pty.fork()
if pid == 0:
    os.environ['COLUMNS'] = '100'
    os.execvp(argv[0], argv)
seen = b''
result = None
deadline = start + 10
while time.perf_counter() < deadline:
    r, _, _ = select.select([fd], [], [], 0.05)
    if fd in r:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if b'?' in seen:
            result = (time.perf_counter() - start) * 1000
            break
os.kill(pid, signal.SIGKILL)
os.waitpid(pid, 0)
print(result if result is not None else 'none:' + seen.decode('utf-8', 'replace')[-200:].replace('\\n', ' '))
`;
function timeFirstPrompt(argv) {
  const r = spawnSync('python3', ['-c', PTY_PROBE, ...argv], { cwd: ROOT, env: ENV, encoding: 'utf8' });
  if (r.error || r.status !== 0) return { ms: null, why: r.error ? 'python3 not found (needed for a pseudo-terminal)' : r.stderr.trim() };
  const out = r.stdout.trim();
  return out.startsWith('none:') ? { ms: null, why: `no prompt within 10 s; output ended: ${out.slice(5)}` } : { ms: Number(out) };
}

/** A small overlay (one model, one figure), as a team would pass with --data; written to `dir`. */
function smallOverlay(dir) {
  const file = join(dir, 'small-overlay.json');
  const part = {
    sources: [{ id: 'bench-own-eval', title: 'Our own evaluation', publisher: 'Us', kind: 'private', date: '2026-07-01' }],
    observations: [{ model: 'gpt-5.4', benchmark: 'charxiv', value: 50, source: 'bench-own-eval', date: '2026-07-01' }],
  };
  writeFileSync(file, JSON.stringify(part));
  return file;
}

function coldStart(dir) {
  const overlay = smallOverlay(dir);
  const baseline = { name: 'node -e 0', argv: [NODE, '-e', '0'] };
  const cmd = (args, budget = BUDGET.commandMs) => ({ name: args.join(' '), argv: [NODE, BIN, ...args], budget });
  const commands = [
    cmd(['recommend', '--mix', MIX, '--json'], BUDGET.recommendJsonMs),
    cmd(['recommend', '--mix', MIX]),
    cmd(['recommend', '--mix', MIX, '--format', 'markdown']),
    {
      ...cmd(['recommend', '--mix', MIX, '--json', '--data', 'small-overlay.json']),
      argv: [NODE, BIN, 'recommend', '--mix', MIX, '--json', '--data', overlay],
    },
    cmd(['compare', 'gpt-5.4', 'claude-opus-4.6']),
    cmd(['compare', 'gpt-5.4', 'claude-opus-4.6', '--json']),
    cmd(['--help']),
    cmd(['evidence', '--json']),
    cmd(['evidence']),
    cmd(['models']),
    cmd(['workloads']),
    { ...cmd(['data', 'validate', 'small-overlay.json']), argv: [NODE, BIN, 'data', 'validate', overlay] },
    cmd(['schema', 'recommendation']),
    // The MCP server from start to exit: it answers initialize and tools/list, then its client closes stdin.
    { ...cmd(['mcp']), name: 'mcp: initialize, tools/list, exit', input: MCP_SESSION },
  ];
  // A command that does not exist yet (or fails) is reported, not timed.
  const available = commands.filter((c) => {
    const r = timeOnce(c.argv, c.input);
    if (r.status === 0 || r.status === 3) return true;
    c.unavailable = `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
    return false;
  });
  const prompt = { name: 'ask: first prompt on screen (pty)', argv: [NODE, BIN, 'ask'], budget: BUDGET.firstPromptMs };
  const probe = timeFirstPrompt(prompt.argv);
  const withPrompt = probe.ms !== null;
  if (!withPrompt) prompt.unavailable = probe.why;

  const all = [baseline, ...available];
  const samples = new Map(all.map((c) => [c, []]));
  const promptSamples = [];
  const warmup = 2;
  for (let round = 0; round < runs + warmup; round++) {
    progress(`cold start: round ${round + 1}/${runs + warmup}`);
    const order = all.map((_, i) => all[(i + round) % all.length]);
    for (const c of order) {
      const { ms } = timeOnce(c.argv, c.input);
      if (round >= warmup) samples.get(c).push(ms);
    }
    if (withPrompt && round >= warmup) {
      const { ms } = timeFirstPrompt(prompt.argv);
      if (ms !== null) promptSamples.push(ms);
    }
  }
  const base = median(samples.get(baseline));
  const row = (c, xs) => ({
    command: c.name,
    runs: xs.length,
    medianMs: median(xs),
    minMs: Math.min(...xs),
    overheadMs: median(xs) - base,
    ratio: median(xs) / base,
    budgetOverheadMs: c.budget ?? null,
    withinBudget: c.budget === undefined ? null : median(xs) - base <= c.budget,
  });
  const rows = all.map((c) => row(c, samples.get(c)));
  if (withPrompt && promptSamples.length > 0) rows.push(row(prompt, promptSamples));
  const missing = [...commands, prompt].filter((c) => c.unavailable).map((c) => ({ command: c.name, reason: c.unavailable }));
  return { runs, rows, unavailable: missing };
}

async function buildChild(dir) {
  const esbuild = await import('esbuild');
  const outfile = join(dir, 'engine-child.mjs');
  await esbuild.build({
    entryPoints: [join(ROOT, 'scripts', 'bench', 'engine-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'silent',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}

function runChild(child, args) {
  const r = spawnSync(NODE, [child, ...args], { cwd: ROOT, env: ENV, encoding: 'utf8', maxBuffer: 16 * 2 ** 20 });
  if (r.status !== 0) throw new Error(`engine child ${args.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

async function scale() {
  const dir = mkdtempSync(join(tmpdir(), 'model-advisor-bench-'));
  try {
    let child;
    try {
      child = await buildChild(dir);
    } catch (e) {
      return { unavailable: `the engine child does not build (is src/engine/index.ts there?): ${String(e.message).split('\n')[0]}` };
    }
    const measure = (label, args, budget) => {
      const results = [];
      for (let i = 0; i < repeats; i++) {
        progress(`scale: ${label} ${i + 1}/${repeats}`);
        results.push(runChild(child, args));
      }
      const engineMs = median(results.map((r) => r.engineMs));
      const peakRssMb = Math.max(...results.map((r) => r.peakRssMb));
      const [first] = results;
      return {
        dataset: label,
        models: first.models,
        observations: first.observations,
        samples: first.samples,
        engineMs,
        generateMs: median(results.map((r) => r.generateMs)),
        rssBeforeMb: median(results.map((r) => r.rssBeforeMb)),
        peakRssMb,
        budgetMs: budget.ms ?? null,
        budgetRssMb: budget.rssMb ?? null,
        withinBudget:
          budget.ms === undefined && budget.rssMb === undefined
            ? null
            : (budget.ms === undefined || engineMs <= budget.ms) && (budget.rssMb === undefined || peakRssMb <= budget.rssMb),
      };
    };
    const rows = [measure('bundled data', ['--bundled', join(ROOT, 'data')], { ms: BUDGET.bundledMs })];
    for (const [models, benchmarks] of SIZES) {
      const budget = models === 1000 && benchmarks === 100 ? { ms: BUDGET.scaleMs, rssMb: BUDGET.scaleRssMb } : {};
      rows.push(
        measure(
          `synthetic ${models} × ${benchmarks}`,
          ['--models', String(models), '--benchmarks', String(benchmarks), '--seed', String(SEED)],
          budget,
        ),
      );
    }
    // End to end: the CLI reading, validating and merging a 500 × 30 overlay (about Artificial Analysis's
    // catalogue), then recommend --json; wall time of the whole process, median of --repeats runs.
    const [models, benchmarks] = [500, 30];
    const file = join(dir, `synthetic-${models}x${benchmarks}.json`);
    const written = runChild(child, [
      '--write',
      file,
      '--models',
      String(models),
      '--benchmarks',
      String(benchmarks),
      '--seed',
      String(SEED),
    ]);
    const mix = Object.entries(written.mix)
      .map(([w, share]) => `${w}=${share}`)
      .join(',');
    const argv = [NODE, BIN, 'recommend', '--mix', mix, '--json', '--data', file, '--today', written.today];
    const times = [];
    for (let i = 0; i < Math.max(3, repeats); i++) {
      progress(`scale: CLI with a ${models} × ${benchmarks} overlay ${i + 1}`);
      const r = timeOnce(argv);
      if (r.status !== 0 && r.status !== 3) throw new Error(`recommend --data ${file} failed: ${r.stderr.trim().split('\n')[0]}`);
      times.push(r.ms);
    }
    const cli = {
      command: `recommend --json --data (synthetic ${models} × ${benchmarks} overlay, ${(statSync(file).size / 2 ** 20).toFixed(1)} MiB)`,
      runs: times.length,
      medianMs: median(times),
      budgetMs: BUDGET.aaScaleMs,
      withinBudget: median(times) <= BUDGET.aaScaleMs,
    };
    return { repeats, seed: SEED, rows, cli };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `data import models-dev` of a generated ~10 MB api.json: the whole command, as a user runs it. */
async function importCase() {
  const { modelsDevText } = await import('./bench/models-dev.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'model-advisor-bench-'));
  try {
    const file = join(dir, 'api.json');
    const text = modelsDevText({ providers: 100, perProvider: 140, distinct: 3000 });
    writeFileSync(file, text);
    const argv = [NODE, BIN, 'data', 'import', 'models-dev', file, '--date', '2026-11-20', '--today', '2026-11-21'];
    const first = timeOnce(argv);
    if (first.status !== 0) return { unavailable: `exit ${first.status}: ${first.stderr.trim().split('\n').pop()}` };
    const n = Math.max(5, Math.floor(runs / 2));
    const xs = [];
    for (let i = 0; i < n; i++) {
      progress(`import: ${i + 1}/${n}`);
      xs.push(timeOnce(argv).ms);
    }
    const listings = (text.match(/"attachment"/g) ?? []).length;
    return {
      file: 'models-dev api.json',
      megabytes: text.length / 1e6,
      listings,
      runs: n,
      medianMs: median(xs),
      minMs: Math.min(...xs),
      budgetMs: BUDGET.importMs,
      withinBudget: median(xs) <= BUDGET.importMs,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

if (!existsSync(join(ROOT, 'dist', 'cjs', 'cli.cjs'))) {
  process.stderr.write('bench: dist/cjs/cli.cjs is missing; run npm run build (npm ci does) first\n');
  process.exit(2);
}
const workDir = mkdtempSync(join(tmpdir(), 'model-advisor-bench-cold-'));
let report;
try {
  report = {
    machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: (await import('node:os')).cpus().length },
    date: new Date().toISOString(),
    budgets: BUDGET,
    coldStart: only === 'scale' || only === 'import' ? null : coldStart(workDir),
    scale: only === 'cold' || only === 'import' ? null : await scale(),
    import: only === 'all' || only === 'import' ? await importCase() : null,
  };
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
progress('');

if (asJson) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const out = [`model-advisor bench — Node ${report.machine.node}, ${report.machine.platform}, ${report.machine.cpus} CPUs`];
  if (report.coldStart) {
    const c = report.coldStart;
    out.push(
      '',
      `Cold start (wall time, median of ${c.runs} interleaved runs, NODE_EXTRA_CA_CERTS unset; overhead and ratio over node -e 0)`,
    );
    out.push(
      table(
        ['command', 'median ms', 'min ms', 'overhead ms', 'ratio', 'budget', ''],
        c.rows.map((r) => [
          r.command,
          r.medianMs.toFixed(1),
          r.minMs.toFixed(1),
          r.overheadMs.toFixed(1),
          `${r.ratio.toFixed(2)}×`,
          r.budgetOverheadMs === null ? '' : `≤ +${r.budgetOverheadMs} ms`,
          verdict(r.withinBudget),
        ]),
      ),
    );
    for (const u of c.unavailable) out.push(`not measured: ${u.command} — ${u.reason}`);
  }
  if (report.scale) {
    const s = report.scale;
    out.push('', 'Engine at scale (default samples; each size in its own process)');
    if (s.unavailable) out.push(`not measured: ${s.unavailable}`);
    else {
      out.push(
        table(
          ['dataset', 'observations', 'engine ms', 'peak RSS MB', 'RSS before MB', 'budget', ''],
          s.rows.map((r) => [
            r.dataset,
            r.observations,
            r.engineMs.toFixed(1),
            r.peakRssMb.toFixed(0),
            r.rssBeforeMb.toFixed(0),
            [r.budgetMs !== null ? `≤ ${r.budgetMs} ms` : '', r.budgetRssMb !== null ? `≤ ${r.budgetRssMb} MB` : '']
              .filter(Boolean)
              .join(', '),
            verdict(r.withinBudget),
          ]),
        ),
      );
      out.push(`engine ms: median of ${s.repeats} processes; peak RSS: their maximum (whole process, dataset included); seed ${s.seed}`);
      const c = s.cli;
      out.push(
        '',
        `CLI end to end: ${c.command}: ${c.medianMs.toFixed(1)} ms wall (median of ${c.runs}), budget ≤ ${c.budgetMs} ms ${verdict(c.withinBudget)}`,
      );
    }
  }
  if (report.import) {
    const i = report.import;
    out.push('', 'Import (data import models-dev, whole command, wall time)');
    if (i.unavailable) out.push(`not measured: ${i.unavailable}`);
    else
      out.push(
        table(
          ['file', 'MB', 'listings', 'median ms', 'min ms', 'budget', ''],
          [
            [
              i.file,
              i.megabytes.toFixed(1),
              i.listings,
              i.medianMs.toFixed(1),
              i.minMs.toFixed(1),
              `≤ ${i.budgetMs} ms`,
              verdict(i.withinBudget),
            ],
          ],
        ),
      );
  }
  process.stdout.write(`${out.join('\n')}\n`);
}
