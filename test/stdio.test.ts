import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, cli, ROOT } from './helpers/cli.js';

// The CLI writes with fs.writeSync instead of process.stdout (src/stdio.ts, for start-up time). These hold
// it to what the stream did: every byte delivered to a slow reader, and a reader that goes away early is
// not a crash, and a descriptor a parent left non-blocking (a full pipe answers EAGAIN) still gets it all.

const ARGS = ['recommend', '--json', '--today', '2026-07-10'];

describe('output written without process.stdout', () => {
  it('reaches a slow reader whole, more than a pipe holds at once', () => {
    const direct = cli(ARGS).stdout;
    expect(direct.length).toBeGreaterThan(65_536);
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" ${ARGS.join(' ')} 2>/dev/null | (sleep 0.5; cat)`], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    expect(r.stdout).toBe(direct);
  });

  // Node cannot set O_NONBLOCK on a descriptor; python3 can (skipped where it is missing).
  const hasPython = spawnSync('python3', ['-c', 'pass']).status === 0;
  it.skipIf(!hasPython)('reaches a slow reader whole through a non-blocking pipe (EAGAIN hands the rest to the stream)', () => {
    const direct = cli(ARGS).stdout;
    const script = [
      'import fcntl, os, subprocess, sys, time',
      'r, w = os.pipe()',
      'fcntl.fcntl(w, fcntl.F_SETFL, fcntl.fcntl(w, fcntl.F_GETFL) | os.O_NONBLOCK)',
      'p = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.DEVNULL)',
      'os.close(w)',
      'time.sleep(0.5)',
      'out = b""',
      'while True:',
      '    chunk = os.read(r, 65536)',
      '    if not chunk: break',
      '    out += chunk',
      'p.wait()',
      'sys.stdout.buffer.write(out)',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script, process.execPath, BIN, ...ARGS], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      encoding: 'utf8',
      maxBuffer: 16 * 2 ** 20,
    });
    expect(r.stdout).toBe(direct);
  });

  it('ends quietly, exit 0, when the reader closes early (as with | head)', async () => {
    const child = spawn(process.execPath, [BIN, ...ARGS], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } });
    let stderr = '';
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(stderr).not.toMatch(/internal error|EPIPE/);
  });
});
