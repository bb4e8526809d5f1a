import type { ReportDiff } from '../diff/read.js';
import { md } from './markdown.js';

// `model-advisor diff` for people: sections as plain lines (terminal) or as a Markdown memo for the procurement
// file. Pure: ReportDiff in, string out. Empty sections say "no change", so silence is never ambiguous.

interface Section {
  title: string;
  lines: string[];
}

const figureLine = (f: ReportDiff['evidence']['added'][number]) =>
  `${f.modelName} on ${f.benchmarkName}: ${f.figure} (${f.source}, ${f.date})`;

function sections(d: ReportDiff): Section[] {
  const ev = d.evidence;
  return [
    { title: 'Profile (the question)', lines: d.profile.map((p) => `${p.field}: ${p.old} → ${p.new}`) },
    { title: 'Picks and statuses', lines: d.picks.map((p) => p.message) },
    { title: 'Confidence moved beyond noise', lines: d.confidence.map((c) => c.message) },
    {
      title: 'Evidence',
      lines: [
        ...ev.superseded.map((s) => `superseded: ${figureLine(s)}, by ${s.by.figure} (${s.by.source}, ${s.by.date})`),
        ...ev.added.map((f) => `added: ${figureLine(f)}`),
        ...ev.removed.map((f) => `removed: ${figureLine(f)}`),
      ],
    },
    { title: 'Governance facts', lines: d.governance.map((g) => g.message) },
    { title: 'Prices', lines: d.prices.map((p) => p.message) },
    { title: 'Triggers that fired', lines: d.triggersFired.map((t) => t.message) },
  ];
}

const header = (d: ReportDiff) => {
  const side = (s: ReportDiff['old']) =>
    `${s.file} (${s.today}${s.asOf ? `, evidence as of ${s.asOf}` : ''}${s.hypothetical ? ', HYPOTHETICAL' : ''})`;
  return `What changed: ${side(d.old)} → ${side(d.new)}`;
};

const verdict = (d: ReportDiff) => (d.changed ? 'A pick or its status changed.' : 'No pick or status changed.');

export function renderDiffText(d: ReportDiff): string {
  const out = [header(d), verdict(d)];
  for (const s of sections(d)) out.push('', s.title.toUpperCase(), ...(s.lines.length ? s.lines.map((l) => `- ${l}`) : ['- no change']));
  return `${out.join('\n')}\n`;
}

export function renderDiffMarkdown(d: ReportDiff): string {
  const out = ['# What changed', '', md(header(d)), '', `**${verdict(d)}**`];
  for (const s of sections(d)) out.push('', `## ${s.title}`, '', ...(s.lines.length ? s.lines.map((l) => `- ${md(l)}`) : ['- No change.']));
  return `${out.join('\n')}\n`;
}
