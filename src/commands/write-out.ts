import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { UserError } from '../errors.js';

/**
 * Writes a whole report atomically (temp file + rename): a failed run never leaves a partial
 * file, and an existing file is replaced only by a complete one.
 */
export async function writeOut(file: string, text: string): Promise<void> {
  const dir = dirname(file);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new UserError(`--out: folder "${dir}" does not exist; create it or choose another path`);
  }
  if (existsSync(file) && statSync(file).isDirectory()) throw new UserError(`--out: "${file}" is a folder; give a file name`);
  try {
    await writeFileAtomic(file, text, { encoding: 'utf8' });
  } catch (e) {
    throw new UserError(
      `--out: cannot write "${file}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); check the path and permissions`,
    );
  }
}
