import type { Recommendation } from '../engine/schema.js';
import { attributionLines, mixPercents, namesOf, readable, uniqueCaveats } from './format.js';
import { benchmarkInfo, explainRows } from './honesty.js';
import {
  blockedLines,
  decisionRows,
  evidenceLines,
  memoDateLine,
  memoTitle,
  methodParagraph,
  questionRows,
  reEvaluateWhen,
  SPLIT_HEAD,
  scoreRows,
  sourceCitation,
  verdictText,
  workloadNotes,
} from './memo.js';
import { blockedText, costLines, hypotheticalLine } from './money-text.js';
import { terminalText } from './sanitize.js';

// The decision memo as Markdown (`--format markdown`): the memo's content (memo.ts), escaped for GitHub-flavoured
// Markdown only where Markdown would read it as markup.

/** Plain lines as Markdown: "- " lines as one list, the others as paragraphs. */
function markdownBlocks(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((l, i) => {
    const bullet = l.startsWith('- ');
    if (i > 0 && !(bullet && lines[i - 1]?.startsWith('- '))) out.push('');
    out.push(bullet ? `- ${md(l.slice(2))}` : md(l));
  });
  return out;
}

/**
 * Escapes text for GitHub-flavoured Markdown only where Markdown would read it as markup, so a memo pasted
 * into a document shows no stray backslashes: "~78–79%" stays as it is (one tilde strikes nothing through).
 * Still nothing from data can form a link, an image, an HTML tag or an entity: brackets and backticks are
 * always escaped, "<" before a tag name, "&" before an entity; control characters are made visible first.
 */
export function md(text: string): string {
  const tildes = (text.match(/~/g) ?? []).length;
  return terminalText(text)
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[*`|[\]]/g, '\\$&')
    .replace(/(^|[^\p{L}\p{N}])_|_(?=[^\p{L}\p{N}]|$)/gu, (m) => m.replace('_', '\\_'))
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/~/g, tildes > 1 ? '\\~' : '~')
    .replace(/^([#>+-])/, '\\$1')
    .replace(/\r?\n/g, ' ');
}

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map((r) => line(r.map(md)))].join('\n');
}

export interface MarkdownOptions {
  explain?: boolean;
}

/** A decision memo a procurement lead can paste into a document: the question, the decision, then the evidence. */
export function renderMarkdown(rec: Recommendation, opts: MarkdownOptions = {}): string {
  const out: string[] = [];
  if (rec.hypothetical) out.push(`> **${md(hypotheticalLine(rec))}**`, '');
  out.push(`# ${md(memoTitle(rec))}`, '', md(memoDateLine(rec)), '');
  const credits = attributionLines(rec);
  if (credits.length) out.push(...credits.map((c) => `> ${md(readable(rec)(c))}`), '');

  out.push('## The question', '');
  for (const [label, answer] of questionRows(rec)) out.push(`- **${label}:** ${md(answer)}`);
  out.push('');

  out.push('## Decision', '');
  out.push(
    table(
      ['Workload', 'Share', 'Pick', 'Status', 'Confidence', 'For production'],
      decisionRows(rec).map((r) => [r.workload, r.share, r.pick, r.status, r.confidence, r.production]),
    ),
    '',
  );

  out.push('## One model or routing', '');
  out.push(verdictText(rec).map(md).join(' '), '');

  out.push('## Monthly cost', '', ...markdownBlocks(costLines(rec)), '');

  const when = reEvaluateWhen(rec);
  if (when.length) out.push('## When to re-evaluate', '', ...when.map((t) => `- ${md(t)}`), '');

  out.push('## Scores by workload', '');
  const share = mixPercents(rec);
  for (const w of rec.workloads) {
    out.push(`### ${md(w.name)} (${share(w.workload)} of the mix)`, '');
    const notes = workloadNotes(rec, w);
    if (notes.length) out.push(...notes.map((l) => `- ${md(l)}`), '');
    // A workload no model passes: what would give an answer, in place of a table of every model ruled out.
    if (w.unblock) {
      out.push(
        `No eligible model: ${md(readable(rec)(blockedText(w)))}.`,
        '',
        ...blockedLines(rec, w).map((l) => `${l.startsWith('  ') ? '  ' : ''}- ${md(l.trim())}`),
        '',
      );
      continue;
    }
    out.push(
      table(
        ['Model', 'Score', 'Range', 'Win probability', 'Coverage', SPLIT_HEAD, 'Eligible'],
        scoreRows(w, rec).map((r) => [r.model, r.score, r.range, r.win, r.coverage, r.split, r.eligible]),
      ),
      '',
    );
  }
  out.push(
    'Score: 0–1, the workload’s benchmarks weighted, each on a fixed scale. Range: the score with every uncertain figure at its worst and its best. Win probability: the share of random draws in which the model ranks first. Coverage: the share of the workload’s weight backed by the model’s own figures; its split says how much of it is measured, a range or words, or a proxy. Not assessed: the model has no figures of its own on the workload, so it is not ranked and never the pick.',
    '',
  );

  out.push('## Method', '', md(methodParagraph(rec)), '');

  out.push('## Appendix A: Evidence', '');
  const info = benchmarkInfo(rec);
  for (const w of rec.workloads) {
    out.push(`### ${md(w.name)}`, '');
    const lines = evidenceLines(w, rec, info);
    if (lines.length === 0) out.push('No figure was used for this workload.', '');
    else
      out.push(
        table(
          ['Model', 'Benchmark', 'Figure', 'Source'],
          lines.map((l) => [l.model, l.benchmark, l.figure, l.source]),
        ),
        '',
      );
  }
  if (opts.explain) {
    const name = namesOf(rec);
    for (const w of rec.workloads) {
      // Only detailed entries carry contributions; the report's warnings say which models are left out.
      for (const e of w.ranking) {
        if (!e.detailed) continue;
        out.push(`How ${md(name(e.model))}'s ${md(w.name)} score is made (score = Σ weight × normalised figure):`, '');
        out.push(
          table(
            ['Benchmark', 'Weight', 'Figure', 'Basis', '0–1', 'Adds', 'Source'],
            explainRows(e, info).map((row) => row.map(readable(rec))),
          ),
          '',
        );
      }
    }
  }
  out.push('### Sources', '');
  out.push(
    table(
      ['Title', 'Publisher', 'Published'],
      rec.dataset.sources.map((s) => [s.origin === 'bundled' ? s.title : `${s.title} (your file ${s.origin})`, s.publisher, s.date]),
    ),
    '',
  );

  out.push('## Appendix B: Caveats and warnings', '');
  const cite = sourceCitation(rec);
  const caveats = uniqueCaveats(rec);
  if (caveats.length === 0 && rec.warnings.length === 0) out.push('None recorded.', '');
  for (const c of caveats) out.push(`- **${md(c.subject)}:** ${md(c.text)}${c.source ? ` (${md(cite(c.source))})` : ''}`);
  const named = readable(rec);
  for (const w of rec.warnings) out.push(`- **Warning:** ${md(named(w.message))}`);
  return `${out.join('\n').trimEnd()}\n`;
}
