import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/engine/intervals.js';

// Known answers worked by hand: centre (p + z²/2n)/(1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n), z = 1.95996.
// The one Wilson interval: the engine's, which a promptfoo import's pass rate and sample size go through.
describe('95% Wilson interval', () => {
  it('gives the textbook figures', () => {
    const [al, ah] = wilson(84, 50); // 42 of 50, p 0.84: centre 0.81574, half 0.10088
    expect(al).toBeCloseTo(71.4858, 3);
    expect(ah).toBeCloseTo(91.6626, 3);
    const [bl, bh] = wilson(0, 5); // all errors: 0 to z²/(n + z²) = 3.8415/8.8415
    expect(bl).toBeCloseTo(0, 9);
    expect(bh).toBeCloseTo(43.4482, 2);
    const [cl, ch] = wilson(100, 20); // 20 of 20 is not "exactly 100%"
    expect(cl).toBeCloseTo(83.8875, 2);
    expect(ch).toBeCloseTo(100, 9);
  });
});
