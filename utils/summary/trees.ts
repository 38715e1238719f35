// Scoring with boosted regression trees, the summary model's learned part. Each tree is complete and of a
// fixed depth, stored level by level as plain numbers (node i has children 2i+1 and 2i+2): a feature index
// and a threshold per inner node (values ≤ threshold go left; feature −1 sends everything left), and one
// value per leaf. Plain arrays rather than code: the weights file stays data, and scoring is a few dozen
// comparisons per sentence.

export interface RegressionTree {
  /** Feature index per inner node, level by level; −1 where the node does not split. */
  feature: readonly number[];
  /** Threshold per inner node: a value at or below it goes to the left child. */
  threshold: readonly number[];
  /** One value per leaf, left to right. */
  leaf: readonly number[];
}

export function treeValue(tree: RegressionTree, x: readonly number[]): number {
  const inner = tree.feature.length;
  let node = 0;
  while (node < inner) {
    const f = tree.feature[node]!;
    node = 2 * node + (f < 0 || x[f]! <= tree.threshold[node]! ? 1 : 2);
  }
  return tree.leaf[node - inner]!;
}

export function forestValue(trees: readonly RegressionTree[], x: readonly number[]): number {
  let s = 0;
  for (const t of trees) s += treeValue(t, x);
  return s;
}

/** A tree is well formed when its leaves are exactly one level below its inner nodes and every number is finite. */
export function isWellFormed(tree: RegressionTree, featureCount: number): boolean {
  const inner = tree.feature.length;
  return (
    tree.threshold.length === inner &&
    tree.leaf.length === inner + 1 &&
    ((inner + 1) & inner) === 0 &&
    tree.feature.every((f) => Number.isInteger(f) && f >= -1 && f < featureCount) &&
    tree.threshold.every(Number.isFinite) &&
    tree.leaf.every(Number.isFinite)
  );
}
