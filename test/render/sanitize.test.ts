import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { planOf } from '../../src/api.js';
import { loadDataset } from '../../src/dataset/load.js';
import { overlayTemplate } from '../../src/dataset/template.js';
import { validateOverlays } from '../../src/dataset/validate.js';
import { compareModels } from '../../src/engine/compare.js';
import { recommend } from '../../src/engine/index.js';
import { renderCompareTable } from '../../src/render/compare.js';
import { benchmarksTable, evidenceTable, modelsTable, sourcesTable, validationText, workloadsTable } from '../../src/render/listing.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderTableReport } from '../../src/render/report-table.js';
import { markdownText, oneLine, quoted, terminalText } from '../../src/render/sanitize.js';
import { TODAY } from '../helpers/overlay.js';

/** A control character other than a line feed (the renderers' own line breaks). */
const rawControl = (text: string) =>
  [...text].some((ch) => {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);
  });

describe('terminalText', () => {
  it('makes every control character visible and folds line breaks', () => {
    expect(terminalText('a\u001b[2Jb\u0007c\rd\ne\tf\u007fg\u009bh')).toBe('a␛[2Jb␇c d e f␡g\ufffdh');
    expect(terminalText('\u001b]8;;http://x/\u0007link\u001b]8;;\u0007')).toBe('␛]8;;http://x/␇link␛]8;;␇');
  });
  it('neutralises bidirectional overrides and line separators', () => {
    expect(terminalText('a\u202eb\u2028c')).toBe('a\ufffdb c');
  });
  it('leaves ordinary text, accents and emoji alone', () => {
    expect(terminalText('Claude Opus 4.6 — “quoted” · 80.8% é 🚀')).toBe('Claude Opus 4.6 — “quoted” · 80.8% é 🚀');
  });
});

describe('markdownText', () => {
  it('escapes Markdown punctuation and &, and folds every kind of line break into <br>', () => {
    expect(markdownText('a|b *c* <d> [e](f) `g` #h ~i_ &amp; \\')).toBe(
      'a\\|b \\*c\\* \\<d\\> \\[e\\](f) \\`g\\` \\#h \\~i\\_ &amp;amp; \\\\',
    );
    expect(markdownText('a\r\nb\rc\nd\u2028e')).toBe('a<br>b<br>c<br>d<br>e');
    expect(markdownText('x\u001b[2Jy')).toBe('x␛\\[2Jy');
  });
});

describe('quoted and oneLine', () => {
  it('quote, escape and cut what a user typed', () => {
    expect(quoted('a\nb\u001b\u009bc')).toBe('"a\\nb\\u001b\\u009bc"');
    expect(quoted('x'.repeat(100), 10)).toBe(`"${'x'.repeat(10)}…"`);
  });
  it('a message of many lines becomes one', () => {
    expect(oneLine('first\n  second\r\nthird\u001b')).toBe('first second third␛');
  });
});

// Text fields of an overlay: everything a person writes in words (ids, dates and enums are checked by the schema).
const TEXT_KEYS = new Set([
  'title',
  'publisher',
  'note',
  'name',
  'measures',
  'rationale',
  'text',
  'vendor',
  'detail',
  'evaluators',
  'quote',
]);

function textPaths(value: unknown, key = '', path: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (typeof value === 'string' && TEXT_KEYS.has(key)) out.push(path);
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) textPaths(v, key, [...path, i], out);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) textPaths(v, k, [...path, k], out);
  return out;
}

function setAt(root: Record<string, unknown>, path: (string | number)[], text: string): void {
  let target = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) target = target[key] as Record<string | number, unknown>;
  target[path[path.length - 1] as string | number] = text;
}

const control = fc
  .integer({ min: 0, max: 0x9f })
  .filter((c) => c < 0x20 || c >= 0x7f)
  .map((c) => String.fromCharCode(c));
const hostile = fc
  .array(
    fc.oneof(
      control,
      fc.constantFrom('a', 'Z', ' ', '|', '*', '<', '&', '`', '\u2028', '\u202e', '\u001b[2J', '\u001b]8;;http://x/\u0007', '\r\n'),
    ),
    {
      minLength: 1,
      maxLength: 24,
    },
  )
  .map((parts) => parts.join(''));

describe('fuzz: control characters in every text field of an overlay', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ma-sanitize-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const template = { dataset: { id: 'fuzzed', title: 'Fuzzed' }, ...(overlayTemplate(TODAY) as unknown as Record<string, unknown>) };
  const paths = textPaths(template);
  const tool = { name: 'model-advisor', version: '0.0.0' };
  const chalk = new Chalk({ level: 0 });

  it('covers every kind of text the overlay holds', () => {
    expect(new Set(paths.map((p) => p.filter((k) => typeof k === 'string').join('.')))).toEqual(
      new Set([
        'dataset.title',
        'sources.title',
        'sources.publisher',
        'sources.evaluators',
        'sources.note',
        'benchmarks.name',
        'benchmarks.measures',
        'benchmarks.scale.rationale',
        'benchmarks.caveats.text',
        'models.name',
        'models.vendor',
        'models.governance.open-weights.detail',
        'models.governance.self-host.detail',
        'models.governance.fine-tune.detail',
        'models.governance.api-ga.detail',
        'models.governance.public-pricing.detail',
        'models.governance.sla.detail',
        'models.caveats.text',
        'observations.note',
        'weights.rationale',
      ]),
    );
  });

  it('never puts a raw control character into table or Markdown output', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: paths.length, maxLength: paths.length }), (texts) => {
        const overlay = structuredClone(template);
        for (const [i, p] of paths.entries()) setAt(overlay, p, texts[i] as string);
        writeFileSync(join(dir, 'o.json'), JSON.stringify(overlay));
        const loaded = loadDataset({ overlays: ['o.json'], cwd: dir, today: TODAY });
        // The listings show what the overlay brought (the bundled records hold no hostile text, and tables are slow to lay out).
        const d = loaded.dataset;
        const mine = <T extends { origin: string }>(items: T[]) => items.filter((x) => x.origin === 'o.json');
        const own = {
          ...d,
          models: mine(d.models),
          benchmarks: mine(d.benchmarks),
          sources: mine(d.sources),
          workloads: mine(d.workloads),
        };
        const profile = planOf({ mix: { coding: 1 }, today: TODAY, samples: 100 }, d);
        const meta = { tool, overlays: ['o.json'], loadWarnings: loaded.warnings };
        const rec = recommend(d, profile, meta);
        const outputs = {
          table: renderTableReport(rec, { chalk, width: 100, explain: true }),
          markdown: renderMarkdown(rec, { explain: true }),
          models: modelsTable(own, 100),
          benchmarks: benchmarksTable(own, 100),
          sources: sourcesTable(own, 100),
          workloads: workloadsTable(d, 100),
          evidence: evidenceTable(d, mine(d.observations), 100),
          compare: renderCompareTable(compareModels(d, 'our-open-coder', 'gpt-5.4', profile, meta), { chalk, width: 100 }),
          validate: validationText(validateOverlays({ files: ['o.json'], cwd: dir, today: TODAY })),
        };
        for (const [name, text] of Object.entries(outputs)) expect(rawControl(text), name).toBe(false);
        // A Markdown table row stays one line: nothing in a cell ends it early.
        for (const line of outputs.markdown.split('\n').filter((l) => l.startsWith('| '))) expect(line.endsWith(' |'), line).toBe(true);
      }),
      { numRuns: 12 },
    );
  }, 120_000);
});
