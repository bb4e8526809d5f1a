import { resolve } from 'node:path';
import { assemble, failure, loadDatasetLazily } from '../dataset/bundle.js';
import { bundledParts } from '../dataset/bundled-data.js';
import { ID_MESSAGE, ID_RE, isIsoDate } from '../dataset/ids.js';
import type { LoadedPart } from '../dataset/merge.js';
import { issueFindings } from '../dataset/parse.js';
import { DatasetPart } from '../dataset/schema.js';
import { TEMPLATE_CLAIM, TEMPLATE_FILE, templateText } from '../dataset/template.js';
import { validateOverlays } from '../dataset/validate.js';
import { EXIT, UserError } from '../errors.js';
import { checkWriteTarget, writeFileSafely } from '../files/write.js';
import { importedPart, importFile, overlayText } from '../import/index.js';
import { validationText } from '../render/listing.js';
import { jsonText, quoted, shownPath, terminalText, warningLine } from '../render/sanitize.js';
import { resolveToday } from '../today.js';
import type { Io } from './shared.js';

// The three `data` commands: `validate` (overlay files against the schema and the merged dataset), `init` (an
// example overlay to start from) and `import` (another tool's results as an overlay).

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

export interface DataImportOptions {
  out?: string;
  map?: string[];
  onlyKnown?: boolean;
  benchmark?: string;
  name?: string;
  workload?: string;
  weight?: string;
  date?: string;
  today?: string;
}

function checkOptions(opts: DataImportOptions): number | undefined {
  if (opts.date !== undefined && !isIsoDate(opts.date))
    throw new UserError(`--date "${opts.date.slice(0, 40)}" is not a date; write it as YYYY-MM-DD, e.g. --date 2026-11-20`);
  if (opts.benchmark !== undefined && !ID_RE.test(opts.benchmark))
    throw new UserError(`--benchmark "${opts.benchmark.slice(0, 70)}": an id ${ID_MESSAGE}`);
  if (opts.name !== undefined && (opts.name.trim() === '' || opts.name.length > 100)) throw new UserError('--name: give 1–100 characters');
  if (opts.weight === undefined) return undefined;
  const weight = Number(opts.weight);
  if (opts.weight.trim() === '' || !Number.isFinite(weight) || weight <= 0 || weight > 1)
    throw new UserError(
      `--weight "${opts.weight.slice(0, 40)}": give the suite's share of the workload, above 0 and at most 1, e.g. --weight 0.7`,
    );
  if (opts.workload === undefined)
    throw new UserError('--weight needs --workload: say which workload the suite informs, e.g. --workload coding --weight 0.7');
  return weight;
}

/**
 * What --data will check of the written file: the schema, then the cross-checks against the bundled data,
 * so an imported overlay always loads. The scan for hostile JSON that a file gets is not needed for
 * text this command wrote itself (and would double the time of a models.dev-sized import).
 */
function checkOverlay(loaded: LoadedPart, today: string): void {
  const parsed = DatasetPart.safeParse(loaded.part);
  // Asked again with reportInput, as every other reader does: a value of the wrong type is reported as that, not as missing.
  if (!parsed.success)
    throw failure(issueFindings(loaded.file, DatasetPart.safeParse(loaded.part, { reportInput: true }).error ?? parsed.error), []);
  assemble([...bundledParts(), { ...loaded, part: parsed.data }], today);
}

/**
 * `data import FORMAT FILE`: the file as a normal overlay, validated like one, on stdout or written
 * atomically to --out; one line per model on stderr.
 */
export async function runDataImport(format: string, file: string, opts: DataImportOptions, io: Io): Promise<number> {
  const weight = checkOptions(opts);
  const where = { what: '--out', shown: opts.out, inputs: [{ flag: 'the imported file', path: resolve(io.cwd, file), shown: file }] };
  if (opts.out !== undefined) checkWriteTarget(resolve(io.cwd, opts.out), where);
  const today = resolveToday(opts.today, io.env);
  const { dataset } = await loadDatasetLazily({ today });
  const result = importFile(
    {
      format,
      file,
      cwd: io.cwd,
      maps: opts.map ?? [],
      onlyKnown: opts.onlyKnown ?? false,
      date: opts.date,
      benchmark: opts.benchmark,
      name: opts.name,
      workload: opts.workload,
      weight,
    },
    dataset,
  );
  checkOverlay(importedPart(`${format}:${file}`, result), today);
  for (const line of result.summary) io.err(`${terminalText(line)}\n`);
  for (const name of result.unusedMaps)
    io.err(`warning: --map ${quoted(`${name}=…`)} matched no entry of ${shownPath(file)}; check the name as the file spells it\n`);
  const text = overlayText(result.part);
  if (opts.out === undefined) io.out(text);
  else {
    writeFileSafely(resolve(io.cwd, opts.out), text, where);
    io.err(`wrote ${shownPath(opts.out)}; use it with: model-advisor recommend --data ${shownPath(opts.out)}\n`);
  }
  return EXIT.ok;
}
