import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_CLAIM } from '../../src/dataset/template.js';
import { cli } from '../helpers/cli.js';

// The template round trip through the real binary: init → validate → recommend --data changes
// the pick the template says it changes, and every output format shows which figures are yours.

const TODAY = ['--today', '2026-11-21'];
const pickOf = (stdout: string, workload: string) =>
  (JSON.parse(stdout).workloads as { workload: string; recommendation: { model: string } | null }[]).find((w) => w.workload === workload)
    ?.recommendation?.model;

describe('bring your own evaluations: the template round trip', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'ma-template-'));
  const file = 'model-advisor-overlay.json';

  it('init writes a template that validates', () => {
    expect(cli(['data', 'init', file, ...TODAY], { cwd }).code).toBe(0);
    const v = cli(['data', 'validate', file, ...TODAY], { cwd });
    expect(v.code).toBe(0);
    expect(v.stdout).toMatch(/valid/);
  });

  it(`recommend --data moves the ${TEMPLATE_CLAIM.workload} pick from ${TEMPLATE_CLAIM.before} to ${TEMPLATE_CLAIM.after}`, () => {
    const mix = ['--mix', `${TEMPLATE_CLAIM.workload}=100`];
    const before = cli(['recommend', ...mix, ...TODAY, '--json'], { cwd });
    const after = cli(['recommend', ...mix, ...TODAY, '--json', '--data', file], { cwd });
    expect(before.code).toBe(0);
    expect(after.code).toBe(0);
    expect(pickOf(before.stdout, TEMPLATE_CLAIM.workload)).toBe(TEMPLATE_CLAIM.before);
    expect(pickOf(after.stdout, TEMPLATE_CLAIM.workload)).toBe(TEMPLATE_CLAIM.after);
    const doc = JSON.parse(after.stdout);
    expect(doc.dataset.overlays).toEqual([file]);
    const yours = doc.workloads[0].evidence.filter((e: { origin: string }) => e.origin === file);
    expect(yours.map((e: { model: string }) => e.model).sort()).toEqual(['claude-opus-4.6', 'gpt-5.4', 'our-open-coder']);
    expect(doc.warnings.some((w: { code: string; message: string }) => w.code === 'override' && w.message.includes(file))).toBe(true);
  });

  it('the table and the Markdown say which figures came from the file', () => {
    const args = ['recommend', '--mix', 'coding=1', ...TODAY, '--data', file];
    // The line wraps at the terminal's width (80 when piped).
    expect(cli(args, { cwd }).stdout).toMatch(/Your figures used: [\s\S]*?\[from\s+model-advisor-overlay\.json\]/);
    expect(cli([...args, '--format', 'markdown'], { cwd }).stdout).toMatch(/\| [^|\n]+ \(your file model-advisor-overlay\.json\) \|/);
  });

  it('with --require self-host only the self-hosted model from the file is eligible', () => {
    const r = cli(['recommend', '--mix', 'coding=1', '--require', 'self-host', ...TODAY, '--json', '--data', file], { cwd });
    expect(r.code).toBe(0);
    expect(pickOf(r.stdout, 'coding')).toBe('our-open-coder');
  });

  it('compare takes --data too', () => {
    const r = cli(['compare', 'our-open-coder', 'gpt-5.4', '--mix', 'coding=1', ...TODAY, '--json', '--data', file], { cwd });
    expect(r.code).toBe(0);
    const suite = JSON.parse(r.stdout).benchmarks.find((b: { benchmark: string }) => b.benchmark === 'our-refactoring-suite');
    expect(suite.a.origin).toBe(file);
  });

  it('a bad overlay stops recommend with one line naming file and path (exit 2)', () => {
    const r = cli(['recommend', '--data', 'missing.json', ...TODAY], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing\.json/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
