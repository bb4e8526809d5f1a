import { describe, expect, it } from 'vitest';
import { winText } from '../../src/render/honesty.js';
import { entry } from '../helpers/recommendation.js';

// A Monte Carlo share of 0 is not a probability of 0: "0%" only for a model that cannot win.
describe('winText', () => {
  const leader = entry({ model: 'a', low: 0.797, high: 0.85, winProbability: 0.88 });
  const second = entry({ model: 'b', low: 0.777, high: 0.83, winProbability: 0.12 });

  it('prints "<1%" for a model that won no draw but whose best case reaches every other worst case', () => {
    // Best case 0.804 is above the leader's worst case 0.797: it can rank first, just rarely.
    const rare = entry({ model: 'c', low: 0.746, high: 0.804, winProbability: 0 });
    expect(winText(rare, [leader, second, rare])).toBe('<1%');
  });

  it('prints "0%" only when another model\'s worst case is above its best case', () => {
    const beaten = entry({ model: 'd', low: 0.6, high: 0.79, winProbability: 0 });
    expect(winText(beaten, [leader, second, beaten])).toBe('0%');
  });

  it('says "not assessed" for a model with no figures of its own, and shares as the probability helper does', () => {
    expect(winText(entry({ winProbability: null }), [])).toBe('not assessed');
    expect(winText(leader, [leader, second])).toBe('88%');
    expect(winText(entry({ winProbability: 0.996 }), [])).toBe('>99%');
  });
});
