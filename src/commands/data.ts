import { resolve } from 'node:path';
import { TEMPLATE_CLAIM, TEMPLATE_FILE, templateText } from '../dataset/template.js';
import { validateOverlays } from '../dataset/validate.js';
import { EXIT, UserError } from '../errors.js';
import { checkWriteTarget, writeFileSafely } from '../files/write.js';
import { validationText } from '../render/listing.js';
import { jsonText, warningLine } from '../render/sanitize.js';
import { resolveToday } from '../today.js';
import type { Io } from './shared.js';

export interface DataValidateOptions {
  json?: boolean;
  today?: string;
}

/** `data validate FILE…`: exit 0 when every file is valid against the schema and the merged dataset, 2 otherwise. */
export async function runDataValidate(files: string[], opts: DataValidateOptions, io: Io): Promise<number> {
  const report = validateOverlays({ files, cwd: io.cwd, today: resolveToday(opts.today, io.env) });
  if (opts.json) io.out(jsonText(report));
  else {
    io.out(validationText(report));
    for (const w of report.warnings) io.err(warningLine(w));
  }
  return report.valid ? EXIT.ok : EXIT.usage;
}

export interface DataInitOptions {
  force?: boolean;
  today?: string;
}

/** A path as a shell word, for the "next" commands printed after writing. */
const shellWord = (s: string) => (/^[\w./@:+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`);

/** `data init [FILE]`: writes the example overlay atomically; never replaces a file without --force. */
export async function runDataInit(file: string | undefined, opts: DataInitOptions, io: Io): Promise<number> {
  const target = file ?? TEMPLATE_FILE;
  const path = resolve(io.cwd, target);
  const today = resolveToday(opts.today, io.env);
  const where = { what: 'data init', shown: target };
  // A device, FIFO, socket or folder is refused before anything else, --force or not.
  const { existing, shown } = checkWriteTarget(path, where);
  if (existing && !opts.force) {
    throw new UserError(`${shown} already exists; pass --force to replace it, or name another file: model-advisor data init FILE`);
  }
  writeFileSafely(path, templateText(today), where);
  const f = shellWord(target);
  io.out(
    [
      `Wrote ${shown}: an example private coding evaluation (Claude Opus 4.6, GPT-5.4 and a self-hosted open-weight model),`,
      'the new model with its governance facts, and coding weights that let your own suite count 70%.',
      'Replace the example figures with your own results, then:',
      `  model-advisor data validate ${f}`,
      `  model-advisor evidence --benchmark our-refactoring-suite --data ${f}`,
      `  model-advisor recommend --mix ${TEMPLATE_CLAIM.workload}=100 --data ${f}   (as written, the ${TEMPLATE_CLAIM.workload} pick moves from ${TEMPLATE_CLAIM.before} to ${TEMPLATE_CLAIM.after})`,
      '',
    ].join('\n'),
  );
  return EXIT.ok;
}
