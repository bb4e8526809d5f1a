import type { Recommendation, WorkloadResult } from '../engine/schema.js';
import type { CostLine } from '../engine/schema-money.js';
import { formatTokens as tokens } from '../tokens.js';
import { num } from './format.js';

// The words of the money-and-triggers parts, shared by the table and Markdown reports: plain strings, which
// each renderer escapes for its medium. Pure: Recommendation in, lines out.

const SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };

/** 12345.6 USD → "$12,346"; small amounts keep cents. */
export function money(amount: number, currency: string | null | undefined): string {
  const symbol = SYMBOL[currency ?? ''] ?? '';
  const digits = Math.abs(amount) < 100 ? 2 : 0;
  const text = Math.abs(amount).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `${amount < 0 ? '−' : ''}${symbol}${text}`;
}

export { formatTokens as tokens } from '../tokens.js';

export const assumptionText = (a: Recommendation['assumptions'][number]) => `${a.model}:${a.key}=${a.value}`;

/** The first line of a hypothetical report, in every format. */
export function hypotheticalLine(rec: Pick<Recommendation, 'assumptions'>): string {
  return `HYPOTHETICAL — this report assumes ${rec.assumptions.map(assumptionText).join(', ')} (--assume); it is not what the evidence says today.`;
}

/** "GPT-5.4: $1,234/month" or "price unknown". */
export function costCell(line: CostLine | null): string {
  if (!line) return '—';
  if (!line.price) return `${line.name}: price unknown`;
  const each = `${money(line.blendedPerMillion as number, line.price.currency)}/1M`;
  return line.monthly === null ? `${line.name}: ${each}` : `${line.name}: ${money(line.monthly, line.price.currency)}/month (${each})`;
}

/** The cost section as plain lines: one per workload, the totals, what consolidating saves or costs. */
export function costLines(rec: Recommendation): string[] {
  const cost = rec.cost;
  const names = new Map(rec.workloads.map((w) => [w.workload, w.name]));
  const lines: string[] = [];
  if (cost.note) lines.push(cost.note);
  if (!cost.pricesInData) return lines;
  lines.push(`Input:output split ${cost.ioRatio.input}:${cost.ioRatio.output} (--io-ratio; 3:1 is the common blended-price convention).`);
  for (const w of cost.workloads) {
    const volume = w.volume === null ? 'volume not given' : `${tokens(w.volume)} tokens/month`;
    const production = w.production ? `; in production ${costCell(w.production)}` : '';
    lines.push(
      `- ${names.get(w.workload) ?? w.workload} (${volume}): routed ${costCell(w.routed)}${production}; single ${costCell(w.single)}`,
    );
  }
  const total = (t: Recommendation['cost']['routed']) => (t.monthly === null ? 'unknown' : `${money(t.monthly, t.currency)}/month`);
  if (cost.workloads.some((w) => w.volume !== null)) {
    lines.push(`Routing plan: ${total(cost.routed)} · One model for everything: ${total(cost.single)}`);
    if (cost.consolidationDelta !== null) {
      const d = cost.consolidationDelta;
      const given = cost.scoreGivenUp === null ? '' : `, and gives up ${num(cost.scoreGivenUp)} in score`;
      lines.push(
        d <= 0
          ? `Consolidating saves ${money(-d, cost.single.currency)}/month${given}.`
          : `Consolidating costs ${money(d, cost.single.currency)}/month more${given}.`,
      );
    }
    if (cost.routed.monthlyAdjusted !== null || cost.single.monthlyAdjusted !== null) {
      const adj = (t: Recommendation['cost']['routed']) =>
        t.monthlyAdjusted === null ? 'unknown' : `${money(t.monthlyAdjusted, t.currency)}/month`;
      lines.push(
        `Adjusted for verbosity (output tokens scaled by each model's ${cost.verbosity?.benchmark} count ÷ the median, ${tokens(cost.verbosity?.median ?? 0)}; an estimate, not a price): routing plan ${adj(cost.routed)} · one model ${adj(cost.single)}`,
      );
    }
  }
  if (cost.unknownPrices.length) lines.push(`Price unknown (not counted as zero): ${cost.unknownPrices.map((m) => m.name).join(', ')}.`);
  return lines;
}

/** What would change a workload's decision, one sentence each. */
export const triggerLines = (w: Pick<WorkloadResult, 'triggers'>): string[] => w.triggers.map((t) => t.message);

/** In place of the list of every model ruled out: which requirements leave nothing (the lines below say what would help). */
export function blockedText(w: WorkloadResult): string {
  const reqs = w.unblock?.drop.map((d) => d.requirement) ?? [];
  return reqs.length
    ? `no model passes the requirements (${reqs.join(', ')}); what would give an answer follows`
    : (w.noRecommendationReason ?? 'every model is ruled out');
}

/** For a workload no model passes: what dropping each requirement would give, which unknown facts block, how to verify. */
export function unblockLines(w: WorkloadResult): string[] {
  const u = w.unblock;
  if (!u) return [];
  const lines = u.drop.map(
    (d) =>
      `Without "${d.requirement}": ${d.becomes ? `${d.becomes.name}${d.becomes.status === 'pilot' ? ' (pilot only)' : ''}` : 'still no eligible model'}`,
  );
  for (const f of u.unknownFacts) lines.push(`Unknown: ${f.requirements.join(', ')} for ${f.name}`);
  if (u.unknownFacts.length) lines.push('To verify a fact:', ...u.verify.map((v) => `  ${v}`));
  return lines;
}

/** What consolidating does to the monthly bill, for the one-model-or-routing verdict; null when a price or volume is unknown. */
export function consolidationCostText(rec: Recommendation): string | null {
  const cost = rec.cost;
  const d = cost.consolidationDelta;
  if (d === null || cost.routed.monthly === null || cost.single.monthly === null) return null;
  const plans = `routing plan ${money(cost.routed.monthly, cost.routed.currency)}/month, one model ${money(cost.single.monthly, cost.single.currency)}/month`;
  if (d === 0) return null;
  return d < 0
    ? `In money, consolidating saves ${money(-d, cost.single.currency)}/month (${plans}).`
    : `In money, consolidating costs ${money(d, cost.single.currency)}/month more (${plans}).`;
}
