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

const FOLDED_WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Tokens with their offsets in the original (unfolded) text, for snippets and highlighting. */
export function tokenSpans(s: string): TokenSpan[] {
  const out: TokenSpan[] = [];
  // Fast path: folding the whole string at once is one normalize() call instead of one per word. When the
  // folded text has the same length (NFC text: every letter folds to one letter), offsets line up 1:1.
  const folded = foldForSearch(s);
  if (folded.length === s.length) {
    for (const m of folded.matchAll(FOLDED_WORD)) {
      if (m[0].length > MAX_TOKEN_LENGTH) continue;
      out.push({ token: m[0], start: m.index, end: m.index + m[0].length });
    }
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
  for (const m of foldForSearch(s).matchAll(FOLDED_WORD)) {
    if (m[0].length <= MAX_TOKEN_LENGTH) out.push(m[0]);
  }
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
