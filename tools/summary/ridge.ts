// Ridge regression from streamed sums (XᵀX, Xᵀy), so training never holds the whole data set in memory.
// The penalty is scaled by each feature's variance — the same as standardising the features first — and
// the bias is not penalised. Deterministic: plain Gaussian elimination with partial pivoting.

export class RidgeAccumulator {
  readonly xtx: Float64Array;
  readonly xty: Float64Array;
  readonly sum: Float64Array;
  readonly sumSq: Float64Array;
  rows = 0;

  constructor(readonly size: number) {
    this.xtx = new Float64Array(size * size);
    this.xty = new Float64Array(size);
    this.sum = new Float64Array(size);
    this.sumSq = new Float64Array(size);
  }

  add(x: readonly number[], y: number): void {
    const d = this.size;
    for (let i = 0; i < d; i++) {
      const xi = x[i]!;
      if (xi === 0) continue;
      this.xty[i]! += xi * y;
      this.sum[i]! += xi;
      this.sumSq[i]! += xi * xi;
      for (let j = 0; j < d; j++) this.xtx[i * d + j]! += xi * x[j]!;
    }
    this.rows++;
  }

  /** Weights minimising squared error + lambda·rows·Σ var_j·w_j² (feature 0 is the bias, unpenalised). */
  solve(lambda: number): number[] {
    const d = this.size;
    const n = Math.max(1, this.rows);
    const a = Array.from({ length: d }, (_, i) => {
      const row = Array.from(this.xtx.subarray(i * d, i * d + d));
      if (i > 0) {
        const mean = this.sum[i]! / n;
        const variance = Math.max(this.sumSq[i]! / n - mean * mean, 1e-9);
        row[i]! += lambda * n * variance;
      }
      row.push(this.xty[i]!);
      return row;
    });
    return solveLinear(a, d);
  }
}

/** Solves the augmented system a (d rows of d+1 numbers) in place. */
export function solveLinear(a: number[][], d: number): number[] {
  for (let c = 0; c < d; c++) {
    let pivot = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const p = a[c]![c]!;
    if (Math.abs(p) < 1e-12) continue; // a feature that never varies keeps weight 0
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / p;
      if (f === 0) continue;
      for (let k = c; k <= d; k++) a[r]![k]! -= f * a[c]![k]!;
    }
  }
  return a.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[d]! / row[i]!));
}
