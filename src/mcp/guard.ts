import { UserError } from '../errors.js';

// Tool inputs name workloads, models, benchmarks, numbers and dates, never files: the data is fixed when the
// server starts (`model-advisor mcp --data FILE`). A string that looks like a path, anywhere in a call's
// input (key or value), is refused before anything else runs, so no call can steer the server to a file.

/** Separators, a home or relative start, a drive letter, a file: URL or a NUL byte. */
const PATH_LIKE = /[/\\\0]|^[.~]|^[a-z]:|^file:/i;

/** More than this many keys and values in one call is not a profile; refused rather than walked. */
export const MAX_INPUT_ITEMS = 10_000;

const shown = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Throws a UserError when any key or string value looks like a file path, or the input is too large. */
export function refusePaths(input: unknown): void {
  // Iterative, so a deeply nested input cannot exhaust the stack.
  const stack: { value: unknown; path: string }[] = [{ value: input, path: '' }];
  let seen = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (++seen > MAX_INPUT_ITEMS) throw new UserError(`the input has more than ${MAX_INPUT_ITEMS} items; send a profile, not a data file`);
    const at = path === '' ? 'the input' : path;
    if (typeof value === 'string') {
      if (PATH_LIKE.test(value)) throw refused(value, at);
    } else if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) stack.push({ value: v, path: `${path}[${i}]` });
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        const child = path === '' ? k : `${path}.${k}`;
        if (PATH_LIKE.test(k)) throw refused(k, child);
        stack.push({ value: v, path: child });
      }
    }
  }
}

function refused(text: string, at: string): UserError {
  return new UserError(
    `${shown(text)} (at ${at}) looks like a file path; tool inputs never name files: the data is fixed when the server starts (model-advisor mcp --data FILE)`,
  );
}
