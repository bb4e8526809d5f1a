import { type SpawnSyncReturns, spawnSync } from 'node:child_process';
import {
  chmodSync,
  closeSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT } from '../helpers/cli.js';
import { hasPty, KEY, type PtySession, runOnPty } from '../helpers/pty.js';

// Every kind of failure from issue 11, driven through the real built binary (spawned, as root the way CI
// runs). Devices are private nodes made with mknod in a temporary folder, never the machine's /dev/null or
// /dev/full. A full disk is a real 64 KiB tmpfs mounted here (root only); failures no machine produces on
// demand (EIO, EDQUOT) come from a fault-injecting layer, test/helpers/inject-write-error.cjs, loaded into
// the binary with NODE_OPTIONS=--require and raising the error from fs.writeSync as the kernel would.

const ROOT_USER = process.getuid?.() === 0;
const INJECT = join(ROOT, 'test', 'helpers', 'inject-write-error.cjs');
const TODAY = '2026-11-21';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { cwd: string; env?: Record<string, string>; stdout?: number; uid?: number; input?: string }): Run {
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', SOURCE_DATE_EPOCH: '', ...opts.env },
    stdio: ['pipe', opts.stdout ?? 'pipe', 'pipe'],
    input: opts.input ?? '',
    encoding: 'utf8',
    // A command that blocks (a FIFO opened for reading) fails the test here instead of hanging it.
    timeout: 20_000,
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  return { code: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Exactly one line on stderr, no stack, no "bug", no raw control character; the exit code given. */
function expectOneLine(r: Run, code: number, pattern: RegExp): void {
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code, stderr: expect.stringMatching(pattern) });
  expect(r.stderr.endsWith('\n')).toBe(true);
  expect(r.stderr.slice(0, -1)).not.toContain('\n');
  expect(r.stderr).not.toMatch(/\n\s+at |this is a bug/);
  expect(rawControl(r.stderr)).toBe(false);
}

/** A control character other than a line feed: what no output may carry raw. */
const rawControl = (text: string) =>
  [...text].some((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
  });

/** What a folder holds, temporary files included: nothing partial may be left behind. */
const entries = (dir: string) => readdirSync(dir).sort();
const noTemp = (dir: string) => expect(entries(dir).filter((f) => f.includes('.tmp') || f.startsWith('.model-advisor'))).toEqual([]);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ma-safety-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder under the suite's folder. */
function folder(name: string): string {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  return d;
}

const mknod = (path: string, minor: number) => spawnSync('mknod', [path, 'c', '1', String(minor)]).status === 0;
const mkfifo = (path: string) => spawnSync('mkfifo', [path]).status === 0;

describe.runIf(ROOT_USER)('--out and data init only ever create or replace a regular file (as root)', () => {
  let d: string;
  let server: Server;
  beforeAll(async () => {
    d = folder('targets');
    expect(mknod(join(d, 'null'), 3)).toBe(true);
    expect(mknod(join(d, 'full'), 7)).toBe(true);
    expect(mkfifo(join(d, 'fifo'))).toBe(true);
    mkdirSync(join(d, 'folder'));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(join(d, 'socket'), resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const kinds = [
    ['null', 'a character device', (p: string) => lstatSync(p).isCharacterDevice() && lstatSync(p).rdev === statSync(p).rdev],
    ['full', 'a character device', (p: string) => lstatSync(p).isCharacterDevice()],
    ['fifo', 'a named pipe \\(FIFO\\)', (p: string) => lstatSync(p).isFIFO()],
    ['socket', 'a socket', (p: string) => lstatSync(p).isSocket()],
    ['folder', 'a folder', (p: string) => lstatSync(p).isDirectory()],
  ] as const;

  it.each(kinds)('recommend --json --out %s is refused with exit 2 before any work, and the node is intact', (name, kind, intact) => {
    const before = entries(d);
    const r = run(['recommend', '--json', '--out', name], { cwd: d });
    expectOneLine(r, 2, new RegExp(`^model-advisor: --out: ${name} is ${kind}; `));
    expect(r.stdout).toBe('');
    expect(intact(join(d, name))).toBe(true);
    expect(entries(d)).toEqual(before);
  });

  it.each(kinds)('data init %s --force is refused with exit 2, and the node is intact', (name, kind, intact) => {
    const before = entries(d);
    const r = run(['data', 'init', name, '--force', '--today', TODAY], { cwd: d });
    expectOneLine(r, 2, new RegExp(`^model-advisor: data init: ${name} is ${kind}; `));
    expect(intact(join(d, name))).toBe(true);
    expect(entries(d)).toEqual(before);
  });

  it('the private null device still discards what is written to it afterwards', () => {
    run(['recommend', '--json', '--out', 'null'], { cwd: d });
    writeFileSync(join(d, 'null'), 'gone');
    expect(readFileSync(join(d, 'null'), 'utf8')).toBe('');
  });
});

describe.runIf(ROOT_USER)('a full disk, a read-only disk and no permission (real file systems, as root)', () => {
  let d: string;
  let full: string;
  let mounted = false;
  beforeAll(() => {
    d = folder('disks');
    full = join(d, 'full');
    mkdirSync(full);
    mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]).status === 0;
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', [full]);
  });

  /** Fills the small file system to the last byte, leaving `keep` in place. */
  function fill(keep: Record<string, string>): void {
    for (const f of readdirSync(full)) rmSync(join(full, f), { force: true });
    for (const [name, text] of Object.entries(keep)) writeFileSync(join(full, name), text);
    const fd = openSync(join(full, 'filler'), 'w');
    try {
      for (;;) writeFileSync(fd, Buffer.alloc(4096, 1));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(fd);
    }
  }

  it('needs the tmpfs (mount -t tmpfs -o size=64k): every machine running this suite as root allows it', () => {
    expect(mounted).toBe(true);
  });

  it('recommend --json --out on a full disk: exit 4, one line, no file and no temporary file', () => {
    if (!mounted) return;
    fill({});
    const r = run(['recommend', '--json', '--out', 'full/r.json'], { cwd: d });
    expectOneLine(
      r,
      4,
      /^model-advisor: --out: cannot write full\/r\.json: no space left on the device \(ENOSPC\); nothing was written\n$/,
    );
    expect(entries(full)).toEqual(['filler']);
  });

  it('a full disk leaves an existing report exactly as it was', () => {
    if (!mounted) return;
    fill({ 'r.json': '{"previous": true}\n' });
    const r = run(['recommend', '--json', '--out', 'full/r.json'], { cwd: d });
    expectOneLine(r, 4, /\(ENOSPC\); nothing was written and the existing file is unchanged\n$/);
    expect(readFileSync(join(full, 'r.json'), 'utf8')).toBe('{"previous": true}\n');
    expect(entries(full)).toEqual(['filler', 'r.json']);
  });

  it('data init --force on a full disk: exit 4, the existing file intact', () => {
    if (!mounted) return;
    fill({ 'o.json': 'mine' });
    const r = run(['data', 'init', 'full/o.json', '--force', '--today', TODAY], { cwd: d });
    expectOneLine(r, 4, /^model-advisor: data init: cannot write full\/o\.json: no space left on the device \(ENOSPC\)/);
    expect(r.stdout).toBe('');
    expect(readFileSync(join(full, 'o.json'), 'utf8')).toBe('mine');
    noTemp(full);
  });

  it('a read-only file system: exit 4 (EROFS), the existing file intact', () => {
    if (!mounted) return;
    fill({ 'r.md': 'old report' });
    rmSync(join(full, 'filler'));
    expect(spawnSync('mount', ['-o', 'remount,ro', full]).status).toBe(0);
    try {
      const r = run(['recommend', '--format', 'markdown', '--out', 'full/r.md'], { cwd: d });
      expectOneLine(r, 4, /^model-advisor: --out: cannot write full\/r\.md: the file system is read-only \(EROFS\)/);
      expect(r.stdout).toBe('');
      expect(readFileSync(join(full, 'r.md'), 'utf8')).toBe('old report');
    } finally {
      spawnSync('mount', ['-o', 'remount,rw', full]);
    }
    expect(entries(full)).toEqual(['r.md']);
  });

  // Node from `npx node@24` lives under /root, and a checkout in a private folder (mktemp -d) is out of
  // nobody's reach too: then this case cannot run as nobody, and is skipped rather than failed.
  const nobodyCanRun = ROOT_USER && spawnSync(process.execPath, [BIN, '--version'], { uid: 65534, gid: 65534 }).status === 0;
  it.runIf(nobodyCanRun)('no permission (run as the unprivileged user "nobody"): exit 4 (EACCES), nothing left', () => {
    const locked = folder('locked');
    chmodSync(dir, 0o755);
    chmodSync(locked, 0o755);
    writeFileSync(join(locked, 'r.json'), 'kept');
    const r = run(['recommend', '--json', '--out', join(locked, 'r.json')], { cwd: locked, uid: 65534 });
    expectOneLine(r, 4, /cannot write .*r\.json: permission denied \(EACCES\); nothing was written and the existing file is unchanged/);
    expect(readFileSync(join(locked, 'r.json'), 'utf8')).toBe('kept');
    expect(entries(locked)).toEqual(['r.json']);
  });
});

describe('write failures no machine produces on demand (fault injection: test/helpers/inject-write-error.cjs)', () => {
  const inject = (code: string, on: 'file' | 'stdout') => ({
    NODE_OPTIONS: `--require ${INJECT}`,
    MA_INJECT_ERROR: code,
    MA_INJECT_ON: on,
  });

  it.each(['EIO', 'EDQUOT', 'ENOSPC'])('%s while writing --out: exit 4, one line, previous file intact, no temporary file', (code) => {
    const d = folder(`inject-${code}`);
    writeFileSync(join(d, 'r.json'), 'previous');
    const r = run(['recommend', '--json', '--out', 'r.json'], { cwd: d, env: inject(code, 'file') });
    expectOneLine(
      r,
      4,
      new RegExp(
        `^model-advisor: --out: cannot write r\\.json: .*\\(${code}\\); nothing was written and the existing file is unchanged\\n$`,
      ),
    );
    expect(readFileSync(join(d, 'r.json'), 'utf8')).toBe('previous');
    expect(entries(d)).toEqual(['r.json']);
  });

  it.each(['EIO', 'ENOSPC'])('%s on stdout: exit 4 and one line, never "this is a bug"', (code) => {
    const r = run(['recommend', '--json'], { cwd: folder('inject-stdout'), env: inject(code, 'stdout') });
    expectOneLine(r, 4, new RegExp(`^model-advisor: cannot write to standard output: .*\\(${code}\\); the output is incomplete\\n$`));
  });
});

describe.runIf(ROOT_USER)('stdout to a full device and to a reader that goes away', () => {
  it('recommend --json >full (a private /dev/full node): exit 4, one line', () => {
    const d = folder('stdout');
    expect(mknod(join(d, 'full'), 7)).toBe(true);
    const fd = openSync(join(d, 'full'), 'w');
    try {
      for (const args of [['recommend', '--json'], ['recommend'], ['models']]) {
        const r = run(args, { cwd: d, stdout: fd });
        expectOneLine(r, 4, /^model-advisor: cannot write to standard output: no space left on the device \(ENOSPC\)/);
      }
    } finally {
      closeSync(fd);
    }
  });
});

describe('stdout to a reader that goes away', () => {
  it('recommend --json | head -c 10: nothing on stderr but the warnings (EPIPE stays quiet), exit 0', () => {
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" "${BIN}" recommend --json 2>"$1" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`,
        '_',
        join(dir, 'epipe.err'),
      ],
      {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      },
    );
    expect(r.stdout.trim()).toBe('0');
    // The report's own warnings, and nothing about the closed pipe.
    const lines = readFileSync(join(dir, 'epipe.err'), 'utf8').trimEnd().split('\n');
    expect(lines.filter((l) => !l.startsWith('warning: '))).toEqual([]);
  });
});

describe.runIf(ROOT_USER)('reading a FIFO, socket, device or folder is refused without blocking', () => {
  let d: string;
  let server: Server;
  beforeAll(async () => {
    d = folder('inputs');
    expect(mkfifo(join(d, 'fifo'))).toBe(true);
    expect(mknod(join(d, 'null'), 3)).toBe(true);
    mkdirSync(join(d, 'folder'));
    server = createServer();
    await new Promise<void>((resolve) => server.listen(join(d, 'socket'), resolve));
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const kinds = [
    ['fifo', 'a named pipe \\(FIFO\\)'],
    ['socket', 'a socket'],
    ['null', 'a character device'],
  ] as const;

  it.each(kinds)('--data %s: exit 2 at once', (name, kind) => {
    const r = run(['recommend', '--json', '--data', name], { cwd: d });
    expectOneLine(r, 2, new RegExp(`^model-advisor: ${name}: \\$: this is ${kind}, not a file; give the path of a JSON file`));
  });

  it.each(kinds)('recommend --answers %s: exit 2 at once', (name, kind) => {
    const r = run(['recommend', '--answers', name], { cwd: d });
    expectOneLine(r, 2, new RegExp(`^model-advisor: ${name}: this is ${kind}, not a file; give the path of an answers file`));
  });

  it.each(kinds)('data validate %s: exit 2 at once', (name, kind) => {
    const r = run(['data', 'validate', name], { cwd: d });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(new RegExp(`^${name}: \\$: this is ${kind}, not a file;`));
  });

  it('--data folder and --answers folder: exit 2', () => {
    expectOneLine(
      run(['recommend', '--data', 'folder'], { cwd: d }),
      2,
      /^model-advisor: folder: \$: this is a folder; give the path of a JSON file/,
    );
    expectOneLine(run(['recommend', '--answers', 'folder'], { cwd: d }), 2, /^model-advisor: folder: this is a folder, not a file;/);
  });
});

describe('hostile text from an overlay never reaches the terminal raw', () => {
  const HOSTILE = 'X\u001b]8;;http://evil.example/\u0007link\u001b]8;;\u0007\u001b[2J\rover\u009b31m\u007fend|*<b>&amp;';
  let d: string;
  beforeAll(() => {
    d = folder('hostile');
    const init = run(['data', 'init', 'o.json', '--today', TODAY], { cwd: d });
    expect(init.code).toBe(0);
    const overlay = JSON.parse(readFileSync(join(d, 'o.json'), 'utf8'));
    const poison = (x: unknown, key = ''): unknown => {
      if (typeof x === 'string')
        return ['title', 'publisher', 'note', 'name', 'measures', 'rationale', 'text', 'vendor', 'detail'].includes(key)
          ? `${x} ${HOSTILE}`
          : x;
      if (Array.isArray(x)) return x.map((v) => (key === 'evaluators' ? `${v} ${HOSTILE}` : poison(v, key)));
      if (x !== null && typeof x === 'object') return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, poison(v, k)]));
      return x;
    };
    // A dataset title of its own: replacing the bundled one is a warning, printed on stderr with --json.
    writeFileSync(join(d, 'o.json'), JSON.stringify({ dataset: { id: 'mine', title: `Mine ${HOSTILE}` }, ...(poison(overlay) as object) }));
  });

  const DATA = ['--data', 'o.json'];
  it.each([
    ['recommend (table)', ['recommend', '--mix', 'coding=1', ...DATA]],
    ['recommend --format markdown', ['recommend', '--mix', 'coding=1', '--format', 'markdown', ...DATA]],
    ['recommend --explain', ['recommend', '--mix', 'coding=1', '--explain', ...DATA]],
    ['models', ['models', ...DATA]],
    ['evidence', ['evidence', ...DATA]],
    ['benchmarks', ['benchmarks', ...DATA]],
    ['sources', ['sources', ...DATA]],
    ['workloads', ['workloads', ...DATA]],
    ['compare', ['compare', 'our-open-coder', 'gpt-5.4', ...DATA]],
  ])('%s: the text is shown made visible, and no raw control character reaches stdout or stderr', (_, args) => {
    const r = run(args, { cwd: d });
    expect(r.code, r.stderr).toBeLessThanOrEqual(3);
    expect(r.stdout).toContain('␛');
    expect(rawControl(r.stdout)).toBe(false);
    expect(rawControl(r.stderr)).toBe(false);
  });

  it('data validate and warnings on stderr: no raw control character', () => {
    writeFileSync(join(d, 'bad.json'), JSON.stringify({ dataset: { title: HOSTILE }, sources: [{ id: 'x', title: HOSTILE }] }));
    for (const args of [
      ['data', 'validate', 'o.json', 'bad.json'],
      ['recommend', '--json', '--mix', 'coding=1', ...DATA],
    ]) {
      const r = run(args, { cwd: d });
      if (args[0] === 'recommend') expect(r.stderr).toContain("warning: o.json replaces the dataset's title");
      expect(rawControl(r.stdout)).toBe(false);
      expect(rawControl(r.stderr)).toBe(false);
    }
  });

  it('recommend --json: the JSON keeps the text exactly (JSON escapes it)', () => {
    const r = run(['recommend', '--mix', 'coding=1', '--json', '--data', 'o.json'], { cwd: d });
    expect(rawControl(r.stdout)).toBe(false);
    expect(JSON.parse(r.stdout).dataset.title).toBe(`Mine ${HOSTILE}`);
    expect(rawControl(r.stderr)).toBe(false);
  });

  it('Markdown: a CR cannot end a table row and & < | are escaped', () => {
    const r = run(['recommend', '--mix', 'coding=1', '--format', 'markdown', '--data', 'o.json'], { cwd: d });
    // The memo escapes only what Markdown would read as markup (README.md, "Output formats"): a line break
    // becomes a space, "<" before a tag name and "&" before an entity are escaped, so no tag or entity forms.
    expect(r.stdout).not.toMatch(/\r/);
    expect(r.stdout).toContain('␛\\[2J over');
    expect(r.stdout).toContain('end\\|\\*\\<b>&amp;amp;');
  });
});

describe('every error is one line; input echoed is quoted and escaped', () => {
  let d: string;
  beforeAll(() => {
    d = folder('errors');
  });
  it.each([
    [
      'a newline in --exclude',
      ['recommend', '--exclude', 'gpt-5.4\nmodel-advisor: fake'],
      {},
      /^model-advisor: --exclude: unknown model "gpt-5\.4\\nmodel-advisor: fake"/,
    ],
    [
      'an escape sequence in --require',
      ['recommend', '--require', '\u001b[2Japi-ga'],
      {},
      /--require: unknown requirement "\\u001b\[2Japi-ga"/,
    ],
    [
      'an escape sequence in --volume',
      ['recommend', '--mix', 'coding=1', '--volume', 'coding=\u001b[2J'],
      {},
      /--volume: "coding=\\u001b\[2J" is not a number of monthly tokens/,
    ],
    [
      'an escape sequence in an --assume value',
      ['recommend', '--assume', 'gpt-5.4:api-ga=\u001b[2J'],
      {},
      /--assume: "gpt-5\.4:api-ga=\\u001b\[2J" has the value "\\u001b\[2J"; use yes, no or unknown/,
    ],
    [
      'a newline in SOURCE_DATE_EPOCH',
      ['recommend'],
      { SOURCE_DATE_EPOCH: '1\n2' },
      /^model-advisor: SOURCE_DATE_EPOCH "1\\n2" is not a whole number/,
    ],
    ['a long value, cut', ['recommend', '--format', 'x'.repeat(5000)], {}, /--format: "x{60}…" is not a format/],
    ['an unknown command with a control character', ['recom\u009bmend'], {}, /unknown command "recom\\u009bmend"/],
  ])('%s', (_, args, env, pattern) => {
    expectOneLine(run(args as string[], { cwd: d, env: env as Record<string, string> }), 2, pattern as RegExp);
  });

  it('a JSON syntax error in an answers file gives line and column, never the file text', () => {
    writeFileSync(join(d, 'bad.json'), '{\n  "version": 1,\n  "mix": {"coding": 1,}\n  SECRET LINE\n}\n');
    const r = run(['recommend', '--answers', 'bad.json'], { cwd: d });
    expectOneLine(
      r,
      2,
      /^model-advisor: bad\.json: not valid JSON: expected a key in double quotes \(no comma before "}"\) at line 3, column 23;/,
    );
    expect(r.stderr).not.toContain('SECRET');
  });

  it('a UTF-16 answers file: one clean line, no NUL byte', () => {
    const text = '{"version": 1, "mix": {"coding": 1}}';
    writeFileSync(join(d, 'utf16.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    writeFileSync(join(d, 'utf16-nobom.json'), Buffer.from(text, 'utf16le'));
    expectOneLine(
      run(['recommend', '--answers', 'utf16.json'], { cwd: d }),
      2,
      /^model-advisor: utf16\.json: the file is UTF-16 text; save it as UTF-8 JSON\n$/,
    );
    expectOneLine(run(['recommend', '--answers', 'utf16-nobom.json'], { cwd: d }), 2, /utf16-nobom\.json: the file holds NUL characters/);
    expectOneLine(run(['recommend', '--data', 'utf16.json'], { cwd: d }), 2, /utf16\.json: \$: the file is UTF-16 text/);
  });
});

describe('the answers file is as strict as an overlay', () => {
  let d: string;
  beforeAll(() => {
    d = folder('answers');
  });
  it.each([
    [
      'a repeated key',
      '{"version": 1, "mix": {"coding": 1, "coding": 5}}',
      /^model-advisor: a\.json: \$\.mix\.coding: the key "coding" appears twice in one object/,
    ],
    [
      '__proto__',
      '{"version": 1, "mix": {"coding": 1}, "__proto__": {"x": 1}}',
      /^model-advisor: a\.json: \$\.__proto__: the key "__proto__" is not allowed/,
    ],
    [
      'constructor',
      '{"version": 1, "mix": {"constructor": 1}}',
      /^model-advisor: a\.json: \$\.mix\.constructor: the key "constructor" is not allowed/,
    ],
    [
      'a wrong type',
      '{"version": 1, "mix": {"coding": "5"}}',
      /^model-advisor: a\.json: \$\.mix\.coding: expected number, received string; write a JSON number without quotes/,
    ],
    [
      'weights that overflow',
      `{"version": 1, "mix": {"coding": 1e308, "vision": 1e308}}`,
      /^model-advisor: a\.json: \$\.mix: has weights that add up to more than a number can hold/,
    ],
  ])('%s is refused with the JSON path', (_, text, pattern) => {
    writeFileSync(join(d, 'a.json'), text);
    expectOneLine(run(['recommend', '--answers', 'a.json'], { cwd: d }), 2, pattern);
  });
});

describe('numbers, dates, names and colour', () => {
  let d: string;
  beforeAll(() => {
    d = folder('small');
  });

  it('--mix weights whose sum overflows: a clear error, not a report of zeros', () => {
    const big = `1${'0'.repeat(308)}`;
    expectOneLine(
      run(['recommend', '--mix', `coding=${big},vision=${big}`], { cwd: d }),
      2,
      /^model-advisor: --mix: "coding=1000.*…" has weights that add up to more than a number can hold/,
    );
    expectOneLine(
      run(['recommend', '--mix', `coding=1${'0'.repeat(400)}`], { cwd: d }),
      2,
      /^model-advisor: --mix: "coding=1000.*…" is too large a number/,
    );
  });

  it('--today before the newest evidence hides what came later, as --as-of would; the age is never negative', () => {
    const r = run(['recommend', '--json', '--today', '2026-05-01'], { cwd: d });
    expect(r.code).toBe(0);
    const rec = JSON.parse(r.stdout);
    expect(rec.dataset).toMatchObject({ today: '2026-05-01', asOf: '2026-04-09', ageDays: 22 });
    const dates = rec.workloads.flatMap((w: { evidence: { date: string }[] }) => w.evidence.map((e) => e.date));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((date: string) => date <= '2026-05-01')).toBe(true);
    expect(rec.warnings.map((w: { message: string }) => w.message)).toContain(
      'Today is 2026-05-01, so evidence is used as of that day: 11 observations published after that date are left out.',
    );
  });

  it("--out '' is an error, not ignored", () => {
    expectOneLine(run(['recommend', '--out', ''], { cwd: d }), 2, /^model-advisor: --out: the file name is empty; give a file name/);
  });

  it('FORCE_COLOR=3 never writes colour into the file', () => {
    const r = run(['recommend', '--out', 'r.txt'], { cwd: d, env: { NO_COLOR: '', FORCE_COLOR: '3' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('\u001b[');
    expect(readFileSync(join(d, 'r.txt'), 'utf8')).not.toContain('\u001b');
  });

  it('--out naming an input (--data, --answers, or a hard link to one) is refused and the input is intact', () => {
    writeFileSync(join(d, 'o.json'), '{}\n');
    linkSync(join(d, 'o.json'), join(d, 'link.json'));
    writeFileSync(join(d, 'a.json'), '{"version": 1, "mix": {"coding": 1}}\n');
    expectOneLine(
      run(['recommend', '--data', 'o.json', '--out', 'o.json'], { cwd: d }),
      2,
      /^model-advisor: --out: o\.json is also this run's input \(--data o\.json\)/,
    );
    expectOneLine(
      run(['recommend', '--data', 'o.json', '--json', '--out', 'link.json'], { cwd: d }),
      2,
      /link\.json is also this run's input \(--data o\.json\)/,
    );
    expectOneLine(
      run(['recommend', '--answers', 'a.json', '--out', './a.json'], { cwd: d }),
      2,
      /\.\/a\.json is also this run's input \(--answers a\.json\)/,
    );
    expect(readFileSync(join(d, 'o.json'), 'utf8')).toBe('{}\n');
    expect(readFileSync(join(d, 'a.json'), 'utf8')).toBe('{"version": 1, "mix": {"coding": 1}}\n');
  });

  it('a legal 250-byte file name works (the temporary name is short)', () => {
    const name = `${'r'.repeat(245)}.json`;
    const r = run(['recommend', '--json', '--out', name], { cwd: d });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(d, name), 'utf8')).schemaVersion).toBeDefined();
    noTemp(d);
  });

  it('the replaced file keeps its permissions', () => {
    writeFileSync(join(d, 'kept.md'), 'old');
    chmodSync(join(d, 'kept.md'), 0o640);
    expect(run(['recommend', '--format', 'markdown', '--out', 'kept.md'], { cwd: d }).code).toBe(0);
    expect(statSync(join(d, 'kept.md')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(d, 'kept.md'), 'utf8')).toMatch(/^# Model recommendation/);
  });
});

describe('run from a deleted working folder', () => {
  let gone: string;
  beforeAll(() => {
    gone = folder('gone');
  });
  it('--help and recommend work; a relative --data path is one clean line', () => {
    // Spawned with the folder as cwd, deleted between spawns: the child starts in a folder that no longer exists.
    rmdirSync(gone);
    mkdirSync(gone);
    const inGone = (args: string[]) => {
      const r = spawnSync('sh', ['-c', 'cd "$1" && rmdir "$1" && shift && exec "$@"', '_', gone, process.execPath, BIN, ...args], {
        encoding: 'utf8',
        env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' },
      });
      mkdirSync(gone);
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const help = inGone(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: model-advisor/);
    expect(help.stderr).toBe('');
    const json = inGone(['recommend', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).schemaVersion).toBeDefined();
    expectOneLine(inGone(['recommend', '--data', 'x.json']), 2, /^model-advisor: the current folder no longer exists/);
  });
});

describe.runIf(ROOT_USER && hasPty())('the questionnaire on a terminal (pseudo-terminal)', () => {
  let d: string;
  let full: string;
  let mounted = false;
  const sessions: PtySession[] = [];
  beforeAll(() => {
    d = folder('pty');
    expect(mkfifo(join(d, 'fifo'))).toBe(true);
    full = join(d, 'full');
    mkdirSync(full);
    mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', full]).status === 0;
  });
  afterAll(() => {
    for (const s of sessions) s.kill();
    if (mounted) spawnSync('umount', [full]);
  });
  const ask = (args: string[]) => {
    const s = runOnPty(args, { cwd: d });
    sessions.push(s);
    return s;
  };

  it('ask --answers FIFO: refused at once with exit 2, no hang', async () => {
    const s = ask(['ask', '--answers', 'fifo', '--today', TODAY]);
    expect(await s.exit).toBe(2);
    expect(s.screen()).toMatch(/model-advisor: fifo: this is a named pipe \(FIFO\), not a file; give the path of an answers file/);
  });

  it('saving the answers onto a full disk: exit 4, one line, no file and no temporary file', async () => {
    expect(mounted).toBe(true);
    const answers = { version: 1, mix: { coding: 100 }, requirements: [], exclude: [], costPreference: 'quality', output: null };
    writeFileSync(join(d, 'mine.json'), JSON.stringify(answers));
    const fd = openSync(join(full, 'filler'), 'w');
    try {
      for (;;) writeFileSync(fd, Buffer.alloc(4096, 1));
    } catch (e) {
      expect((e as NodeJS.ErrnoException).code).toBe('ENOSPC');
    } finally {
      closeSync(fd);
    }
    const s = ask(['ask', '--answers', 'mine.json', '--today', TODAY]);
    await s.answer('How do you want to describe your workload mix?', KEY.enter);
    for (const name of ['Vision & documents', 'Health Q&A', 'Coding', 'Agentic multi-step work', 'Science & general reasoning']) {
      await s.answer(new RegExp(`${name} — [^\\n]*\\n {2}% of your usage [^\\n]*\\(\\d+\\)`), KEY.enter);
    }
    await s.answer('Which of these must a model have?', KEY.enter);
    await s.answer('How much does cost matter?', KEY.enter);
    // The questionnaire asks for monthly volume since issue 13; the saved answers give none, so "Don't know".
    await s.answer('Do you know your monthly token volume?', KEY.enter);
    await s.answer('Any models to leave out?', KEY.enter);
    await s.answer('Save a copy to a file too?', KEY.enter);
    await s.answer('Save these answers (to mine.json or another file)? (Y/n)', `y${KEY.enter}`);
    await s.answer('Save the answers to:', `full/answers.json${KEY.enter}`);
    expect(await s.exit).toBe(4);
    expect(s.screen()).toMatch(
      /model-advisor: answers file: cannot write .*answers\.json: no space left on the device \(ENOSPC\); nothing was written\n/,
    );
    expect(entries(full)).toEqual(['filler']);
  });
});
