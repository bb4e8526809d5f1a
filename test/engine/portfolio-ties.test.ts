import { describe, expect, it } from 'vitest';
import { profile, table } from '../helpers/builders.js';
import { run } from '../helpers/engine.js';

// The single model when blended scores tie: the higher share-weighted win probability, then the higher
// worst case, then the figures workload by workload, and only then the id (alphabetical), never the
// order the models come in.

const single = (figures: Record<string, Record<string, number>>, mix: Record<string, number>) => {
  const workloads = Object.fromEntries(Object.keys(mix).map((w) => [w, { [`b-${w}`]: 1 }]));
  return run(table(figures, workloads), profile({ mix })).portfolio.singleModel?.model;
};

describe('the single model on a tied blend', () => {
  it('is the one more likely to win where the mix weighs more, in either order', () => {
    // Blends: x = .6·.8 + .4·.5 = .68, y = .6·.6 + .4·.8 = .68. Wins: x takes w1 (share .6), y takes w2 (.4).
    const x = { 'b-w1': 80, 'b-w2': 50 };
    const y = { 'b-w1': 60, 'b-w2': 80 };
    expect(single({ x, y }, { w1: 60, w2: 40 })).toBe('x');
    expect(single({ y, x }, { w1: 60, w2: 40 })).toBe('x');
  });

  it('with blends, win probabilities and worst cases all tied, is the one with the better figure on the first workload', () => {
    // Blends .5·.8 + .5·.5 = .65 each; each wins one workload of share .5; exact figures, so worst cases tie too.
    // The better one's id sorts last, so the id cannot be what decides.
    const better = { 'b-w1': 80, 'b-w2': 50 };
    const worse = { 'b-w1': 50, 'b-w2': 80 };
    expect(single({ zeta: better, alpha: worse }, { w1: 50, w2: 50 })).toBe('zeta');
    expect(single({ alpha: worse, zeta: better }, { w1: 50, w2: 50 })).toBe('zeta');
  });

  it('skips a workload where their figures tie and lets the next one decide', () => {
    // Blends (70 + 60 + 50)/3 and (70 + 50 + 60)/3; w1 a tie, each wins one of w2 and w3; w2 decides.
    const better = { 'b-w1': 70, 'b-w2': 60, 'b-w3': 50 };
    const worse = { 'b-w1': 70, 'b-w2': 50, 'b-w3': 60 };
    expect(single({ zeta: better, alpha: worse }, { w1: 1, w2: 1, w3: 1 })).toBe('zeta');
    expect(single({ alpha: worse, zeta: better }, { w1: 1, w2: 1, w3: 1 })).toBe('zeta');
  });

  it('between identical models, is the first id alphabetically, in either order', () => {
    const same = { 'b-w1': 70, 'b-w2': 60 };
    expect(single({ 'model-b': same, 'model-a': same }, { w1: 50, w2: 50 })).toBe('model-a');
    expect(single({ 'model-a': same, 'model-b': same }, { w1: 50, w2: 50 })).toBe('model-a');
  });
});
