import { describe, expect, it } from 'vitest';
import type { WorkloadResult } from '../../src/engine/schema.js';
import { bar } from '../../src/render/format.js';
import { md, renderMarkdown } from '../../src/render/markdown.js';
import { renderTableReport } from '../../src/render/report-table.js';
import { colorLevel, makeChalk } from '../../src/render/table.js';
import { hasAnsi } from '../helpers/cli.js';
import { recommendation } from '../helpers/recommendation.js';

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
    expect(md('a | b *c* <d> [e]_f_ `g`\nnext')).toBe('a \\| b \\*c\\* \\<d> \\[e\\]\\_f\\_ \\`g\\` next');
  });

  it('escapes only where Markdown would read markup, so a pasted memo shows no stray backslashes', () => {
    expect(md('“~78–79%”')).toBe('“~78–79%”');
    expect(md('~a~')).toBe('\\~a\\~');
    expect(md('snake_case_name, AT&T, 3 < 4, C:\\dir')).toBe('snake_case_name, AT&T, 3 < 4, C:\\dir');
    expect(md('&amp; # not a heading')).toBe('&amp;amp; # not a heading');
    expect(md('# heading')).toBe('\\# heading');
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

  it('renders the memo: question, decision, verdict, re-evaluation, scores, method, then evidence and caveats', () => {
    expect(renderMarkdown(recommendation())).toMatchInlineSnapshot(`
      "# Model recommendation: Documents \\| charts 60%, Health 40%

      Prepared 2026-11-21 with model-advisor 9.9.9; evidence published up to 2026-07-04 (140 days old: stale).

      ## The question

      - **Workload mix:** Documents \\| charts 60%, Health 40%
      - **Requirements (hard gates):** Generally-available API
      - **Models excluded:** none
      - **Evidence as of:** all evidence in the dataset
      - **Cost weight:** 0 (quality only)

      ## Decision

      | Workload | Share | Pick | Status | Confidence | For production |
      | --- | --- | --- | --- | --- | --- |
      | Documents \\| charts | 60% | Alpha | Pilot only: no generally-available API | Clear | Beta |
      | Health | 40% | No eligible model | no model meets every requirement | — | none |

      ## One model or routing

      No verdict: at least one workload has no eligible model, so neither routing nor one model covers the mix.

      ## Monthly cost

      The data has no prices.

      ## When to re-evaluate

      - Now: the newest published figure is 140 days old, past the method's 60-day limit.
      - When Alpha's API becomes generally available: it then leads Documents \\| charts in production.

      ## Scores by workload

      ### Documents \\| charts (60% of the mix)

      - Confidence: CLEAR — ahead beyond the noise, on shared evidence, well covered

      | Model | Score | Range | Win probability | Coverage | Coverage split (measured / range or words / proxy) | Eligible |
      | --- | --- | --- | --- | --- | --- | --- |
      | Alpha | 0.800 | 0.800–0.800 | 100% | 100% | 100% / 0% / 0% | Yes, pilot only (no generally-available API) |
      | Beta | 0.700 | 0.650–0.750 | 10% | 25% | 0% / 50% / 0% | Yes |
      | Gamma | — | 0.900–0.900 | — | 100% | 100% / 0% / 0% | No: unverified: “Generally-available API” (no source says) |

      ### Health (40% of the mix)

      | Model | Score | Range | Win probability | Coverage | Coverage split (measured / range or words / proxy) | Eligible |
      | --- | --- | --- | --- | --- | --- | --- |
      | Alpha | — | 0.800–0.800 | — | 100% | 100% / 0% / 0% | No: fails “Generally-available API”: private preview |

      Score: 0–1, the workload’s benchmarks weighted, each on a fixed scale. Range: the score with every uncertain figure at its worst and its best. Win probability: the share of random draws in which the model ranks first. Coverage: the share of the workload’s weight backed by the model’s own figures; its split says how much of it is measured, a range or words, or a proxy. Not assessed: the model has no figures of its own on the workload, so it is not ranked and never the pick.

      ## Method

      Each benchmark is mapped to 0–1 by fixed bounds of its own scale, never by rescaling against the models present, and a workload’s score is the weighted sum of its benchmarks. Every figure carries its benchmark’s noise band; ranges and words in the sources become intervals; a missing figure spans the benchmark’s plausible band (or its whole scale) and counts at its worst end in the score, and a figure measured on a sibling model counts as a proxy (a further ±0.05). A model with no figures of its own on a workload is not assessed there: not ranked and never the pick. 10,000 seeded random draws over those intervals give each model’s win probability. Confidence: clear means the pick leads beyond the noise (over the runner-up and the most likely challenger), wins at least 60% of the draws, has at least 75% coverage and rests on no proxy; likely, it is ahead, but not beyond the noise, or not on every test; tie, it cannot be separated from another model (the lead is within the noise); the pick among them follows the tie rule; unresolved, it does not lead on the evidence it shares with its challenger: the lead exists only through estimates. Governance requirements are hard gates, and an unknown fact rules a model out as unverified; evidence older than 60 days is flagged as stale.

      ## Appendix A: Evidence

      ### Documents \\| charts

      | Model | Benchmark | Figure | Source |
      | --- | --- | --- | --- |
      | Alpha | Bench A | 80% | Pub, 2026-04-09 |
      | Beta | Bench A | “similar band” (60–70%) | Pub, 2026-04-09 (your file evals.json) |

      ### Health

      No figure was used for this workload.

      ### Sources

      | Title | Publisher | Published |
      | --- | --- | --- |
      | A \\| title | Pub | 2026-04-09 |

      ## Appendix B: Caveats and warnings

      - **Bench A:** Measures Q&A, not \\*safety\\*. (Pub, 2026-04-09)
      - **Warning:** The newest figure is 140 days old.
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
        Health 40%: no eligible model (every model is ruled out; see below)

      ONE MODEL OR ROUTING?
        No verdict: at least one workload has no eligible model, so neither routing nor one model covers the mix.

      HOW TO READ THE TABLES
        Score     0–1: the workload's benchmarks, weighted, each on a fixed scale
        Range     the score with every uncertain figure at its worst and its best
        Win       win probability: share of random draws in which it comes first
        Coverage  share of the workload's weight backed by the model's own figures

      DOCUMENTS | CHARTS (60% of the mix)
        Recommended: Alpha — PILOT ONLY (no generally-available API); for production: Beta
        Win probability 90% · coverage 100% (all measured) · score 0.800 (0.800–0.800) · runner-up Beta by 0.100
        Confidence: CLEAR — ahead beyond the noise, on shared evidence, well covered
        ┌───────┬───────┬─────────────┬──────┬──────────┬──────────────────────┐
        │ Model │ Score │ Range       │ Win  │ Coverage │ Score on 0–1         │
        ├───────┼───────┼─────────────┼──────┼──────────┼──────────────────────┤
        │ Alpha │ 0.800 │ 0.800–0.800 │ 100% │ 100%     │ ████████████████     │
        │ Beta  │ 0.700 │ 0.650–0.750 │ 10%  │ 25%      │ ██████████████       │
        │ Gamma │ —     │ 0.900–0.900 │ —    │ 100%     │ not eligible         │
        └───────┴───────┴─────────────┴──────┴──────────┴──────────────────────┘
        Coverage split (measured / range or words / proxy): Alpha 100% / 0% / 0% · Beta 0% / 50% / 0%
        Not eligible: Gamma (unverified: “Generally-available API” (no source says))
        Your figures used: Beta on Bench A: “similar band” (60–70%) [from evals.json]

      HEALTH (40% of the mix)
        NO ELIGIBLE MODEL: no model meets every requirement
        ┌───────┬───────┬─────────────┬─────┬──────────┬──────────────┐
        │ Model │ Score │ Range       │ Win │ Coverage │ Score on 0–1 │
        ├───────┼───────┼─────────────┼─────┼──────────┼──────────────┤
        │ Alpha │ —     │ 0.800–0.800 │ —   │ 100%     │ not eligible │
        └───────┴───────┴─────────────┴─────┴──────────┴──────────────┘
        Not eligible: Alpha (fails “Generally-available API”: private preview)

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

      MONTHLY COST
      The data has no prices.

      WHEN TO RE-EVALUATE
      - Now: the newest published figure is 140 days old, past the method's 60-day limit.
      - When Alpha's API becomes generally available: it then leads Documents | charts in production.

      CAVEATS
      - Bench A: Measures Q&A, not *safety*. (Pub, 2026-04-09)

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
