import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Recommendation, SCHEMA_VERSION } from '../engine/schema.js';
import { UserError } from '../errors.js';

// Reading a saved `recommend --json` report for diff: one line, exit 2, for a file that is missing, is not
// JSON, is not a report, or is a report from another schema version.

export function readReport(file: string, cwd: string): Recommendation {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, file), 'utf8');
  } catch {
    throw new UserError(`${file}: cannot read this file; give the path of a saved "model-advisor recommend --json" report`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserError(`${file}: not JSON; diff compares two saved "model-advisor recommend --json" reports`);
  }
  const version = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).schemaVersion : undefined;
  if (version === undefined || typeof version !== 'string') {
    throw new UserError(`${file}: not a model-advisor report (no schemaVersion); save one with: model-advisor recommend --json --out FILE`);
  }
  if (version !== SCHEMA_VERSION) {
    throw new UserError(
      `${file}: a report of schemaVersion ${JSON.stringify(version)}, and this model-advisor reads ${SCHEMA_VERSION}; re-run recommend --json with this version to compare`,
    );
  }
  const parsed = Recommendation.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UserError(
      `${file}: not a valid model-advisor report (${issue?.path.join('.') || '(top)'}: ${issue?.message}); save one with recommend --json`,
    );
  }
  return parsed.data;
}
