// Picking the summary from scored candidates: maximal marginal relevance. Each pick is the best remaining
// sentence after a penalty for repeating what is already picked — its terms (Jaccard similarity of content
// syllables and bigrams) and its figures (the same amount stated twice). Short sentences come first where
// the text has enough of them, and the whole summary stays within a character budget. Past the first few
// bullets a sentence must also score well enough on its own: a bullet that adds little to what the reader
// already has costs reading time (and on VietNews, agreement with the sapo).
import type { CandidateFacts } from './features';

export interface SelectOptions {
  want: number;
  /** Penalty per unit of Jaccard similarity with the most similar pick. */
  redundancy: number;
  /** Penalty when the sentence repeats a figure already picked. */
  repeatedFigure: number;
  /** Sentences longer than this (syllables) are taken only when too few shorter ones are left. */
  maxSyllables: number;
  /** Characters the whole summary may take. */
  budget: number;
  /** Bullets taken whatever their score (when the text has them). */
  freeBullets: number;
  /** The least score, after the penalties, of a bullet beyond the free ones. */
  minScore: number;
}

const NEAR_DUPLICATE = 0.6;

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let inter = 0;
  for (const t of a) if (b.has(t)) inter++;
  const union = a.size + b.size - inter;
  return union === 0 ? 0 : inter / union;
}

/** [index of the shortest eligible sentence, its length, the second shortest length] (Infinity where there is none). */
function shortestTwo(lengths: readonly number[], eligible: (k: number) => boolean): number[] {
  let first = -1;
  let a = Infinity;
  let b = Infinity;
  for (let k = 0; k < lengths.length; k++) {
    if (!eligible(k)) continue;
    if (lengths[k]! < a) {
      b = a;
      a = lengths[k]!;
      first = k;
    } else if (lengths[k]! < b) b = lengths[k]!;
  }
  return [first, a, b];
}

/** Indexes of the picked candidates, in article order. */
export function selectSentences(
  scores: readonly number[],
  facts: readonly CandidateFacts[],
  lengths: readonly number[],
  opts: SelectOptions,
): number[] {
  const terms = facts.map((f) => new Set(f.terms));
  const shortCount = facts.filter((f) => f.length <= opts.maxSyllables).length;
  const allowLong = shortCount < opts.want;
  const chosen: number[] = [];
  const shownFigures = new Set<string>();
  let used = 0;
  const taken = new Uint8Array(scores.length);
  const eligible = (k: number) => !taken[k] && (allowLong || facts[k]!.length <= opts.maxSyllables);
  const bestPick = (room: number[] | null): { best: number; bestScore: number } => {
    let best = -1;
    let bestScore = -Infinity;
    for (let k = 0; k < scores.length; k++) {
      if (!eligible(k) || used + lengths[k]! > opts.budget) continue;
      if (room && used + lengths[k]! + (room[0] === k ? room[2]! : room[1]!) > opts.budget) continue;
      let overlap = 0;
      for (const c of chosen) overlap = Math.max(overlap, jaccard(terms[k]!, terms[c]!));
      if (overlap > NEAR_DUPLICATE) continue;
      const repeats = facts[k]!.figures.some((f) => shownFigures.has(f)) ? 1 : 0;
      const adjusted = scores[k]! - opts.redundancy * overlap - opts.repeatedFigure * repeats;
      // Ties go to the earlier sentence.
      if (adjusted > bestScore) {
        bestScore = adjusted;
        best = k;
      }
    }
    return { best, bestScore };
  };
  while (chosen.length < opts.want) {
    // While another free bullet is to come, a pick must leave budget for the shortest other sentence, so one
    // long bullet does not crowd out the bullets the reader is promised (unless no pick leaves that room).
    let picked = { best: -1, bestScore: -Infinity };
    if (Math.min(opts.want, opts.freeBullets) - chosen.length > 1) picked = bestPick(shortestTwo(lengths, eligible));
    if (picked.best < 0) picked = bestPick(null);
    const { best, bestScore } = picked;
    if (best < 0 || (chosen.length >= opts.freeBullets && bestScore < opts.minScore)) break;
    taken[best] = 1;
    chosen.push(best);
    used += lengths[best]!;
    for (const f of facts[best]!.figures) shownFigures.add(f);
  }
  return chosen.sort((a, b) => a - b);
}
