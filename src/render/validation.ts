import { formatFinding } from '../dataset/findings.js';
import type { ValidationReport } from '../dataset/validate.js';
import { terminalText } from './sanitize.js';

/** Enough to fix a file in one sitting; `--json` has every finding. */
export const MAX_TEXT_FINDINGS = 500;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : word.endsWith('s') ? 'es' : 's'}`;

function contents(counts: Record<string, number>): string {
  const parts = Object.entries(counts).map(([kind, n]) => `${n} ${n === 1 ? kind.replace(/s$/, '') : kind}`);
  return parts.length ? parts.join(', ') : 'nothing (an empty overlay)';
}

/** The `data validate` report for people: one line per finding ("FILE: PATH: message"), then a verdict. */
export function validationText(report: ValidationReport): string {
  // File names and messages can hold text from the files: neutralised for the terminal, once per line.
  const lines = report.findings.slice(0, MAX_TEXT_FINDINGS).map((f) => terminalText(formatFinding(f)));
  const hidden = report.findings.length - lines.length;
  if (hidden > 0) lines.push(`… and ${plural(hidden, 'more problem')} (see them all with --json)`);
  if (report.valid) {
    for (const f of report.files) lines.push(`${terminalText(f.file)}: valid: ${contents(f.contents)}`);
    return `${lines.join('\n')}\n`;
  }
  const files = new Set(report.findings.map((f) => f.file));
  if (!report.crossChecked) lines.push('Cross-checks against the bundled data (ids, quotes, bounds, dates) run once every file parses.');
  lines.push(`${plural(report.findings.length, 'problem')} in ${plural(files.size, 'file')}; fix them and run the check again.`);
  return `${lines.join('\n')}\n`;
}
