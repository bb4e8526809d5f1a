import { spawnSync } from 'node:child_process';
import { lstatSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import { diffReports } from '../../src/diff/diff.js';
import { ReportDiff } from '../../src/diff/read.js';
import { SCHEMA_VERSION } from '../../src/engine/schema.js';
import { jsonText } from '../../src/render/sanitize.js';
import { cli } from '../helpers/cli.js';
import { run } from '../helpers/engine.js';
import { tempDir } from '../helpers/overlay.js';

// diff: the April report (--as-of 2026-04-30) against the July one (all evidence). The July source re-measured
// the Intelligence Index: Claude Opus 4.6 "around 57–58" → 53, Gemini 3.1 Pro "around 54–55" → 57, GPT-5.4
// "around 57–58" → 57; it is also the first to state the api-ga facts, so on April 30 every pick is a pilot.
// Reasoning in April: GPT-5.4 0.6·0.575 + 0.25·0.075 + 0.15·0.25 = 0.4012 leads, Claude Opus 4.6 0.39 cannot be
// separated from it and has more coverage (0.55 against 0.3), so the tie rule picks Claude; in July Gemini 3.1 Pro
// (Index 57) ties Muse Spark, production-ready first, and is the pick. Coding in April: only Claude has a
// SWE-bench Verified figure (0.5·0.808 + 0.5·0.25 = 0.529), in July Gemini's 80.6 gives it 0.7455. Vision: Muse
// Spark and Gemini tie both times; in April neither is production-ready and Muse Spark's higher score decides,
// in July Gemini's API is. Agentic stays Claude, now production. Health stays Muse Spark (pilot both times).
const TODAY = '2026-11-21';
const ALL = { vision: 1, health: 1, coding: 1, agentic: 1, reasoning: 1 };
const { dataset } = loadDataset();
const april = run(dataset, { mix: ALL, today: TODAY, asOf: '2026-04-30' });
const july = run(dataset, { mix: ALL, today: TODAY });
const d = diffReports(april, july, { old: 'april.json', new: 'july.json' });

describe('diff: April vs July', () => {
  it('puts the profile change first: the as-of date, not the answer', () => {
    expect(d.profile).toEqual([{ field: 'asOf', old: '2026-04-30', new: 'none (all evidence)' }]);
  });

  it('names the superseded Intelligence Index figures and what replaced them', () => {
    const index = d.evidence.superseded.filter((s) => s.benchmark === 'aa-index');
    expect(index.map((s) => [s.modelName, s.figure, s.source, s.by.figure, s.by.source])).toEqual([
      ['Claude Opus 4.6', '“around 57–58” (57–58)', 'neuralwired-2026-04-09', '53', 'toolbench-2026-07-04'],
      ['Gemini 3.1 Pro', '“around 54–55” (54–55)', 'neuralwired-2026-04-09', '57', 'toolbench-2026-07-04'],
      ['GPT-5.4', '“around 57–58” (57–58)', 'neuralwired-2026-04-09', '57', 'toolbench-2026-07-04'],
      ['Muse Spark', '52', 'neuralwired-2026-04-09', '52', 'toolbench-2026-07-04'],
    ]);
    // A replacement is said once: the new figure is not also listed as "added".
    expect(d.evidence.added.some((a) => a.benchmark === 'aa-index')).toBe(false);
  });

  it('reports the changed picks, the facts the July source first states, and that no price changed', () => {
    const change = (workload: string, name: string, [om, on, os]: string[], [nm, nn, ns]: string[]) => ({
      workload,
      name,
      old: { model: om, name: on, status: os },
      new: { model: nm, name: nn, status: ns },
      message: `${name}: ${on} (${os}) → ${nn} (${ns})`,
    });
    const claude = ['claude-opus-4.6', 'Claude Opus 4.6'];
    const gemini = ['gemini-3.1-pro', 'Gemini 3.1 Pro'];
    expect(d.picks).toEqual([
      change('vision', 'Vision & documents', ['muse-spark', 'Muse Spark', 'pilot'], [...gemini, 'production']),
      change('coding', 'Coding', [...claude, 'pilot'], [...gemini, 'production']),
      change('agentic', 'Agentic multi-step work', [...claude, 'pilot'], [...claude, 'production']),
      change('reasoning', 'Science & general reasoning', [...claude, 'pilot'], [...gemini, 'production']),
    ]);
    expect(d.picks[0]?.message).toBe('Vision & documents: Muse Spark (pilot) → Gemini 3.1 Pro (production)');
    expect(d.changed).toBe(true);
    // On April 30 no source had stated api-ga or open-weights yet (both cite the July source): unknown then.
    const stated = (name: string, fact: string, value: string) => `${name}, ${fact}: unknown → ${value} (toolbench-2026-07-04, 2026-07-04)`;
    expect(d.governance.map((g) => g.message)).toEqual([
      stated('Claude Opus 4.6', 'api-ga', 'yes'),
      stated('Claude Opus 4.6', 'open-weights', 'no'),
      stated('Gemini 3.1 Pro', 'api-ga', 'yes'),
      stated('GPT-5.4', 'api-ga', 'yes'),
      stated('GPT-5.4', 'open-weights', 'no'),
      stated('Muse Spark', 'api-ga', 'no'),
      stated('Muse Spark', 'open-weights', 'no'),
    ]);
    expect(d.prices).toEqual([]);
    expect(ReportDiff.safeParse(d).success).toBe(true);
  });

  it('says confidence moved only beyond sampling noise', () => {
    // 10,000 draws each: the noise is 3·√(p(1−p)/n + q(1−q)/n), about 2 points here.
    for (const c of d.confidence) expect(Math.abs(c.new - c.old)).toBeGreaterThan(c.noise);
    const same = diffReports(july, july, { old: 'a', new: 'b' });
    expect(same).toMatchObject({ changed: false, profile: [], picks: [], confidence: [], triggersFired: [] });
    expect(same.evidence).toEqual({ added: [], removed: [], superseded: [] });
  });

  it('prints a win probability near certainty as ">99%", never "100%", as every other report does', () => {
    // The same July report with the vision pick's share of the draws moved from its own value to 0.996.
    const workload = july.workloads.find((w) => w.workload === 'vision');
    const pick = workload?.recommendation?.model;
    const edited = structuredClone(july);
    const entry = edited.workloads.find((w) => w.workload === 'vision')?.ranking.find((r) => r.model === pick);
    const pickOf = edited.workloads.find((w) => w.workload === 'vision')?.recommendation;
    if (!entry || !pickOf) throw new Error('the July report has a vision pick');
    entry.winProbability = 0.996;
    pickOf.winProbability = 0.996;
    const moved = diffReports(july, edited, { old: 'a', new: 'b' }).confidence.find((c) => c.workload === 'vision');
    expect(moved?.message).toMatch(/ranks first in >99% of the draws, was \d+%/);
  });

  it('lists the triggers that fired: Muse Spark’s API going GA', () => {
    const ga = run(dataset, { mix: ALL, today: TODAY, assumptions: [{ model: 'muse-spark', key: 'api-ga', value: 'yes' }] });
    const fired = diffReports(july, ga, { old: 'july.json', new: 'ga.json' });
    expect(fired.triggersFired.map((t) => t.message)).toEqual([
      "If Muse Spark's API becomes generally available, the production pick for Vision & documents becomes Muse Spark.",
      "If Muse Spark's API becomes generally available, the production pick for Health Q&A becomes Muse Spark.",
      // Reasoning: Muse Spark (0.4265, coverage 1) ties Gemini 3.1 Pro (0.402, coverage 0.6); both production-ready,
      // the tie rule's next step, coverage, picks Muse Spark.
      "If Muse Spark's API becomes generally available, the production pick for Science & general reasoning becomes Muse Spark.",
    ]);
    expect(fired.governance).toMatchObject([{ model: 'muse-spark', requirement: 'api-ga', old: 'no', new: 'yes' }]);
    expect(fired.new.hypothetical).toBe(true);
  });
});

describe('model-advisor diff (the built binary)', () => {
  const dir = tempDir();
  const save = (name: string, value: unknown) => {
    writeFileSync(join(dir, name), typeof value === 'string' ? value : jsonText(value));
    return name;
  };
  save('april.json', april);
  save('july.json', july);

  it('prints the table, Markdown and JSON; --exit-code is 1 only when a pick changed', () => {
    const table = cli(['diff', 'april.json', 'july.json'], { cwd: dir });
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toBe('What changed: april.json (2026-11-21, evidence as of 2026-04-30) → july.json (2026-11-21)');
    expect(table.stdout).toMatch(/superseded: Gemini 3\.1 Pro on Artificial Analysis Intelligence Index: “around 54–55” \(54–55\)/);
    expect(cli(['diff', 'april.json', 'july.json', '--format', 'markdown'], { cwd: dir }).stdout).toMatch(/^# What changed\n/);
    expect(JSON.parse(cli(['diff', 'april.json', 'july.json', '--json'], { cwd: dir }).stdout)).toEqual(JSON.parse(jsonText(d)));
    expect(cli(['diff', 'april.json', 'july.json', '--exit-code'], { cwd: dir }).code).toBe(1);
    expect(cli(['diff', 'july.json', 'july.json', '--exit-code'], { cwd: dir }).code).toBe(0);
  });

  it('refuses a named pipe (FIFO) at once, without waiting for a writer: exit 2, one line', () => {
    // A private FIFO in this test's own folder; opening it for reading would block forever with no writer, and
    // cli() gives up after 20 s (code null), so a blocking read fails here instead of hanging.
    const fifo = join(dir, 'report.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const started = Date.now();
    const r = cli(['diff', 'report.fifo', 'july.json'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'model-advisor: report.fifo: this is a named pipe (FIFO), not a file; give the path of a saved "model-advisor recommend --json" report\n',
    );
    // The pipe is left as it was.
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('exits 2 with one line for another schemaVersion or a file that is not a report', () => {
    save('old-version.json', { ...july, schemaVersion: '0.9' });
    save('not-report.json', { hello: 'world' });
    save('not-json.json', 'nope');
    for (const file of ['old-version.json', 'not-report.json', 'not-json.json', 'missing.json']) {
      const r = cli(['diff', file, 'july.json'], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(file);
    }
    expect(cli(['diff', 'old-version.json', 'july.json'], { cwd: dir }).stderr).toContain(`reads ${SCHEMA_VERSION}`);
  });
});
