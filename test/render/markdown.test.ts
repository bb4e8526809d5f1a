import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Recommendation } from '../../src/engine/schema.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { dataset, everything as everythingReport, quickStart as quickStartReport, TODAY } from '../helpers/bundled-report.js';
import { run } from '../helpers/engine.js';

// The memo as a procurement lead sees it after pasting: converted by a standard Markdown library (marked,
// GitHub-flavoured), then read as text.

const quickStart = quickStartReport();
const everything = everythingReport();

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);
const html = (rec: Recommendation) => marked.parse(renderMarkdown(rec), { gfm: true, async: false }) as string;
/** The text a rich-text editor shows: tags gone, entities decoded. */
const pasted = (rec: Recommendation) => decode(html(rec).replace(/<[^>]+>/g, ''));
/** Each table as rows of cell texts. */
function tables(rec: Recommendation): string[][][] {
  return [...html(rec).matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => decode(c[1] ?? '')),
    ),
  );
}

describe('the Markdown memo, pasted', () => {
  it('reads in the memo order: title and date, question, decision, verdict, re-evaluation, scores, method, appendices', () => {
    const headings = [...html(quickStart).matchAll(/<h([12])[^>]*>([^<]*)<\/h\1>/g)].map((m) => decode(m[2] ?? ''));
    expect(headings).toEqual([
      'Model recommendation: Vision & documents 70%, Coding 30%',
      'The question',
      'Decision',
      'One model or routing',
      'Monthly cost',
      'When to re-evaluate',
      'Scores by workload',
      'Method',
      'Appendix A: Evidence',
      'Appendix B: Caveats and warnings',
    ]);
    expect(pasted(quickStart)).toContain('Prepared 2026-11-27 with model-advisor');
  });

  it('has a decision table: pick, status, confidence in words, the production choice', () => {
    const decision = tables(quickStart)[0];
    expect(decision).toEqual([
      ['Workload', 'Share', 'Pick', 'Status', 'Confidence', 'For production'],
      [
        'Vision & documents',
        '70%',
        'Gemini 3.1 Pro',
        'Production',
        'Tie: cannot be separated from Muse Spark; the tie rule picks Gemini 3.1 Pro; settle with CharXiv (reasoning) and MMMU-Pro',
        'Gemini 3.1 Pro',
      ],
      [
        'Coding',
        '30%',
        'Gemini 3.1 Pro',
        'Production',
        'Unresolved: no lead over Claude Opus 4.6 on shared evidence; settle with Terminal-Bench 2.0',
        'Gemini 3.1 Pro',
      ],
    ]);
  });

  it('says per workload what the sources concluded, a disagreement plainly, and when to re-evaluate: the Muse Spark GA trigger', () => {
    const text = pasted(quickStart);
    expect(text).toContain(
      'Source verdict (NeuralWired, 2026-04-09): "Your workloads are vision-heavy or health-adjacent" — DISAGREES: NeuralWired favours Muse Spark, but the computed pick is Gemini 3.1 Pro: they disagree',
    );
    expect(text).toContain(
      'FRAGILE: the pick changes within the plausible range of constants no source gives: noise-scale 0.4 (not 1) → Muse Spark',
    );
    expect(text).toContain('Challenger (the other model most likely to win): Claude Opus 4.6, 28% of draws; closest score: Muse Spark');
    const when = text.slice(text.indexOf('When to re-evaluate'), text.indexOf('Scores by workload'));
    expect(when).toContain(
      "If Muse Spark's API becomes generally available, the production pick for Vision & documents becomes Muse Spark.",
    );
    const cost = text.slice(text.indexOf('Monthly cost'), text.indexOf('When to re-evaluate'));
    expect(cost).toContain('The data has no prices, so no cost can be computed.');
    const scores = tables(quickStart).find((t) => t[0]?.includes('Coverage split (measured / range or words / proxy)'));
    expect(scores?.find((row) => row[0] === 'GPT-5.4')?.[5]).toBe('50% / 50% / 0%');
  });

  it('states the question: shares adding to 100, requirements by name, exclusions, the as-of date', () => {
    const text = pasted(everything);
    expect(text).toContain(
      'Workload mix: Vision & documents 20%, Health Q&A 20%, Coding 20%, Agentic multi-step work 20%, Science & general reasoning 20%',
    );
    expect(text).toContain('Requirements (hard gates): Generally-available API');
    expect(text).toContain('Models excluded: none');
    expect(text).toContain('Evidence as of: all evidence in the dataset');
  });

  it('shows no stray escapes, no curation notes and no internal ids', () => {
    const noneEligible = run(dataset, { mix: { coding: 1 }, requirements: ['open-weights'], today: TODAY });
    expect(pasted(noneEligible)).toContain(
      'GPT-5.4 (fails “Open weights”: commercial API model (inferred from The Tool Bench, 2026-07-04))',
    );
    expect(pasted(noneEligible)).toContain('Without “Open weights”: Gemini 3.1 Pro');
    for (const rec of [quickStart, everything, noneEligible]) {
      const text = pasted(rec);
      expect(text).not.toContain('\\');
      for (const o of dataset.observations) if (o.note) expect(text).not.toContain(o.note);
      expect(text).not.toMatch(/Trap:/);
      for (const id of [
        ...dataset.sources.map((s) => s.id),
        ...dataset.requirements.map((r) => r.id),
        'muse-spark',
        'gemini-3.1-pro',
        'mmmu-pro',
        'swe-bench-verified',
      ]) {
        // As a word of its own: "self-hosting" is English, "self-host" alone would be an id.
        expect(text, id).not.toMatch(new RegExp(`(?<![\\w-])${id.replace(/[.]/g, '\\.')}(?![\\w-])`));
      }
    }
    expect(pasted(quickStart)).toContain('“~78–79%” (78–79%)');
  });

  it('never says a pilot-only model is eligible without saying it is pilot only', () => {
    for (const rec of [quickStart, everything]) {
      for (const table of tables(rec)) {
        const head = table[0] ?? [];
        const eligible = head.indexOf('Eligible');
        if (eligible < 0) continue;
        for (const row of table.slice(1)) if (row[0] === 'Muse Spark') expect(row[eligible]).toMatch(/^(Yes, pilot only|No: )/);
      }
    }
  });

  it('flags a figure measured on a preview build beside the model it is about', () => {
    const agentic = run(dataset, { mix: { agentic: 1 }, exclude: ['gpt-5.4', 'claude-opus-4.6'], today: TODAY });
    expect(tables(agentic)[0]?.[1]).toEqual([
      'Agentic multi-step work',
      '100%',
      'Muse Spark',
      'Pilot only: no generally-available API',
      'Clear',
      'Gemini 3.1 Pro; its GDPval-AA figure was measured on a preview build',
    ]);
  });

  it('cites the evidence by publisher and date, with every source’s full title, publisher and date', () => {
    const all = tables(quickStart);
    const sources = all.find((t) => t[0]?.join() === 'Title,Publisher,Published');
    expect(sources?.slice(1)).toEqual(
      dataset.sources.map((s) => [s.title, s.publisher, s.date]).sort((a, b) => (a[2] ?? '').localeCompare(b[2] ?? '')),
    );
    const vision = all.find((t) => t[0]?.join() === 'Model,Benchmark,Figure,Source');
    expect(vision?.[1]).toEqual(['Muse Spark', 'CharXiv (reasoning)', '86.4% “Leads”', 'NeuralWired, 2026-04-09']);
  });

  it('names what each caveat is about, once each', () => {
    const text = pasted(quickStart);
    expect(text).toContain(
      'MMMU-Pro: Competitor figures for GPT-5.4 and Claude Opus 4.6 are approximate ranges. (NeuralWired, 2026-04-09)',
    );
    expect(text.match(/were measured on the 'Gemini 3\.1 Pro Preview' build/g)).toHaveLength(1);
  });
});
