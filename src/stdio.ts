import { writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EXIT, UserError, writeFailure } from './errors.js';

// Output without process.stdout/stderr, and terminal checks only when asked. Creating those streams (or
// importing node:tty) loads Node's net and tty modules: 2–4 ms of every start for a command that prints
// one JSON document to a pipe. The streams are still used where they are needed: a full non-blocking pipe,
// and a terminal's width. Measured in README.md, "Performance".

const require = createRequire(import.meta.url);
const isatty = (fd: number): boolean => (require('node:tty') as typeof import('node:tty')).isatty(fd);

/** 'fd': write directly; 'stream': hand over to process.stdout/stderr from now on; 'closed': the reader went away. */
const mode: Record<1 | 2, 'fd' | 'stream' | 'closed'> = { 1: 'fd', 2: 'fd' };

/** Standard output could not take the report (a full disk, an I/O error): exit 4, one line, no stack. */
export function outputFailed(e: unknown): UserError {
  return new UserError(`cannot write to standard output: ${writeFailure(e)}; the output is incomplete`, EXIT.cannotWrite);
}

/** From the first hand-over on, the stream's own failures are treated as writeFd treats its own. */
function watch(fd: 1 | 2, stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    mode[fd] = 'closed';
    if (e.code === 'EPIPE' || fd === 2) return;
    writeFd(2, `model-advisor: ${outputFailed(e).message}\n`);
    process.exitCode = EXIT.cannotWrite;
  });
}

/**
 * Writes all of `text` to stdout (1) or stderr (2) before returning, as Node's own stdio does for files and
 * pipes. A descriptor left non-blocking by the parent that is full (EAGAIN) hands the rest, and every later
 * write, to the stream, which waits for the reader; a reader that has gone (EPIPE, as with `| head`) gets
 * nothing more. Any other failure (ENOSPC, EIO) on stdout throws a UserError with exit 4; on stderr, where
 * nothing could report it, later messages are dropped.
 */
export function writeFd(fd: 1 | 2, text: string): void {
  if (mode[fd] === 'closed' || text === '') return;
  const stream = () => (fd === 1 ? process.stdout : process.stderr);
  if (mode[fd] === 'stream') {
    stream().write(text);
    return;
  }
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) {
    try {
      offset += writeSync(fd, buffer, offset, buffer.length - offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE' || (code !== 'EAGAIN' && fd === 2)) {
        mode[fd] = 'closed';
        return;
      }
      if (code !== 'EAGAIN') {
        mode[fd] = 'closed';
        throw outputFailed(e);
      }
      mode[fd] = 'stream';
      watch(fd, stream());
      stream().write(buffer.subarray(offset));
      return;
    }
  }
}

/** Whether fd 0, 1 or 2 is a terminal; loads node:tty on first use only. */
export function isTerminal(fd: 0 | 1 | 2): boolean {
  return isatty(fd);
}

/** The width output is laid out in when stdout is not a terminal: COLUMNS if it is a positive whole number, else 80. */
export function columnsFromEnv(env: NodeJS.ProcessEnv): number {
  const n = Number(env.COLUMNS);
  return Number.isInteger(n) && n > 0 ? n : 80;
}

/** The terminal's width, or `fallback` when stdout is not a terminal (then no stream is created). */
export function terminalColumns(fallback: number): number {
  return isatty(1) ? process.stdout.columns || fallback : fallback;
}

/** True when everything written so far has reached its descriptor: no stream is still holding output. */
export function allWritten(): boolean {
  return mode[1] !== 'stream' && mode[2] !== 'stream';
}
