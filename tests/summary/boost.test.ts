import { describe, expect, it } from 'vitest';
import { between, binEdges, boost } from '../../tools/summary/boost';
import { forestValue, isWellFormed, treeValue } from '../../utils/summary/trees';

describe('regression trees', () => {
  it('walk a complete tree: at or below the threshold goes left', () => {
    // Root splits feature 0 at 0.5; its left child splits feature 1 at 2; its right child does not split.
    const tree = { feature: [0, 1, -1], threshold: [0.5, 2, 0], leaf: [1, 2, 3, 4] };
    expect(treeValue(tree, [0.5, 2])).toBe(1);
    expect(treeValue(tree, [0.2, 3])).toBe(2);
    expect(treeValue(tree, [0.9, 0])).toBe(3);
    expect(forestValue([tree, tree], [0.9, 9])).toBe(6);
    expect(isWellFormed(tree, 2)).toBe(true);
    expect(isWellFormed(tree, 1)).toBe(false);
    expect(isWellFormed({ ...tree, leaf: [1, 2, 3] }, 2)).toBe(false);
  });
});

describe('boosting', () => {
  it('places cut points strictly between distinct values, as short decimals', () => {
    expect(between(1 / 3, 0.5)).toBe(0.4);
    const x = between(0.333333, 0.333334);
    expect(x).toBeGreaterThan(0.333333);
    expect(x).toBeLessThan(0.333334);
    expect(binEdges(Float64Array.from([0, 0, 0, 1, 1, 2]), 4)).toEqual([0.5, 1.5]);
  });

  it('learns a step and an interaction a linear model cannot', () => {
    const n = 2000;
    const a = new Float64Array(n);
    const b = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      a[i] = (i % 10) / 10;
      b[i] = ((i * 7) % 13) / 13;
      y[i] = (a[i]! > 0.45 ? 1 : 0) * (b[i]! > 0.5 ? 2 : 0.5);
    }
    const trees = boost([a, b], y, { trees: 60, depth: 2, learningRate: 0.3, minLeaf: 20, l2: 1, bins: 16 });
    let err = 0;
    for (let i = 0; i < n; i++) err += (forestValue(trees, [a[i]!, b[i]!]) - y[i]!) ** 2;
    expect(err / n).toBeLessThan(0.001);
    expect(forestValue(trees, [0.9, 0.9])).toBeCloseTo(2, 1);
    expect(forestValue(trees, [0.9, 0.1])).toBeCloseTo(0.5, 1);
    expect(forestValue(trees, [0.1, 0.9])).toBeCloseTo(0, 1);
    for (const t of trees) expect(isWellFormed(t, 2)).toBe(true);
  });

  it('leaves a node unsplit when no split keeps enough rows on both sides', () => {
    const trees = boost([Float64Array.from([0, 1, 2, 3])], Float64Array.from([1, 1, 5, 5]), { trees: 1, depth: 1, learningRate: 1, minLeaf: 3, l2: 0, bins: 4 });
    expect(trees[0]!.feature).toEqual([-1]);
    expect(trees[0]!.leaf[0]).toBe(3);
  });
});
