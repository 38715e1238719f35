import { describe, expect, it } from 'vitest';
import { RidgeAccumulator, solveLinear } from '../../tools/summary/ridge';

describe('ridge regression', () => {
  it('solves a linear system', () => {
    // 2x + y = 5, x - y = 1 → x = 2, y = 1
    const [x, y] = solveLinear([[2, 1, 5], [1, -1, 1]], 2);
    expect(x).toBeCloseTo(2);
    expect(y).toBeCloseTo(1);
  });

  it('recovers the weights of a noiseless linear target, and shrinks them as lambda grows', () => {
    const acc = new RidgeAccumulator(3);
    for (let i = 0; i < 50; i++) {
      const a = (i % 7) / 7;
      const b = ((i * 3) % 11) / 11;
      acc.add([1, a, b], 0.5 + 2 * a - 1 * b);
    }
    const w = acc.solve(0);
    expect(w[0]).toBeCloseTo(0.5, 6);
    expect(w[1]).toBeCloseTo(2, 6);
    expect(w[2]).toBeCloseTo(-1, 6);
    const shrunk = acc.solve(10);
    expect(Math.abs(shrunk[1]!)).toBeLessThan(0.5);
    expect(Math.abs(shrunk[2]!)).toBeLessThan(0.5);
  });

  it('gives weight 0 to a feature that never varies from 0', () => {
    const acc = new RidgeAccumulator(3);
    for (let i = 0; i < 10; i++) acc.add([1, i / 10, 0], i / 10);
    expect(acc.solve(0.01)[2]).toBe(0);
  });
});
