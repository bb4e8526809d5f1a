import { describe, expect, it } from 'vitest';
import type { WorkloadResult } from '../src/engine/schema.js';
import { colorLevel, makeChalk } from '../src/render/color.js';
import { bar } from '../src/render/format.js';
import { md, renderMarkdown } from '../src/render/markdown.js';
import { renderTableReport } from '../src/render/report-table.js';
import { hasAnsi } from './helpers/cli.js';
import { recommendation } from './helpers/recommendation.js';

const plain = makeChalk({ NO_COLOR: '1' }, true);

/** Cells of a GFM table row, splitting on unescaped pipes only. */
const cells = (row: string) => row.replace(/\\\\/g, '').split(/(?<!\\)\|/).length - 2;

describe('colour comes from the environment', () => {
  it.each([
    [{ NO_COLOR: '1' }, true, 0],
    [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true, 0],
    [{}, false, 0],
    [{}, true, 1],
    [{ FORCE_COLOR: '1' }, false, 1],
    [{ FORCE_COLOR: '0' }, true, 0],
    [{ TERM: 'dumb' }, true, 0],
  ] as const)('%o tty=%s → level %d', (env, tty, level) => {
    expect(colorLevel(env, tty)).toBe(level);
  });

  it('the table report has ANSI codes only when colour is on', () => {
    const rec = recommendation();
    expect(hasAnsi(renderTableReport(rec, { chalk: plain, width: 100 }))).toBe(false);
    expect(hasAnsi(renderTableReport(rec, { chalk: makeChalk({ FORCE_COLOR: '1' }, false), width: 100 }))).toBe(true);
  });
});

describe('bar', () => {
  it('is on the fixed 0–1 scale, same width for every score', () => {
    expect(bar(0, 10)).toBe('          ');
    expect(bar(0.55, 10)).toBe('█████▌    ');
    expect(bar(1, 10)).toBe('██████████');
    expect(bar(1.7, 10)).toBe('██████████');
  });
});

describe('markdown', () => {
  it('escapes pipes and other markup in text', () => {
    expect(md('a | b *c* <d> [e]_f_ `g`\nnext')).toBe('a \\| b \\*c\\* \\<d\\> \\[e\\]\\_f\\_ \\`g\\`<br>next');
  });

  it('keeps every table row the same width as its header, whatever the text holds', () => {
    const out = renderMarkdown(recommendation(), { explain: true });
    const lines = out.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (lines[i]?.startsWith('| ---')) {
        const width = cells(lines[i - 1] ?? '');
        for (let j = i + 1; j < lines.length && lines[j]?.startsWith('|'); j++) expect(cells(lines[j] ?? ''), lines[j]).toBe(width);
      }
    }
  });

  it('renders the report: summary and routing plan first, then workloads, evidence, caveats, requirements, method', () => {
    expect(renderMarkdown(recommendation())).toMatchInlineSnapshot(`
      "# Model recommendation

      _model-advisor 9.9.9; dataset test-data, figures as of 2026-07-04 (140 days old, STALE); today 2026-11-21_

      ## Summary

      - **Documents \\| charts (60%):** Alpha — **pilot only** (no generally-available API); for production use Beta. Win probability 90%, coverage 100%.
      - **Health (40%):** no eligible model — no model meets every requirement.
      - **One model for everything:** Alpha, blended score 0.800; it gives up 0.000 against the routing plan. **Pilot only** (no generally-available API): the best single model you can use in production is Beta, blended score 0.700 (gives up 0.100).
      - **Warning:** The newest figure is 140 days old.

      ## Routing plan

      | Workload | Share | Routed to | Routed score | Alpha score | Given up | Pick holds for share |
      | --- | --- | --- | --- | --- | --- | --- |
      | Documents \\| charts | 60% | Alpha | 0.800 | 0.800 | 0.000 | 0%–100% |
      | Health | 40% | no eligible model | — | — | — | — |

      "Pick holds for share" is the range of a workload's share (the others rescaled proportionally) within which Alpha stays the best single model.

      ## Workloads

      ### Documents \\| charts — 60% of the mix

      **Documents \\| charts (60%):** Alpha — **pilot only** (no generally-available API); for production use Beta. Win probability 90%, coverage 100%.

      | Model | Score | Range | Win probability | Coverage | Eligible |
      | --- | --- | --- | --- | --- | --- |
      | Alpha | 0.800 | 0.800–0.800 | 100% | 100% | yes |
      | Beta | 0.700 | 0.650–0.750 | 10% | 50% | yes |
      | Gamma | — | 0.900–0.900 | — | 100% | no: unverified: api-ga (no source says) |

      Evidence used:

      | Model | Benchmark | Figure | Source | Date | Note |
      | --- | --- | --- | --- | --- | --- |
      | Alpha | Bench A | 80% | \`src-1\` | 2026-04-09 |  |
      | Beta | Bench A | “similar band” (60–70%) | \`src-1\` \\[from evals.json\\] | 2026-04-09 | read \\| from words |

      ### Health — 40% of the mix

      **Health (40%):** no eligible model — no model meets every requirement.

      | Model | Score | Range | Win probability | Coverage | Eligible |
      | --- | --- | --- | --- | --- | --- |
      | Alpha | — | 0.800–0.800 | — | 100% | no: fails api-ga: private preview |

      Evidence used:

      None: no figure was used for this workload.

      ## Caveats

      - Measures Q&A, not \\*safety\\*. (\`src-1\`, 2026-04-09)

      ## Requirements and exclusions

      - Requirements applied: \`api-ga\`
      - Models excluded: none
      - Cost weight: 0

      ## Warnings

      - The newest figure is 140 days old.

      ## Sources

      | Source | Title | Publisher | Published | Origin |
      | --- | --- | --- | --- | --- |
      | \`src-1\` | A \\| title | Pub | 2026-04-09 | bundled |

      ## Method

      Each benchmark is mapped to 0–1 by fixed bounds of its own scale (percentages above chance; ratings as expected win probability against a fixed reference; token counts on a log scale), never by rescaling against the models present. A workload's score is the weighted sum of its benchmarks; with a cost weight c, score = (1 − c) × quality + c × token efficiency (here c = 0). Ranges and words become intervals; a missing figure becomes the span of the other models' figures on that benchmark widened by 0.05, and a figure measured on a sibling model (proxy) an interval of ±0.05. 10,000 seeded Monte Carlo draws (seed 1) over those intervals give each model's win probability; "Range" is the score with every uncertain figure at its worst and best. A pick is low-confidence when its win probability is under 60%, its coverage (share of weight backed by real figures) is under 75%, or it rests on a proxy. Governance requirements are hard gates: an unknown fact rules a model out as unverified. Data older than 60 days is flagged as stale.
      "
    `);
  });
});

describe('table report', () => {
  it('renders without colour, with flags as words', () => {
    expect(renderTableReport(recommendation(), { chalk: plain, width: 110 })).toMatchInlineSnapshot(`
      "model-advisor 9.9.9 — which model for which work
      Mix: Documents | charts 60% · Health 40%
      Requirements: Generally-available API · Excluded: none · Cost weight: 0
      Data: test-data as of 2026-07-04 (140 days old: STALE), today 2026-11-21

      THE ANSWER
        Documents | charts 60%: Alpha (pilot; production: Beta) · clear
        Health 40%: no eligible model (no model meets every requirement)

      ONE MODEL OR ROUTING?
        No verdict: at least one workload has no eligible model, so neither routing nor one model covers the mix.

      HOW TO READ THE TABLES
        Score     0–1: the workload's benchmarks, weighted, each on a fixed scale
        Range     the score with every uncertain figure at its worst and its best
        Win       win probability: share of random draws the model comes first in
        Coverage  share of the workload's weight backed by the model's own figures

      DOCUMENTS | CHARTS (60% of the mix)
        Recommended: Alpha — PILOT ONLY (no generally-available API); for production: Beta
        Win probability 90% · coverage 100% · score 0.800 (0.800–0.800) · runner-up Beta by 0.100
        ┌───────┬───────┬─────────────┬──────┬──────────┬──────────────────────┐
        │ Model │ Score │ Range       │ Win  │ Coverage │ Score on 0–1         │
        ├───────┼───────┼─────────────┼──────┼──────────┼──────────────────────┤
        │ Alpha │ 0.800 │ 0.800–0.800 │ 100% │ 100%     │ ████████████████     │
        │ Beta  │ 0.700 │ 0.650–0.750 │ 10%  │ 50%      │ ██████████████       │
        │ Gamma │ —     │ 0.900–0.900 │ —    │ 100%     │ not eligible         │
        └───────┴───────┴─────────────┴──────┴──────────┴──────────────────────┘
        Not eligible: Gamma (unverified: api-ga (no source says))
        Your figures used: Beta on Bench A: “similar band” (60–70%) [from evals.json]

      HEALTH (40% of the mix)
        NO ELIGIBLE MODEL: no model meets every requirement
        ┌───────┬───────┬─────────────┬─────┬──────────┬──────────────┐
        │ Model │ Score │ Range       │ Win │ Coverage │ Score on 0–1 │
        ├───────┼───────┼─────────────┼─────┼──────────┼──────────────┤
        │ Alpha │ —     │ 0.800–0.800 │ —   │ 100%     │ not eligible │
        └───────┴───────┴─────────────┴─────┴──────────┴──────────────┘
        Not eligible: Alpha (fails api-ga: private preview)

      ROUTING PLAN vs ONE MODEL FOR EVERYTHING
      ┌────────────────────┬───────┬─────────────────┬─────────┬───────┬────────┬────────────┐
      │ Workload           │ Share │ Routed to       │ Routed  │ Alpha │ Given  │ Pick holds │
      │                    │       │                 │ score   │       │ up     │ for share  │
      ├────────────────────┼───────┼─────────────────┼─────────┼───────┼────────┼────────────┤
      │ Documents | charts │ 60%   │ Alpha           │ 0.800   │ 0.800 │ 0.000  │ 0%–100%    │
      ├────────────────────┼───────┼─────────────────┼─────────┼───────┼────────┼────────────┤
      │ Health             │ 40%   │ no eligible     │ —       │ —     │ —      │ —          │
      │                    │       │ model           │         │       │        │            │
      └────────────────────┴───────┴─────────────────┴─────────┴───────┴────────┴────────────┘
      One model for everything: Alpha, blended score 0.800 — consolidating gives up 0.000 against the routing plan.
      PILOT ONLY: Alpha has no generally-available API. Best single model you can use in production: Beta, blended
        score 0.700 (gives up 0.100).
      "Pick holds for share": the range of that workload's share (others rescaled) within which the one-model pick
        stays the same.

      CAVEATS
      - Bench A: Measures Q&A, not *safety*. (src-1, 2026-04-09)

      WARNINGS
      ! The newest figure is 140 days old.
      "
    `);
  });
  it('shows contributions with --explain', () => {
    const out = renderTableReport(recommendation(), { chalk: plain, width: 140, explain: true });
    expect(out).toContain("How Beta's Documents | charts score is made");
    expect(out).toMatch(/MISSING/);
    expect(out).toMatch(/“similar band” \(60–70%\)/);
  });

  it('with --explain, shows contributions only for detailed entries; the others stay in the ranking', () => {
    const [docs, health] = recommendation().workloads as [WorkloadResult, WorkloadResult];
    const ranking = docs.ranking.map((e) =>
      e.model === 'gamma' ? { ...e, detailed: false, contributions: [], efficiencyContribution: null } : e,
    );
    const rec = recommendation({ workloads: [{ ...docs, ranking }, health] });
    const table = renderTableReport(rec, { chalk: plain, width: 140, explain: true });
    const markdown = renderMarkdown(rec, { explain: true });
    for (const out of [table, markdown]) {
      expect(out).toContain("How Beta's");
      expect(out).not.toContain("How Gamma's");
      expect(out).toMatch(/[│|] Gamma +[│|] — +[│|] 0\.900–0\.900 [│|]/);
    }
    // without --explain the flag changes nothing
    expect(renderTableReport(rec, { chalk: plain, width: 140 })).toBe(renderTableReport(recommendation(), { chalk: plain, width: 140 }));
    expect(renderMarkdown(rec)).toBe(renderMarkdown(recommendation()));
  });
});
