// Token counts as people write them: "20M", "1.5k", "2B". One pair of functions for the --volume flag, the
// questionnaire and the reports, so what a report shows parses back to the same number.

const SUFFIX: Record<string, number> = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6, b: 1e9, B: 1e9 };
const AMOUNT_RE = /^(\d+(?:\.\d+)?|\.\d+)([kKmMbB]?)$/;

/** "20M" → 20,000,000; "1.5k" → 1,500; null when it is not a count. k, M and B are thousands, millions, billions. */
export function parseTokens(text: string): number | null {
  const m = AMOUNT_RE.exec(text.replace(/_/g, '').trim());
  if (!m) return null;
  return Number(m[1]) * (SUFFIX[m[2] as string] as number);
}

/** 20000000 → "20M", 1500 → "1.5k"; a count with no short exact form is written out in full. */
export function formatTokens(n: number): string {
  for (const [size, suffix] of [
    [1e9, 'B'],
    [1e6, 'M'],
    [1e3, 'k'],
  ] as const) {
    if (n >= size && Number.isInteger((n / size) * 1000)) return `${n / size}${suffix}`;
  }
  return String(n);
}
