import { statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

// Where the questionnaire may write a file: checked while the user types, so a bad path is a message
// under the question, never a failure after the report.

function kind(path: string): 'file' | 'folder' | 'other' | 'none' {
  try {
    const s = statSync(path);
    if (s.isDirectory()) return 'folder';
    return s.isFile() ? 'file' : 'other';
  } catch {
    return 'none';
  }
}

export function resolvePath(cwd: string, text: string): string {
  return resolve(cwd, text.trim());
}

/** True if the answer names a file we can create or replace; otherwise what to fix. */
export function checkSavePath(text: string, cwd: string, example: string, avoid: readonly string[] = []): true | string {
  const t = text.trim();
  if (t === '') return `enter a file name, e.g. ${example}`;
  const abs = resolvePath(cwd, t);
  if (avoid.includes(abs)) return 'the report is saved there: choose another file name';
  const k = kind(abs);
  if (k === 'folder') return `${t} is a folder: add a file name, e.g. ${join(t, example)}`;
  if (k === 'other') return `${t} is not a regular file: choose another name`;
  if (k === 'none' && kind(dirname(abs)) !== 'folder')
    return `the folder ${dirname(t)} does not exist: create it first, or choose another place`;
  return true;
}

export function fileExists(abs: string): boolean {
  return kind(abs) === 'file';
}

/** A path as the user would type it in a shell command. */
export function shellWord(path: string): string {
  return /^[\w./:@%+=,-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
