// Gradient boosting of regression trees for squared error: each tree fits what the trees before it left
// unexplained, scaled by the learning rate. Features are cut into at most `bins` quantile bins once, so growing
// a level costs one pass over the rows per feature (a histogram of residuals per node) — a few seconds a tree
// on a few hundred thousand rows. Complete trees of a fixed depth (utils/summary/trees.ts); a node with too
// few rows on either side of every split stays unsplit. Deterministic: no sampling, ties to the lower feature.
import type { RegressionTree } from '../../utils/summary/trees';

export interface BoostOptions {
  trees: number;
  depth: number;
  learningRate: number;
  /** Fewest rows a leaf may have. */
  minLeaf: number;
  /** L2 penalty on a leaf's value (rows' worth of shrinkage towards 0). */
  l2: number;
  bins: number;
  /** Called after every tree with the trees so far (for validation curves). */
  onTree?: (trees: readonly RegressionTree[]) => void;
}

export const DEFAULT_BOOST: BoostOptions = { trees: 100, depth: 3, learningRate: 0.1, minLeaf: 100, l2: 10, bins: 48 };

/** The shortest decimal strictly between a and b (a < b), so a rounded threshold splits the rows as the exact one does. */
export function between(a: number, b: number): number {
  for (let p = 1; p <= 17; p++) {
    const x = Number(((a + b) / 2).toPrecision(p));
    if (a < x && x < b) return x;
  }
  return (a + b) / 2;
}

/** Cut points per feature: up to `bins` − 1 quantiles of its values, each placed between two distinct values. */
export function binEdges(column: Float64Array, bins: number): number[] {
  const sorted = Float64Array.from(column).sort();
  const edges: number[] = [];
  for (let b = 1; b < bins; b++) {
    let i = Math.floor((b * sorted.length) / bins);
    const v = sorted[i]!;
    while (i < sorted.length && sorted[i] === v) i++;
    if (i === sorted.length) break;
    const cut = between(v, sorted[i]!);
    if (edges.length === 0 || cut > edges[edges.length - 1]!) edges.push(cut);
  }
  return edges;
}

function binOf(edges: readonly number[], v: number): number {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (v <= edges[mid]!) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Boosted trees for rows `x` (one array per feature, column-major) and targets `y`; the first tree's leaves carry mean(y). */
export function boost(x: readonly Float64Array[], y: Float64Array, opts: BoostOptions = DEFAULT_BOOST): RegressionTree[] {
  const d = x.length;
  const n = y.length;
  const edges = x.map((col) => binEdges(col, opts.bins));
  const binned = x.map((col, j) => Uint8Array.from(col, (v) => binOf(edges[j]!, v)));
  let base = 0;
  for (let i = 0; i < n; i++) base += y[i]!;
  base /= Math.max(1, n);
  const residual = Float64Array.from(y, (v) => v - base);
  const node = new Int32Array(n);
  const trees: RegressionTree[] = [];
  const inner = 2 ** opts.depth - 1;
  const nb = opts.bins;

  for (let t = 0; t < opts.trees; t++) {
    const feature = new Array<number>(inner).fill(-1);
    const threshold = new Array<number>(inner).fill(0);
    const splitBin = new Int32Array(inner);
    node.fill(0);
    for (let level = 0; level < opts.depth; level++) {
      const first = 2 ** level - 1;
      const width = 2 ** level;
      const sum = new Float64Array(width);
      const count = new Float64Array(width);
      for (let i = 0; i < n; i++) {
        sum[node[i]! - first]! += residual[i]!;
        count[node[i]! - first]!++;
      }
      const best = Array.from({ length: width }, () => ({ gain: 0, f: -1, bin: 0 }));
      const hs = new Float64Array(width * nb);
      const hc = new Float64Array(width * nb);
      for (let j = 0; j < d; j++) {
        if (edges[j]!.length === 0) continue;
        hs.fill(0);
        hc.fill(0);
        const col = binned[j]!;
        for (let i = 0; i < n; i++) {
          const h = (node[i]! - first) * nb + col[i]!;
          hs[h]! += residual[i]!;
          hc[h]!++;
        }
        for (let w = 0; w < width; w++) {
          const total = sum[w]!;
          const all = count[w]!;
          const parent = (total * total) / (all + opts.l2);
          let ls = 0;
          let lc = 0;
          for (let b = 0; b < edges[j]!.length; b++) {
            ls += hs[w * nb + b]!;
            lc += hc[w * nb + b]!;
            const rc = all - lc;
            if (lc < opts.minLeaf) continue;
            if (rc < opts.minLeaf) break;
            const rs = total - ls;
            const gain = (ls * ls) / (lc + opts.l2) + (rs * rs) / (rc + opts.l2) - parent;
            if (gain > best[w]!.gain + 1e-12) best[w] = { gain, f: j, bin: b };
          }
        }
      }
      for (let w = 0; w < width; w++) {
        const b = best[w]!;
        if (b.f < 0) continue;
        feature[first + w] = b.f;
        threshold[first + w] = edges[b.f]![b.bin]!;
        splitBin[first + w] = b.bin;
      }
      for (let i = 0; i < n; i++) {
        const k = node[i]!;
        const f = feature[k]!;
        node[i] = 2 * k + (f < 0 || binned[f]![i]! <= splitBin[k]! ? 1 : 2);
      }
    }
    const ls = new Float64Array(inner + 1);
    const lc = new Float64Array(inner + 1);
    for (let i = 0; i < n; i++) {
      ls[node[i]! - inner]! += residual[i]!;
      lc[node[i]! - inner]!++;
    }
    const step = Array.from(ls, (s, k) => (opts.learningRate * s) / (lc[k]! + opts.l2));
    for (let i = 0; i < n; i++) residual[i]! -= step[node[i]! - inner]!;
    trees.push({ feature, threshold, leaf: step.map((v) => Number((v + (t === 0 ? base : 0)).toPrecision(4))) });
    opts.onTree?.(trees);
  }
  return trees;
}
