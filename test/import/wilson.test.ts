import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/import/wilson.js';

// Known answers worked by hand: centre (p + z²/2n)/(1 + z²/n), half-width z·√(p(1−p)/n + z²/4n²)/(1 + z²/n), z = 1.95996.
describe('95% Wilson interval', () => {
  it('gives the textbook figures', () => {
    const a = wilson(42, 50); // p 0.84: centre 0.81574, half 0.10088
    expect(a.low).toBeCloseTo(0.714858, 5);
    expect(a.high).toBeCloseTo(0.916626, 5);
    const b = wilson(0, 5); // all errors: 0 to z²/(n + z²) = 3.8415/8.8415
    expect(b.low).toBe(0);
    expect(b.high).toBeCloseTo(0.434482, 5);
    const c = wilson(20, 20); // 20 of 20 is not "exactly 100%"
    expect(c.low).toBeCloseTo(0.838875, 5);
    expect(c.high).toBe(1);
  });
});
