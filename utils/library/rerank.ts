// The second pass of search: the postings (search-index.ts) only know which words an article has, so
// "bao hiem y te" scores an article with "bảo hiểm y tế" the same as one with "hiếm" in one paragraph and
// "tế" in another. Here the best candidates are read word by word: the query as a phrase (folded, so an
// unaccented query matches the accented words that fold to it as a unit), the words close together, the
// reader's own diacritics, and where in the article they are (title and site name, then lead, then body).
import { foldForSearch } from '../text/fold';
import { tokenize, tokenSpans, type TokenSpan } from './tokenize';

export interface RerankFields {
  title: string;
  siteName: string | null;
  lead: string;
  text: string;
  /** The words of `text` with their offsets (from its start), when the caller has them already (search's snippet). */
  textSpans?: readonly TokenSpan[];
}

/** Bodies longer than this are read only this far: enough to see what an article is about, and bounded in time. */
const TEXT_CHARS = 8_000;
/** Boosts as fractions of the word score: a phrase in the title roughly triples an article's score. A site's
 *  name in the query is deliberate ("nguoi lao dong" for the paper), so it counts above the title. */
const PHRASE_BOOST = { title: 2, siteName: 3, lead: 0.8, text: 0.5 } as const;
/** Each further use of the phrase in the body adds this, up to REPEAT_CAP uses: an article about health
 *  insurance names it again and again, one that mentions it in passing does not. */
const REPEAT_BOOST = 0.15;
const REPEAT_CAP = 6;
/** All the words within a few words of each other, though not as the exact phrase ("bảo hiểm xã hội, y tế"). */
const NEAR_BOOST = 0.3;
const NEAR_SLACK = 3;
/** Query words found only far apart ("hiếm" in one sentence, "tế" in another) are not what the reader meant:
 *  such an article keeps this share of its word score, below any article with the words together. */
const SCATTERED = 0.4;
/** A document number ("17-NQ/HU", "15/2020/NĐ-CP") found as written anywhere names the very document. */
const CODE_BOOST = 6;
const CODE = /^\s*[\p{L}\p{N}]*\p{N}[\p{L}\p{N}]*(?:[-/.][\p{L}\p{N}]+)+\s*$/u;

/** The words exactly as the reader typed them, diacritics included ("đảng viên", not "đang viên"). */
const EXACT_BOOST = 0.6;

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Lower-cased words with their diacritics kept (NFC), for the reader's exact spelling. */
function exactWords(s: string): string[] {
  return [...s.normalize('NFC').toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** Where `phrase` occurs in `tokens` as consecutive tokens (start indexes); the last one may be a prefix (still typing). */
function phraseAt(tokens: readonly string[], phrase: readonly string[], lastIsPrefix: boolean): number[] {
  const n = phrase.length;
  const at: number[] = [];
  outer: for (let i = 0; i + n <= tokens.length; i++) {
    for (let k = 0; k < n; k++) {
      const t = tokens[i + k]!;
      const p = phrase[k]!;
      if (t === p) continue;
      if (lastIsPrefix && k === n - 1 && t.startsWith(p)) continue;
      continue outer;
    }
    at.push(i);
  }
  return at;
}

function countPhrase(tokens: readonly string[], phrase: readonly string[], lastIsPrefix: boolean): number {
  return phraseAt(tokens, phrase, lastIsPrefix).length;
}

/** True when the text spells, at one of the places its folded words match the query, the reader's exact words. */
function exactInText(text: string, spans: readonly TokenSpan[], tokens: readonly string[], words: readonly string[], typed: readonly string[], lastIsPrefix: boolean): boolean {
  return phraseAt(tokens, words, lastIsPrefix).some((i) =>
    typed.every((w, k) => {
      const s = spans[i + k]!;
      const written = text.slice(s.start, s.end).normalize('NFC').toLowerCase();
      return written === w || (lastIsPrefix && k === typed.length - 1 && written.startsWith(w));
    }),
  );
}

/** True when every query word occurs inside some window of (words + NEAR_SLACK) tokens. */
function near(tokens: readonly string[], words: readonly string[]): boolean {
  const want = new Set(words);
  const span = words.length + NEAR_SLACK;
  const seen = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!want.has(t)) continue;
    seen.set(t, i);
    if (seen.size === want.size && Math.min(...seen.values()) > i - span) return true;
  }
  return false;
}

/**
 * The factor (≥ 1) by which an article's word score is multiplied. `query` is what the reader typed; the
 * last word counts as a prefix while the reader is still typing (`lastIsPrefix`).
 */
export function relevanceFactor(query: string, lastIsPrefix: boolean, f: RerankFields): number {
  const words = tokenize(query);
  if (words.length === 0) return 1;
  // The lead is usually the text's first paragraph: counted once, as the lead, not again as body.
  const from = f.lead !== '' && f.text.startsWith(f.lead) ? f.lead.length : 0;
  const to = from + TEXT_CHARS;
  const bodySpans = (f.textSpans ?? tokenSpans(f.text.slice(0, to))).filter((s) => s.start >= from && s.end <= to);
  const fields = { title: f.title, siteName: f.siteName ?? '', lead: f.lead };
  const tokens = { title: tokenize(fields.title), siteName: tokenize(fields.siteName), lead: tokenize(fields.lead), text: bodySpans.map((s) => s.token) };
  let boost = 0;
  if (words.length > 1) {
    for (const key of ['title', 'siteName', 'lead', 'text'] as const) {
      const count = countPhrase(tokens[key], words, lastIsPrefix);
      if (count > 0) boost += PHRASE_BOOST[key] + (key === 'text' ? REPEAT_BOOST * Math.min(count - 1, REPEAT_CAP) : 0);
    }
    if (boost > 0 && CODE.test(query)) boost += CODE_BOOST;
    // A '.' token between fields: words at the end of the title and the start of the lead are not "near".
    if (boost === 0 && near([...tokens.title, '.', ...tokens.lead, '.', ...tokens.text], words)) boost += NEAR_BOOST;
  }
  if (words.length > 1 && boost === 0) boost = SCATTERED - 1;
  // Only when the reader typed diacritics: an unaccented query means every accented form equally.
  if (foldForSearch(query) !== query.normalize('NFC').toLowerCase()) {
    const typed = exactWords(query);
    // The body is checked only where its folded words already match: reading all of it again costs as much as folding it.
    const exact =
      typed.length === words.length
        ? countPhrase(exactWords(`${fields.title} ${fields.lead}`), typed, lastIsPrefix) > 0 || exactInText(f.text, bodySpans, tokens.text, words, typed, lastIsPrefix)
        : countPhrase(exactWords(`${fields.title} ${fields.lead} ${f.text.slice(from, to)}`), typed, lastIsPrefix) > 0;
    if (typed.length > 0 && exact) boost += EXACT_BOOST;
  }
  return 1 + boost;
}
