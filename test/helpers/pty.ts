import { type ChildProcessWithoutNullStreams, spawn, spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { BIN, ROOT } from './cli.js';

// The real built binary on a pseudo-terminal (test/helpers/pty-run.py, python3's standard library):
// keystrokes in, screen out. Needs python3, which CI machines have.

export const PTY_RUN = `${ROOT}test/helpers/pty-run.py`;
export const PYTHON = process.env.PYTHON ?? 'python3';

export function hasPty(): boolean {
  const r = spawnSync(PYTHON, ['-c', 'import pty, termios'], { encoding: 'utf8' });
  return r.status === 0;
}

/** Keys as a terminal sends them. */
export const KEY = { enter: '\r', down: '\x1b[B', up: '\x1b[A', space: ' ', backspace: '\x7f', ctrlC: '\x03' } as const;

export interface PtySession {
  /** Resolves with the screen text once `what` appears after everything matched so far; fails with the screen on timeout or exit. */
  expect(what: string | RegExp, timeoutMs?: number): Promise<string>;
  /** Types keys on the terminal. */
  type(keys: string): void;
  /** Waits for `what`, then types `keys`. */
  answer(what: string | RegExp, keys: string): Promise<void>;
  /** The exit code (the command's own, or 128 + signal). */
  exit: Promise<number | null>;
  /** Everything shown so far without escape sequences, "\r\n" as "\n". */
  screen(): string;
  /** Everything shown so far, escape sequences included. */
  raw(): string;
  /** Milliseconds from start to the first time `what` was shown, if it was. */
  shownAt(what: string): number | undefined;
  kill(): void;
}

export function runOnPty(
  args: string[],
  opts: { env?: Record<string, string>; cwd?: string; cols?: number; rows?: number } = {},
): PtySession {
  const started = Date.now();
  const child: ChildProcessWithoutNullStreams = spawn(
    PYTHON,
    [PTY_RUN, String(opts.cols ?? 100), String(opts.rows ?? 40), '--', process.execPath, BIN, ...args],
    {
      cwd: opts.cwd ?? ROOT,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', NO_COLOR: '1', ...opts.env },
    },
  );
  let raw = '';
  let matched = 0;
  let exited = false;
  const firstSeen = new Map<string, number>();
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const l of [...listeners]) l();
  };
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    raw += chunk;
    notify();
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    raw += `[pty-run stderr] ${chunk}`;
    notify();
  });
  const exit = new Promise<number | null>((resolve) => {
    child.on('close', (code) => {
      exited = true;
      notify();
      resolve(code);
    });
  });
  const screen = () => stripVTControlCharacters(raw).replace(/\r\n/g, '\n');

  const find = (what: string | RegExp): { index: number; end: number } | null => {
    const text = screen();
    if (typeof what === 'string') {
      const index = text.indexOf(what, matched);
      return index < 0 ? null : { index, end: index + what.length };
    }
    const m = new RegExp(what.source, what.flags.replace('g', '')).exec(text.slice(matched));
    return m ? { index: matched + m.index, end: matched + m.index + m[0].length } : null;
  };

  const expectShown = (what: string | RegExp, timeoutMs = 15_000) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const hit = find(what);
        if (hit) {
          cleanup();
          if (typeof what === 'string' && !firstSeen.has(what)) firstSeen.set(what, Date.now() - started);
          matched = hit.end;
          resolve(screen().slice(0, hit.end));
        } else if (exited) {
          cleanup();
          reject(new Error(`exited before showing ${String(what)}; the screen after the last match:\n${screen().slice(matched)}`));
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${String(what)}; the screen after the last match:\n${screen().slice(matched)}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });

  const type = (keys: string) => {
    child.stdin.write(keys);
  };
  return {
    expect: expectShown,
    type,
    answer: async (what, keys) => {
      await expectShown(what);
      type(keys);
    },
    exit,
    screen,
    raw: () => raw,
    shownAt: (what) => firstSeen.get(what),
    kill: () => {
      if (!exited) child.kill('SIGKILL');
    },
  };
}
