/** z for a two-sided 95% interval. */
const Z = 1.959963984540054;

/**
 * The 95% Wilson score interval of a proportion, k successes in n trials, as fractions. Unlike
 * p ± z·√(p(1−p)/n) it stays inside [0, 1] and is not zero-width at 0 or n successes, so 20 tests
 * that all pass still say "somewhere above 83%", not "exactly 100%".
 */
export function wilson(k: number, n: number): { low: number; high: number } {
  if (n <= 0) return { low: 0, high: 1 };
  const p = k / n;
  const z2 = Z * Z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
