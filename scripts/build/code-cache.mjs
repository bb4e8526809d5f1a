// Step 4: V8's code cache for the CLI file and the vendor files it requires (scripts/cli-loader.cjs runs them
// with it). First one run over every bundled workload as a table, with a small overlay and --out, so the
// schema library and the table, colour and file-writing code are recorded; then the run the start-up budget
// is about, `recommend --json`, whose record of the CLI file replaces the first (it loads no vendor file).
// Their output is discarded; a failure is a failing CLI, so it stops the build.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, fail, ROOT } from './common.mjs';

export function recordCodeCaches(parts) {
  const workloads = parts.flatMap((p) => p.part.workloads ?? []).map((w) => `${w.id}=1`);
  const overlay = join(DIST, '.record-overlay.json');
  const report = join(DIST, '.record-report.txt');
  writeFileSync(overlay, '{}');
  const record = (args) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'model-advisor.js'), 'recommend', '--mix', workloads.join(','), ...args], {
      cwd: ROOT,
      env: { ...process.env, MODEL_ADVISOR_RECORD_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    if (![0, 3].includes(r.status ?? -1)) fail(`recording the code caches: recommend ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  };
  record(['--data', overlay, '--out', report]);
  record(['--json']);
  rmSync(overlay, { force: true });
  rmSync(report, { force: true });
  const caches = ['cli.cache', 'vendor/zod.cache', 'vendor/chalk.cache'];
  const missing = caches.filter((c) => !existsSync(join(DIST, 'cjs', c)));
  if (missing.length > 0) fail(`recording the code caches: missing ${missing.join(', ')}`);
}
