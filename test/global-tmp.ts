import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// One temporary folder per test run: every test's mkdtemp(tmpdir()) lands inside it (workers and the CLI
// processes they spawn inherit TMPDIR), and it is removed when the run ends, so a run leaves nothing in /tmp.
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'model-advisor-tests-'));
  // As /tmp itself is: tests that run a command as another user ("nobody") must reach their folders.
  chmodSync(dir, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = dir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    // A file system a test mounted and failed to unmount cannot be removed; the rest still is.
    try {
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // left for the machine's own /tmp cleaning
    }
  };
}
