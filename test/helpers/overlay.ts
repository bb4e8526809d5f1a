import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh temporary folder for one test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'ma-overlay-'));
}

/** Writes `content` (an object as JSON, or raw text) to `dir/name`; returns `name`, the path as a user would type it. */
export function writeOverlay(dir: string, name: string, content: unknown): string {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return name;
}

/** A private source, as a team's own evaluation. */
export function privateSource(overrides: Record<string, unknown> = {}) {
  return { id: 'my-evals', kind: 'private', title: 'Our evaluation', publisher: 'Us', date: '2026-08-01', ...overrides };
}

/** An observation of a private result on SWE-bench Verified, without a quote. */
export function observation(overrides: Record<string, unknown> = {}) {
  return { model: 'gpt-5.4', benchmark: 'swe-bench-verified', value: 70, source: 'my-evals', date: '2026-08-01', ...overrides };
}

export const TODAY = '2026-11-21';
