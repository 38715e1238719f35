// One measured quantity in `npm run bench`; names are stable from run to run (tools/bench/results.json).
export interface BenchResult {
  name: string;
  unit: 'ms' | 'ratio' | 'KB' | 'MB' | 'count';
  median: number;
  p95: number | null;
  /** Budget from tools/bench/budgets.json, filled in by the harness. */
  budget?: number | null;
  ok?: boolean | null;
  note?: string;
  /** The raw samples, where their spread matters (the popup timings). */
  samples?: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarise(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: percentile(s, 50), p95: percentile(s, 95) };
}
