/** What a command may touch of the outside world; the entry builds it from process, tests fake it. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  stdinIsTTY: boolean;
  columns: number;
  cwd: string;
}
