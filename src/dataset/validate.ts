import { isoDay } from '../today.js';
import { checkParts } from './bundle.js';
import { bundledParts } from './bundled-data.js';
import type { Finding } from './findings.js';
import { readOverlay } from './load.js';
import type { LoadedPart } from './merge.js';

// `data validate`'s work: each file read and checked against the schema, then all of them merged over the
// bundled data and cross-checked. Every problem is a finding; nothing is thrown for a bad file.

export interface FileReport {
  file: string;
  /** Read, parsed and matched the schema (cross-check findings may still name it). */
  parsed: boolean;
  /** How many records of each kind it holds (kinds it lacks are left out). */
  contents: Record<string, number>;
}

export interface ValidationReport {
  valid: boolean;
  today: string;
  /** False when a file could not be parsed: cross-checks then wait, since ids it defines are unknown. */
  crossChecked: boolean;
  files: FileReport[];
  findings: Finding[];
  warnings: string[];
}

export interface ValidateOptions {
  files: readonly string[];
  cwd?: string;
  /** YYYY-MM-DD; defaults to the clock's UTC day. */
  today?: string;
}

const KINDS = [
  'sources',
  'requirements',
  'models',
  'benchmarks',
  'observations',
  'workloads',
  'governance',
  'weights',
  'prices',
  'verdicts',
] as const;

function contentsOf(part: LoadedPart['part']): Record<string, number> {
  const out: Record<string, number> = {};
  for (const kind of KINDS) {
    const n = part[kind]?.length ?? 0;
    if (n > 0) out[kind] = n;
  }
  return out;
}

/**
 * Checks overlay files against the schema and, when they all parse, against the merged dataset.
 * Never throws for a problem in the files: every problem is a finding.
 */
export function validateOverlays(opts: ValidateOptions): ValidationReport {
  const today = opts.today ?? isoDay(new Date());
  const cwd = opts.cwd ?? process.cwd();
  const files: FileReport[] = [];
  let findings: Finding[] = [];
  const loaded: LoadedPart[] = [];
  const seen = new Set<string>();
  for (const file of opts.files) {
    if (seen.has(file)) {
      findings.push({ file, path: '$', code: 'duplicate-file', message: 'this file is given twice; pass each overlay once' });
      continue;
    }
    seen.add(file);
    const outcome = readOverlay(file, cwd);
    if (outcome.ok) loaded.push(outcome.loaded);
    else findings = findings.concat(outcome.findings);
    files.push({ file, parsed: outcome.ok, contents: outcome.ok ? contentsOf(outcome.loaded.part) : {} });
  }
  const crossChecked = loaded.length === files.length;
  let warnings: string[] = [];
  if (crossChecked) {
    const checked = checkParts([...bundledParts(), ...loaded], today);
    findings = findings.concat(checked.findings);
    warnings = checked.warnings;
  }
  return { valid: findings.length === 0, today, crossChecked, files, findings, warnings };
}
