import { diffReports } from '../diff/diff.js';
import { readReport } from '../diff/read.js';
import { EXIT } from '../errors.js';
import { jsonText } from '../render/sanitize.js';
import { resolveFormat } from './flags.js';
import type { Io } from './shared.js';

// `model-advisor diff OLD NEW`: what changed between two saved reports, as text, Markdown or JSON.

export interface DiffOptions {
  format?: string;
  json?: boolean;
  exitCode?: boolean;
}

/** Compares two saved reports; with --exit-code, 1 when a pick or status changed (for CI). */
export async function runDiff(oldFile: string, newFile: string, opts: DiffOptions, io: Io): Promise<number> {
  const format = resolveFormat(opts);
  const d = diffReports(readReport(oldFile, io.cwd), readReport(newFile, io.cwd), { old: oldFile, new: newFile });
  if (format === 'json') io.out(jsonText(d));
  else {
    const { renderDiffMarkdown, renderDiffText } = await import('../render/diff.js');
    io.out(format === 'markdown' ? renderDiffMarkdown(d) : renderDiffText(d));
  }
  return opts.exitCode && d.changed ? EXIT.changed : EXIT.ok;
}
