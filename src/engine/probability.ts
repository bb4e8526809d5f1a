/** A share of a whole (a mix share, a weight, a threshold) as a whole percentage: "30%". */
export const percent = (x: number) => `${Math.round(x * 100)}%`;

/**
 * A probability or share for display: ">99%" and "<1%" near the ends, since a Monte Carlo share of 99.6% is
 * not certainty; "100%" and "0%" only when exactly 1 or 0. The one formatting rule every renderer uses.
 */
export function probability(x: number): string {
  if (x === 1) return '100%';
  if (x === 0) return '0%';
  if (x > 0.99) return '>99%';
  if (x < 0.01) return '<1%';
  return `${Math.round(x * 100)}%`;
}
