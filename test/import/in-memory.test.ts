import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/dataset/load.js';
import type { LoadedPart } from '../../src/dataset/merge.js';
import { validateOverlays } from '../../src/dataset/validate.js';
import { tempDir, writeOverlay } from '../helpers/overlay.js';

// The loader takes an importer's part in memory as it takes a file: the same schema, the same cross-checks, the same messages.
const bad = {
  sources: [{ id: 'aa', title: 'Artificial Analysis', publisher: 'Artificial Analysis', date: '2026-11-20' }],
  prices: [{ model: 'gpt-5.4', input: 2.5, output: -10, currency: 'USD', source: 'aa', date: '2026-11-20', note: 'x' }],
};

describe('an in-memory overlay', () => {
  it('is validated exactly like the same part in a file', () => {
    const part = { origin: 'artificial-analysis:aa.json', file: 'artificial-analysis:aa.json', part: bad } as unknown as LoadedPart;
    expect(() => loadDataset({ overlays: [part], today: '2026-11-21' })).toThrow(
      /^artificial-analysis:aa\.json: \$\.prices\[0\]\.output: must be at least 0$/,
    );
    const dir = tempDir();
    writeOverlay(dir, 'aa.json', bad);
    expect(() => loadDataset({ overlays: ['aa.json'], cwd: dir, today: '2026-11-21' })).toThrow(
      /^aa\.json: \$\.prices\[0\]\.output: must be at least 0$/,
    );
  });

  it('a public price needs a quote or a note; a private one needs neither', () => {
    const dir = tempDir();
    const noWords = { ...bad, prices: [{ model: 'gpt-5.4', input: 2.5, output: 10, currency: 'USD', source: 'aa', date: '2026-11-20' }] };
    writeOverlay(dir, 'p.json', noWords);
    const report = validateOverlays({ files: ['p.json'], cwd: dir, today: '2026-11-21' });
    expect(report.findings.map((f) => [f.path, f.code])).toEqual([['$.prices[0]', 'missing-quote']]);
    writeOverlay(dir, 'q.json', { ...noWords, sources: [{ ...noWords.sources[0], kind: 'private' }] });
    expect(validateOverlays({ files: ['q.json'], cwd: dir, today: '2026-11-21' }).valid).toBe(true);
  });
});
