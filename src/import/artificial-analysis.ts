import {
  figureDate,
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
  quoteOf,
  round,
  summaryLine,
  text,
} from './common.js';
import { slug } from './identity.js';

// Artificial Analysis's models endpoint (GET /api/v2/data/llms/models): { data: [model] }, each with a
// stable `id`, `name`, `slug`, `model_creator`, `release_date`, `evaluations` and `pricing`. Only these
// fields are read; any other key (speeds, prompt_options, new evaluations' metadata) is ignored.

interface AaModel {
  id: string;
  name?: string;
  slug?: string;
  release_date?: string;
  model_creator?: { id?: string; name?: string; slug?: string };
  evaluations?: Record<string, unknown>;
  pricing?: { price_1m_input_tokens?: number | null; price_1m_output_tokens?: number | null; price_1m_blended_3_to_1?: number | null };
}

/** Their terms ask every use of the figures to say where they come from. */
export const AA_ATTRIBUTION =
  'Contains data from Artificial Analysis (https://artificialanalysis.ai/), used with attribution as its terms require.';

/** Evaluations that are the same measure as a bundled benchmark. */
const SAME_MEASURE: Record<string, string> = {
  artificial_analysis_intelligence_index: 'aa-index',
  hle: 'hle',
  tau2: 'tau2-telecom',
  terminalbench_hard: 'terminalbench-hard',
  critpt: 'critpt',
};

/** Names for the evaluations the API is known to carry; any other key gets its own name spelled out. */
const NAMES: Record<string, string> = {
  artificial_analysis_coding_index: 'Artificial Analysis Coding Index',
  artificial_analysis_math_index: 'Artificial Analysis Math Index',
  artificial_analysis_agentic_index: 'Artificial Analysis Agentic Index',
  mmlu_pro: 'MMLU-Pro (Artificial Analysis)',
  gpqa: 'GPQA Diamond (Artificial Analysis)',
  livecodebench: 'LiveCodeBench (Artificial Analysis)',
  scicode: 'SciCode (Artificial Analysis)',
  math_500: 'MATH-500 (Artificial Analysis)',
  aime: 'AIME (Artificial Analysis)',
  aime_25: 'AIME 2025 (Artificial Analysis)',
  ifbench: 'IFBench (Artificial Analysis)',
  lcr: 'AA-LCR long-context reasoning',
};

/** Index scores are out of 100; every other evaluation is an accuracy, which the API gives as a 0–1 fraction. */
const isIndex = (key: string) => key.startsWith('artificial_analysis_') && key.endsWith('_index');

function recognise(json: Json): boolean {
  if (!isRecord(json) || !Array.isArray(json.data)) return false;
  const first = json.data.find(isRecord);
  return first !== undefined && ('evaluations' in first || 'model_creator' in first || 'pricing' in first);
}

/**
 * Per evaluation key, whether the file gives it in percent: an accuracy above 1 anywhere in the file
 * means the whole column is in percent (older exports), else it is a fraction and is multiplied by 100.
 */
function percentColumns(rows: AaModel[]): Set<string> {
  const out = new Set<string>();
  for (const r of rows) {
    for (const [k, v] of Object.entries(r.evaluations ?? {})) if (isNumber(v) && v > 1 && !isIndex(k)) out.add(k);
  }
  return out;
}

function run(json: Json, opts: ImportOptions, ctx: ImportContext): ImportResult {
  const root = json as Record<string, unknown>;
  const rows = (root.data as unknown[]).filter((r): r is AaModel => isRecord(r) && typeof r.id === 'string' && text(r.name) !== undefined);
  const version =
    isNumber(root.intelligence_index_version) || text(root.intelligence_index_version)
      ? String(root.intelligence_index_version)
      : undefined;
  const { date, how } = figureDate(opts, text(root.timestamp)?.slice(0, 10), 'Artificial Analysis', true);
  const sourceId = slug(`artificial-analysis-${date}`);
  const inPercent = percentColumns(rows);
  const bundled = new Set(ctx.benchmarks.map((b) => b.id));

  const created = new Map<string, Record<string, unknown>>();
  const models: Record<string, unknown>[] = [];
  const observations: Record<string, unknown>[] = [];
  const prices: Record<string, unknown>[] = [];
  const lines: string[] = [];
  for (const r of rows) {
    const name = text(r.name) as string;
    const identity = ctx.resolver.resolve({
      names: [name, r.id, ...(text(r.slug) ? [text(r.slug) as string] : [])],
      vendor: text(r.model_creator?.name),
    });
    if (identity.kind === 'skip') {
      lines.push(summaryLine(identity, name, ''));
      continue;
    }
    const released = text(r.release_date);
    if (identity.kind === 'new')
      models.push(
        newModel(identity, {
          ...(released && /^\d{4}-\d{2}-\d{2}$/.test(released) && released <= date
            ? { release: [{ released, source: sourceId, date, quote: quoteOf([['release_date', released]]) }] }
            : {}),
        }),
      );
    const build = identity.kind === 'known' && identity.note ? `Measured on the ${identity.note}. ` : '';
    const evaluations = isRecord(r.evaluations) ? r.evaluations : {};
    const keys = Object.keys(evaluations).sort();
    let figures = 0;
    for (const key of keys) {
      const raw = evaluations[key];
      if (!isNumber(raw)) continue;
      const same = SAME_MEASURE[key];
      const benchmark = same && bundled.has(same) ? same : slug(`aa-${key.replace(/^artificial_analysis_/, '').replace(/_/g, '-')}`);
      if (!benchmark) continue;
      const fraction = !isIndex(key) && !inPercent.has(key);
      const value = fraction ? round(raw * 100, 2) : round(raw, 2);
      if (value < 0 || value > 100) continue;
      if (!bundled.has(benchmark) && !created.has(benchmark)) created.set(benchmark, benchmarkFor(key, benchmark));
      const unit = isIndex(key) ? 'out of 100' : fraction ? 'given as a 0–1 fraction, stored in percent' : 'given in percent';
      const indexVersion = key === 'artificial_analysis_intelligence_index' && version ? `; Intelligence Index version ${version}` : '';
      observations.push({
        model: identity.model,
        benchmark,
        value,
        quote: quoteOf([[key, raw]]),
        source: sourceId,
        date,
        note: `${build}Artificial Analysis evaluation "${key}" of model id ${r.id} (${name}), ${unit}${indexVersion}.`,
      });
      figures++;
    }
    const p = r.pricing;
    let price = '';
    if (
      isRecord(p) &&
      isNumber(p.price_1m_input_tokens) &&
      isNumber(p.price_1m_output_tokens) &&
      p.price_1m_input_tokens >= 0 &&
      p.price_1m_output_tokens >= 0
    ) {
      const blended = isNumber(p.price_1m_blended_3_to_1) ? `; blended 3:1 price $${p.price_1m_blended_3_to_1}` : '';
      prices.push({
        model: identity.model,
        input: p.price_1m_input_tokens,
        output: p.price_1m_output_tokens,
        currency: 'USD',
        quote: quoteOf([
          ['price_1m_input_tokens', p.price_1m_input_tokens],
          ['price_1m_output_tokens', p.price_1m_output_tokens],
        ]),
        source: sourceId,
        date,
        note: `Artificial Analysis pricing of model id ${r.id}${blended}.`,
      });
      price = `, price $${p.price_1m_input_tokens}/$${p.price_1m_output_tokens} per 1M tokens`;
    }
    lines.push(
      summaryLine(identity, name, figures ? `${figures} evaluation${figures === 1 ? '' : 's'}${price}` : `no evaluations${price}`),
    );
  }
  const part = {
    sources: [
      {
        id: sourceId,
        title: `Artificial Analysis models data${version ? ` (Intelligence Index version ${version})` : ''}`,
        publisher: 'Artificial Analysis',
        date,
        url: 'https://artificialanalysis.ai/',
        file: fileName(opts.file),
        attribution: AA_ATTRIBUTION,
        note: `${IMPORTED_BY} artificial-analysis from ${fileName(opts.file)}, ${how}. Models keyed on Artificial Analysis's stable model id; accuracies given as 0–1 fractions are stored in percent.`,
      },
    ],
    ...(created.size ? { benchmarks: [...created.values()] } : {}),
    ...(models.length ? { models } : {}),
    observations,
    ...(prices.length ? { prices } : {}),
  };
  return { part, summary: lines };
}

function benchmarkFor(key: string, id: string): Record<string, unknown> {
  const index = isIndex(key);
  const name = NAMES[key] ?? `${key.replace(/_/g, ' ')} (Artificial Analysis)`;
  return {
    id,
    name: name.slice(0, 100),
    measures: `Artificial Analysis's evaluation "${key}", as its models endpoint reports it${index ? ' (a composite index out of 100)' : ' (accuracy, in percent)'}.`,
    scale: {
      kind: 'linear',
      unit: index ? 'score' : 'percent',
      min: 0,
      max: 100,
      chance: 0,
      rationale: index
        ? 'A composite score out of 100; 0 maps to 0.'
        : 'Accuracy in percent; the chance level differs by task and is not given, so it is taken as 0 (which flatters no model over another).',
    },
    higherIsBetter: true,
  };
}

export const artificialAnalysis: Importer = {
  describe: 'an Artificial Analysis models response ({ "data": [ … ] })',
  recognise,
  run,
};
