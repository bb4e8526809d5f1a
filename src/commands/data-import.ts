import { resolve } from 'node:path';
import { assemble, failure, loadDatasetLazily } from '../dataset/bundle.js';
import { bundledParts } from '../dataset/bundled-data.js';
import { ID_MESSAGE, ID_RE, isIsoDate } from '../dataset/ids.js';
import type { LoadedPart } from '../dataset/merge.js';
import { issueFindings } from '../dataset/parse.js';
import { DatasetPart } from '../dataset/schema.js';
import { EXIT, UserError } from '../errors.js';
import { checkWriteTarget, writeFileSafely } from '../files/write.js';
import { importedPart, importFile, overlayText } from '../import/index.js';
import { quoted, shownPath, terminalText } from '../render/sanitize.js';
import { resolveToday } from '../today.js';
import type { Io } from './shared.js';

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
  if (!parsed.success) throw failure(issueFindings(loaded.file, parsed.error), []);
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
