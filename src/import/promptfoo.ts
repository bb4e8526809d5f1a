import { UserError } from '../errors.js';
import {
  fileName,
  IMPORTED_BY,
  type ImportContext,
  type Importer,
  type ImportOptions,
  type ImportResult,
  isNumber,
  isRecord,
  type Json,
  newModel,
  round,
  summaryLine,
  text,
} from './common.js';
import { type Entry, MAKERS, slug } from './identity.js';
import { wilson } from './wilson.js';

// promptfoo's `promptfoo eval -o results.json`: its OutputFile, with results as EvaluateSummaryV3
// (version 3: results.prompts) or EvaluateSummaryV2 (version 2: results.table.head.prompts). Shapes from
// promptfoo's src/types/index.ts and src/types/shared.ts; only the fields used are declared, and any
// other key is ignored.

interface TokenUsage {
  prompt?: number;
  completion?: number;
  cached?: number;
  total?: number;
  numRequests?: number;
  /** The grader's own tokens (model-graded assertions): not the model's, so never counted here. */
  assertions?: unknown;
}

interface PromptMetrics {
  /** The SUM of the test scores, not their mean. */
  score: number;
  testPassCount: number;
  testFailCount: number;
  testErrorCount: number;
  totalLatencyMs: number;
  tokenUsage?: TokenUsage;
  cost: number;
}

interface CompletedPrompt {
  label?: string;
  raw?: string;
  /** The provider's label, or its id when it has none. */
  provider: string;
  metrics?: PromptMetrics;
}

interface EvaluateResult {
  promptIdx?: number;
  provider?: { id?: string; label?: string };
  success?: boolean;
  /** 0 none, 1 an assertion failed, 2 an error. */
  failureReason?: number;
  score?: number;
  latencyMs?: number;
  cost?: number;
  tokenUsage?: TokenUsage;
}

interface Summary {
  version: number;
  timestamp: string;
  results?: EvaluateResult[];
  prompts?: CompletedPrompt[];
  table?: { head?: { prompts?: CompletedPrompt[] } };
}

interface OutputFile {
  evalId: string | null;
  results: Summary;
  config?: { description?: string };
  metadata?: { promptfooVersion?: string; exportedAt?: string; evaluationCreatedAt?: string; author?: string };
}

/** Per provider: the counts and the data the pass rate comes with. */
interface Tally {
  provider: string;
  ids: Set<string>;
  pass: number;
  fail: number;
  error: number;
  score: number;
  latencyMs: number;
  cost: number;
  prompt: number;
  completion: number;
  total: number;
  prompts: number;
}

/** Weight the suite gets in the workload when --workload is given without --weight. */
export const DEFAULT_WEIGHT = 0.5;

function recognise(json: Json): boolean {
  if (!isRecord(json) || !isRecord(json.results)) return false;
  const r = json.results;
  return isNumber(r.version) && (Array.isArray(r.prompts) || isRecord(r.table));
}

function promptsOf(summary: Summary): CompletedPrompt[] {
  const v3 = Array.isArray(summary.prompts) ? summary.prompts : undefined;
  const v2 = summary.table?.head?.prompts;
  const prompts = summary.version >= 3 ? (v3 ?? v2) : (v2 ?? v3);
  return (prompts ?? []).filter((p): p is CompletedPrompt => isRecord(p) && typeof p.provider === 'string');
}

const num = (v: unknown) => (isNumber(v) ? v : 0);

function addTokens(t: Tally, usage: TokenUsage | undefined): void {
  if (!isRecord(usage)) return;
  t.prompt += num(usage.prompt);
  t.completion += num(usage.completion);
  t.total += num(usage.total);
}

/** Tallies per provider, in the order providers first appear: from the prompt metrics, else from the results. */
function tally(summary: Summary): Tally[] {
  const byProvider = new Map<string, Tally>();
  const results = (Array.isArray(summary.results) ? summary.results : []).filter((r): r is EvaluateResult => isRecord(r));
  promptsOf(summary).forEach((p, index) => {
    let t = byProvider.get(p.provider);
    if (!t) {
      t = {
        provider: p.provider,
        ids: new Set(),
        pass: 0,
        fail: 0,
        error: 0,
        score: 0,
        latencyMs: 0,
        cost: 0,
        prompt: 0,
        completion: 0,
        total: 0,
        prompts: 0,
      };
      byProvider.set(p.provider, t);
    }
    t.prompts++;
    const mine = results.filter((r) => r.promptIdx === index);
    for (const r of mine) {
      const id = r.provider?.id;
      if (typeof id === 'string' && id !== p.provider) t.ids.add(id);
    }
    const m = p.metrics;
    if (isRecord(m) && isNumber(m.testPassCount)) {
      t.pass += m.testPassCount;
      t.fail += num(m.testFailCount);
      t.error += num(m.testErrorCount);
      t.score += num(m.score);
      t.latencyMs += num(m.totalLatencyMs);
      t.cost += num(m.cost);
      addTokens(t, m.tokenUsage as TokenUsage | undefined);
      return;
    }
    // No metrics (optional in CompletedPrompt): count this prompt's results one by one.
    for (const r of mine) {
      if (r.success === true) t.pass++;
      else if (r.failureReason === 2) t.error++;
      else t.fail++;
      t.score += num(r.score);
      t.latencyMs += num(r.latencyMs);
      t.cost += num(r.cost);
      addTokens(t, r.tokenUsage);
    }
  });
  return [...byProvider.values()];
}

function vendorOf(t: Tally): string | undefined {
  for (const id of [t.provider, ...t.ids]) {
    const maker = MAKERS[id.split(':')[0] ?? ''];
    if (maker) return maker;
  }
  return undefined;
}

const pct = (x: number) => `${round(x * 100, 1)}%`;
const money = (x: number) => `$${x < 1 ? x.toFixed(4) : x.toFixed(2)}`;

/** The data beside the pass rate, in words: counts, score sum, cost, tokens (grader's excluded), latency. */
function dataNote(t: Tally, n: number): string {
  const parts = [
    `${t.pass} of ${n} tests passed, ${t.fail} failed, ${t.error} errored (pass rate ${pct(t.pass / n)}; the range is its 95% Wilson interval)`,
    `score sum ${round(t.score, 3)} (mean ${round(t.score / n, 3)} per test)`,
    `cost ${money(t.cost)} (${money(t.cost / n)} per test)`,
    `tokens ${t.prompt} prompt + ${t.completion} completion = ${t.total} total, grader's assertion tokens excluded`,
    `mean latency ${Math.round(t.latencyMs / n)} ms`,
  ];
  if (t.error === n) parts.unshift('EVERY test errored: check the provider set-up before reading this as a 0% pass rate');
  return `${parts.join('; ')}.`;
}

/** The weights patch: the suite gets `weight` of the workload, the workload's other benchmarks share the rest as before. */
function weightsFor(ctx: ImportContext, workload: string, benchmark: string, weight: number, name: string) {
  const w = ctx.workloads.find((x) => x.id === workload);
  if (!w) throw new UserError(`--workload "${workload}": no such workload; use one of: ${ctx.workloads.map((x) => x.id).join(', ')}`);
  const others = w.benchmarks.filter((b) => b.benchmark !== benchmark);
  const total = others.reduce((s, b) => s + b.weight, 0);
  const share = Math.round(weight * 100);
  return [
    {
      workload,
      benchmark,
      weight,
      rationale: `Your own promptfoo suite "${name}", set to ${share}% of this workload by data import --weight ${weight}.`,
    },
    ...others.map((b) => ({ workload, benchmark: b.benchmark, weight: total > 0 ? round(((1 - weight) * b.weight) / total, 4) : 0 })),
  ];
}

function run(json: Json, opts: ImportOptions, ctx: ImportContext): ImportResult {
  const out = json as OutputFile;
  const summary = out.results;
  const timestamp = text(summary.timestamp) ?? text(out.metadata?.evaluationCreatedAt);
  const day = timestamp && /^\d{4}-\d{2}-\d{2}/.test(timestamp) ? timestamp.slice(0, 10) : undefined;
  const date = opts.date ?? day;
  if (!date) throw new UserError(`${opts.file}: the promptfoo results carry no timestamp; give the day of the eval with --date YYYY-MM-DD`);
  const description = text(out.config?.description);
  const benchmark = opts.benchmark ?? (slug(`promptfoo-${description ?? 'eval'}`) || 'promptfoo-eval');
  if (ctx.benchmarks.some((b) => b.id === benchmark))
    throw new UserError(`--benchmark ${benchmark}: that is a bundled benchmark; name your own suite, e.g. --benchmark our-coding-suite`);
  const name = (opts.name ?? description ?? 'promptfoo evaluation').slice(0, 100);
  const evalId = text(out.evalId);
  const version = text(out.metadata?.promptfooVersion);
  const sourceId = slug(`promptfoo-${evalId ?? timestamp ?? date}`) || 'promptfoo-eval';
  const tallies = tally(summary);
  if (tallies.length === 0)
    throw new UserError(`${opts.file}: the promptfoo results list no prompts with a provider; is the eval complete?`);

  const models: Record<string, unknown>[] = [];
  const observations: Record<string, unknown>[] = [];
  const lines: string[] = [];
  let tests = 0;
  for (const t of tallies) {
    const entry: Entry = { names: [t.provider, ...[...t.ids].sort()], vendor: vendorOf(t) };
    const identity = ctx.resolver.resolve(entry);
    const n = t.pass + t.fail + t.error;
    if (n === 0) {
      lines.push(`skipped "${t.provider}": no tests ran for it`);
      continue;
    }
    if (identity.kind === 'skip') {
      lines.push(summaryLine(identity, t.provider, ''));
      continue;
    }
    tests = Math.max(tests, n);
    if (identity.kind === 'new') models.push(newModel(identity));
    const { low, high } = wilson(t.pass, n);
    const build = identity.kind === 'known' && identity.note ? `Measured on the ${identity.note}. ` : '';
    observations.push({
      model: identity.model,
      benchmark,
      low: Math.floor(low * 10000) / 100,
      high: Math.ceil(high * 10000) / 100,
      source: sourceId,
      date,
      note: `${build}promptfoo provider "${t.provider}": ${dataNote(t, n)}`,
    });
    lines.push(
      summaryLine(
        identity,
        t.provider,
        `${t.pass}/${n} passed (${pct(t.pass / n)}, 95% interval ${pct(low)}–${pct(high)})${t.error === n ? ', EVERY test errored: check the provider set-up' : t.error ? `, ${t.error} errored` : ''}`,
      ),
    );
  }
  const scorePart = {
    sources: [
      {
        id: sourceId,
        kind: 'private' as const,
        title: `promptfoo eval${description ? `: ${description}` : ''}`.slice(0, 300),
        publisher: (text(out.metadata?.author) ?? 'Your own evaluation').slice(0, 200),
        date,
        file: fileName(opts.file),
        note: `${IMPORTED_BY} promptfoo from ${fileName(opts.file)}: output of promptfoo${version ? ` ${version}` : ''} (results format version ${summary.version}), eval id ${evalId ?? 'none'}, run at ${timestamp ?? 'an unknown time'}${opts.date ? `; dated ${opts.date} with --date` : ''}.`,
      },
    ],
    benchmarks: [
      {
        id: benchmark,
        name,
        measures: `Share of the promptfoo test cases of "${name}" a model passed: passes / (passes + failures + errors), an error counting as a failure.`,
        scale: {
          kind: 'linear' as const,
          unit: 'percent' as const,
          min: 0,
          max: 100,
          chance: 0,
          rationale: 'Tests passed, in percent; a test passes or fails as a whole, so there is no guessing floor.',
        },
        higherIsBetter: true,
        caveats: [
          {
            text: `Each figure is the 95% Wilson interval of a pass rate over at most ${tests} tests: with few tests it is wide, and gaps inside it are not differences.`,
          },
        ],
      },
    ],
    ...(models.length ? { models } : {}),
    observations,
    ...(opts.workload ? { weights: weightsFor(ctx, opts.workload, benchmark, opts.weight ?? DEFAULT_WEIGHT, name) } : {}),
  };
  return { part: scorePart, summary: lines };
}

export const promptfoo: Importer = {
  describe: 'promptfoo eval output (promptfoo eval -o results.json)',
  recognise,
  run,
};
