// The words a chip label is read from and cut by. A label is built syllable by syllable (the link words and
// stops it looks for are syllables or runs of them), but it may only begin, end or be cut where a Vietnamese
// word ends: "bị" is a link in "bị phạt" and half of a noun in "bị cáo", "năm" a time word in "năm 2023" and
// half of "năm ngoái". Each syllable carries whether a word ends with it (utils/text/words).
import { wordEnds } from '../text/words/segment';

export interface Word {
  text: string;
  lower: string;
  /** A word ends with this syllable (false inside "bảo hiểm" after "bảo"). */
  end: boolean;
}

// A word, or a name or code that starts with a letter ("VN30", "COVID-19", "TP.HCM"), or any other run of
// non-spaces (a comma stands alone, for the lists of a document's subject).
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\d]*(?:[-.][\p{L}\p{M}\d]+)*|,|[^\s,]+/gu;

export function wordsOf(s: string): Word[] {
  const texts = s.match(TOKEN) ?? [];
  const ends = wordEnds(texts);
  return texts.map((text, k) => ({ text, lower: text.normalize('NFC').toLowerCase(), end: ends[k]! }));
}

// Phrases are split once: labels are read for a few dozen chips per article, each trying every link.
const PARTS = new Map<string, string[]>();
export const partsOf = (phrase: string): string[] => {
  let parts = PARTS.get(phrase);
  if (!parts) PARTS.set(phrase, (parts = phrase.split(' ')));
  return parts;
};

/** Does a word start at k (the syllable before it ends a word)? */
export const startsWord = (words: readonly Word[], k: number): boolean => k === 0 || words[k - 1]!.end;

/**
 * Do the words at k begin with `phrase` (lower-case syllables, space-separated), as whole words? Returns how
 * many syllables it takes, or 0. "bị" matches "bị phạt" but not "bị cáo".
 */
export function startsWith(words: readonly Word[], k: number, phrase: string): number {
  const parts = partsOf(phrase);
  if (!startsWord(words, k)) return 0;
  for (let p = 0; p < parts.length; p++) if (words[k + p]?.lower !== parts[p]) return 0;
  return words[k + parts.length - 1]!.end ? parts.length : 0;
}

export function endsWith(words: readonly Word[], phrase: string): number {
  const k = words.length - partsOf(phrase).length;
  return k >= 0 ? startsWith(words, k, phrase) : 0;
}

/** The first `n` syllables at most, ending where a word ends (fewer when the n-th is inside a word). */
export function cutAtWord(words: readonly Word[], n: number): Word[] {
  if (words.length <= n) return [...words];
  let k = n;
  while (k > 0 && !words[k - 1]!.end) k--;
  return words.slice(0, k);
}

/** The syllables up to the last one that ends a word (a label never stops inside a word). */
export function toWordEnd(words: readonly Word[]): Word[] {
  let k = words.length;
  while (k > 0 && !words[k - 1]!.end) k--;
  return words.slice(0, k);
}

/** The last whole word of `words` (its syllables), lower-case and space-separated. */
export function lastWord(words: readonly Word[]): { text: string; syllables: number } {
  let k = words.length - 1;
  while (k > 0 && !words[k - 1]!.end) k--;
  return { text: words.slice(k).map((w) => w.lower).join(' '), syllables: words.length - k };
}
