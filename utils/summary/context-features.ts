// Features of a candidate sentence seen against the rest of the article: how much it shares with the opening
// sentences (a sapo restates the opening), how it compares with the other candidates in headline overlap and
// length, and a few marks of news form — "vừa" (has just), reported speech, names in capitals, a short
// opening clause before a comma ("Theo đó,", "Cụ thể,": the sentence leans on the one before it). Plain
// numbers from the text alone, so the extension, the CLI and the training script compute the same ones.
import { hasPhrase } from '../text/phrases';

export const CONTEXT_FEATURE_NAMES = [
  'openingOverlap', 'openingShare', 'capitals', 'leansOnPrevious', 'justNow', 'reportedSpeech',
  'absolutePosition', 'articleSize', 'relativeTitle', 'relativeLength',
] as const;

const JUST_NOW = ['vừa', 'mới đây'];
const REPORTED = ['cho biết', 'cho rằng', 'khẳng định', 'nhấn mạnh', 'chia sẻ', 'nói', 'thông tin'];
const OPENING = 3;

export interface ContextInput {
  text: string;
  /** Syllables of the sentence (its length). */
  syllables: number;
  /** Its content syllables: no stop-words, numbers or one-letter syllables. */
  content: ReadonlySet<string>;
}

function isUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

function othersInOpening(sets: readonly ReadonlySet<string>[], k: number, w: string): boolean {
  for (let o = 0; o < Math.min(OPENING, sets.length); o++) if (o !== k && sets[o]!.has(w)) return true;
  return false;
}

/** One row of CONTEXT_FEATURE_NAMES per candidate, in article order; `title` is the headline's content syllables. */
export function contextFeatures(candidates: readonly ContextInput[], title: ReadonlySet<string>): number[][] {
  const n = candidates.length;
  const sets = candidates.map((c) => c.content);
  const titleHits = sets.map((s) => {
    let h = 0;
    for (const w of title) if (s.has(w)) h++;
    return h;
  });
  // What the opening sentences say, for the sentences after them (each opening sentence is compared with the others).
  const opening = new Set<string>();
  for (let o = 0; o < Math.min(OPENING, n); o++) for (const w of sets[o]!) opening.add(w);
  const maxTitle = Math.max(1, ...titleHits);
  const meanLength = candidates.reduce((s, c) => s + c.syllables, 0) / Math.max(1, n);
  return candidates.map((c, k) => {
    const own = sets[k]!;
    let overlap = 0;
    let shared = 0;
    for (let o = 0; o < Math.min(OPENING, n); o++) {
      if (o === k) continue;
      let inter = 0;
      for (const w of own) if (sets[o]!.has(w)) inter++;
      const union = own.size + sets[o]!.size - inter;
      overlap = Math.max(overlap, union ? inter / union : 0);
    }
    for (const w of own) if (k < OPENING ? othersInOpening(sets, k, w) : opening.has(w)) shared++;
    const words = c.text.split(/\s+/);
    let capitals = 0;
    for (let i = 1; i < words.length; i++) if (isUpper(words[i]!)) capitals++;
    const comma = c.text.indexOf(',');
    const lower = c.text.toLowerCase();
    return [
      overlap,
      own.size ? shared / own.size : 0,
      words.length > 1 ? capitals / (words.length - 1) : 0,
      comma > 0 && c.text.slice(0, comma).split(/\s+/).length <= 3 ? 1 : 0,
      hasPhrase(lower, JUST_NOW) ? 1 : 0,
      hasPhrase(lower, REPORTED) ? 1 : 0,
      Math.min(k, 30) / 30,
      Math.min(n, 80) / 80,
      titleHits[k]! / maxTitle,
      meanLength ? c.syllables / meanLength : 0,
    ];
  });
}
