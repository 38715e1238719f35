// ROUGE-1/2/L F1 over Vietnamese syllables, as the project's VietNews summary evaluation scores them: NFC, lower-cased,
// punctuation dropped, numbers kept whole ("22/6", "2.132", "1,6" are one token each). Written here rather
// than borrowed: the common ROUGE packages tokenise for English (they drop every non-ASCII letter).

// A number with its inner separators first, so "22/6" is not read as "22" and "6"; then runs of letters
// and digits ("nông", "h5n1").
const TOKEN = /\p{N}+(?:[.,/:]\p{N}+)*|[\p{L}\p{M}\p{N}]+/gu;

export function rougeTokens(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

function prf(overlap: number, candidate: number, reference: number): Prf {
  const precision = candidate ? overlap / candidate : 0;
  const recall = reference ? overlap / reference : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function ngramCounts(tokens: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: n-grams of the candidate found in the reference, each counted at most as often as it occurs there. */
export function rougeN(candidate: readonly string[], reference: readonly string[], n: number): Prf {
  const cand = ngramCounts(candidate, n);
  const ref = ngramCounts(reference, n);
  let overlap = 0;
  for (const [g, c] of cand) overlap += Math.min(c, ref.get(g) ?? 0);
  return prf(overlap, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

function lcsLength(a: readonly string[], b: readonly string[]): number {
  // One row of the dynamic-programming table at a time.
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** ROUGE-L: the longest common subsequence of the two token sequences (the summary read as one text). */
export function rougeL(candidate: readonly string[], reference: readonly string[]): Prf {
  return prf(lcsLength(candidate, reference), candidate.length, reference.length);
}

export interface RougeScores {
  r1: Prf;
  r2: Prf;
  rL: Prf;
}

export function rouge(candidate: string, reference: string): RougeScores {
  const c = rougeTokens(candidate);
  const r = rougeTokens(reference);
  return { r1: rougeN(c, r, 1), r2: rougeN(c, r, 2), rL: rougeL(c, r) };
}
