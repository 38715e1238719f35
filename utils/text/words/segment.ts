// Vietnamese word boundaries. Vietnamese is written syllable by syllable ("bảo hiểm y tế" is two words of two
// syllables), so a label cut after any syllable can cut a word in half ("tỷ lệ bao" for "tỷ lệ bao phủ") and
// a function word matched syllable by syllable can be half of a noun ("bị" of "bị cáo", "năm" of "năm
// ngoái"). The words come from a dictionary (word-list.ts): the syllables are split into the fewest words
// the dictionary allows, a syllable it does not join standing alone.
import { WORD_LIST } from './word-list';
import { wordKey } from './word-key';

/** The longest word in the list, in syllables. */
const MAX_SYLLABLES = 4;

// First syllable → ",rest,rest,…,": a few thousand entries, read once and only when a label is first cut;
// a set of every word would cost several times as long to build, on the popup's way to its first paint.
let heads: Map<string, string> | null = null;

function dictionary(): Map<string, string> {
  if (heads) return heads;
  heads = new Map();
  for (const line of WORD_LIST.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) heads.set(line.slice(0, colon), `,${line.slice(colon + 1)},`);
  }
  return heads;
}

/** Is `rest` (syllables after the first, space-separated, keyed) a word after the keyed `head`? */
function has(dict: Map<string, string>, head: string, rest: string): boolean {
  return dict.get(head)?.includes(`,${rest},`) ?? false;
}

/** Is the phrase (syllables separated by single spaces) one word of the list? */
export function isWord(phrase: string): boolean {
  const key = wordKey(phrase);
  const space = key.indexOf(' ');
  return space > 0 && has(dictionary(), key.slice(0, space), key.slice(space + 1));
}

/**
 * Where the words end in a run of syllables: `ends[k]` is true when a word ends with syllable k. Tokens that
 * are not syllables (numbers, signs) are words of their own. The split has the fewest words the list allows;
 * of equal splits, the one whose first word is longest.
 */
export function wordEnds(syllables: readonly string[]): boolean[] {
  const n = syllables.length;
  const keys = syllables.map(wordKey);
  const dict = dictionary();
  // best[k]: fewest words for syllables k…n-1, and the length of the first of them.
  const best = new Array<number>(n + 1).fill(0);
  const first = new Array<number>(n).fill(1);
  for (let k = n - 1; k >= 0; k--) {
    best[k] = best[k + 1]! + 1;
    const words = dict.get(keys[k]!);
    if (!words) continue;
    let rest = '';
    for (let len = 2; len <= MAX_SYLLABLES && k + len <= n; len++) {
      rest += `${len > 2 ? ' ' : ''}${keys[k + len - 1]}`;
      if (words.includes(`,${rest},`) && best[k + len]! + 1 <= best[k]!) {
        best[k] = best[k + len]! + 1;
        first[k] = len;
      }
    }
  }
  const ends = new Array<boolean>(n).fill(false);
  for (let k = 0; k < n; k += first[k]!) ends[k + first[k]! - 1] = true;
  return ends;
}
