// Search tokens. Vietnamese is written as space-separated syllables, so a token is one syllable (or number),
// folded with foldForSearch: "Tuyên Vận" → ["tuyen", "van"], "Đảng" → ["dang"]. Combining marks are part of a
// word here because some pages (baodautu) ship NFD text, where "ệ" is "e" + two marks.
import { foldForSearch } from '../text/fold';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Longer "words" are URLs, base64 or hashes glued into the text: not worth indexing. */
export const MAX_TOKEN_LENGTH = 32;

export interface TokenSpan {
  token: string;
  /** UTF-16 offsets into the original string. */
  start: number;
  end: number;
}

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
/** BMP code → 1 word character, 2 not, 0 not looked at yet. Search splits up to twenty whole articles per
 *  keystroke: a table and a loop cost a third of matchAll(), which builds a match array for every word. */
const wordTable = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) wordTable[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;

/** Calls `word(start, end)` for each run of letters, marks and digits in `s` (as /[\p{L}\p{M}\p{N}]+/gu would). */
function eachWord(s: string, word: (start: number, end: number) => void): void {
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let width = 1;
    let isWord: boolean;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const low = s.charCodeAt(i + 1);
      width = low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
      isWord = width === 2 && WORD_CHAR.test(s.slice(i, i + 2));
    } else {
      let k = wordTable[c]!;
      if (k === 0) k = wordTable[c] = WORD_CHAR.test(s[i]!) ? 1 : 2;
      isWord = k === 1;
    }
    if (isWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      word(start, i);
      start = -1;
    }
    i += width - 1;
  }
  if (start >= 0) word(start, s.length);
}

/** Tokens with their offsets in the original (unfolded) text, for snippets and highlighting. */
export function tokenSpans(s: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  // Fast path: folding the whole string at once is one normalize() call instead of one per word. When the
  // folded text has the same length (NFC text: every letter folds to one letter), offsets line up 1:1.
  const folded = foldForSearch(s);
  if (folded.length === s.length) {
    eachWord(folded, (start, end) => {
      if (end - start <= MAX_TOKEN_LENGTH) out.push({ token: folded.slice(start, end), start, end });
    });
    return out;
  }
  for (const m of s.matchAll(WORD)) {
    const token = foldForSearch(m[0]);
    if (token.length === 0 || token.length > MAX_TOKEN_LENGTH) continue;
    out.push({ token, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Folded tokens only (indexing and queries). */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  // Offsets do not matter here, so fold once and split (NFD input folds shorter, which is fine).
  const folded = foldForSearch(s);
  eachWord(folded, (start, end) => {
    if (end - start <= MAX_TOKEN_LENGTH) out.push(folded.slice(start, end));
  });
  return out;
}

/** Per-word folding (kept for reference and tests: must agree with tokenize). */
export function tokenizeByWord(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(WORD)) {
    const token = foldForSearch(m[0]);
    if (token.length > 0 && token.length <= MAX_TOKEN_LENGTH) out.push(token);
  }
  return out;
}
