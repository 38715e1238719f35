// Tokeniser for the key-figure grammar. Vietnamese number phrases are sequences of small pieces
// ("trên" "1,6" "tỷ" "đồng", "25" "/" "3" "/" "2023", "219,2" "m" "3"), so the grammar works on tokens
// rather than on raw characters: every rule can look at the word before or after a number and at whether
// two pieces touch ("3m", "thêm100") or are separated by a space or a line break.

export type TokenType = 'num' | 'word' | 'sym';

export interface Token {
  type: TokenType;
  /** Exactly source.slice(start, end). */
  text: string;
  /** NFC, lower-cased: "Đồng" and an NFD "đồng" (seen on baodautu.vn) both become "đồng". */
  lower: string;
  start: number;
  end: number;
  /** The whitespace before this token contains a line break: paragraphs and table cells never share a figure. */
  nl: boolean;
}

// A number is digits with inner "." or "," groups ("2.350.000.000", "1.234,56", "0214.3852.123", "4.1.2017");
// a separator only belongs to the number when a digit follows it, so "năm 2023." ends with a "." token.
// A word is a run of letters and combining marks (NFD text keeps its marks inside the word).
// Anything else that is not whitespace is a one-character symbol ("/", "-", "%", "²", "(").
// The tokens are those of /(\d+(?:[.,]\d+)*)|([\p{L}\p{M}]+)|(\S)/gu, read by a scanner over character
// classes instead: the regex built a match array for every token (a third of what finding figures
// allocated).
const HAS_COMBINING = /[\u0300-\u036f]/;

const OTHER = 1;
const DIGIT = 2;
const LETTER = 3; // \p{L} or \p{M}
const SPACE = 4; // \s
const PAIR = 8;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const WHITE_SPACE = /^\s$/u;
/** Class of each BMP code unit, filled on first sight (0: not seen yet). */
const bmpClass = new Uint8Array(0x10000);
const astralClass = new Map<number, number>();

function classify(ch: string): number {
  return WHITE_SPACE.test(ch) ? SPACE : LETTER_OR_MARK.test(ch) ? LETTER : OTHER;
}

/** Class of the code point at i, plus 8 when it takes two code units (a surrogate pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
      let cls = astralClass.get(cp);
      if (cls === undefined) {
        cls = classify(String.fromCodePoint(cp));
        astralClass.set(cp, cls);
      }
      return cls + PAIR;
    }
  }
  let cls = bmpClass[c]!;
  if (cls === 0) {
    cls = c >= 48 && c <= 57 ? DIGIT : c >= 0xd800 && c <= 0xdfff ? OTHER : classify(String.fromCharCode(c));
    bmpClass[c] = cls;
  }
  return cls;
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** Repeats of one symbol from which the run is a single token ("..." stays three tokens, "...." is one). */
const SYMBOL_RUN = 4;

/**
 * The tokens of `text`, at most `maxTokens` of them: callers that bound their work stop at the last token
 * returned (its `end`), so every offset stays an offset into `text`.
 */
export function tokenize(text: string, maxTokens = Infinity): Token[] {
  const tokens: Token[] = [];
  const decomposed = HAS_COMBINING.test(text);
  let last = 0;
  let nextNl = text.indexOf('\n');
  for (let i = 0; i < text.length && tokens.length < maxTokens; ) {
    const at = classAt(text, i);
    const cls = at & 7;
    const size = at & PAIR ? 2 : 1;
    if (cls === SPACE) {
      i += size;
      continue;
    }
    const start = i;
    let type: TokenType;
    if (cls === DIGIT) {
      // \d+(?:[.,]\d+)*: a separator belongs to the number only when a digit follows it.
      type = 'num';
      i++;
      for (;;) {
        while (i < text.length && isDigit(text, i)) i++;
        const sep = text.charCodeAt(i);
        if ((sep === 46 || sep === 44) && i + 1 < text.length && isDigit(text, i + 1)) i++;
        else break;
      }
    } else if (cls === LETTER) {
      type = 'word';
      i += size;
      while (i < text.length) {
        const next = classAt(text, i);
        if ((next & 7) !== LETTER) break;
        i += next & PAIR ? 2 : 1;
      }
    } else {
      type = 'sym';
      i += size;
      // A run of one repeated symbol ("-----", "……", "=====") is one token: no figure rule reads such a run,
      // and a 2 MB run of "-" would otherwise make two million tokens.
      if (size === 1) {
        const c = text.charCodeAt(start);
        let j = i;
        while (j < text.length && text.charCodeAt(j) === c) j++;
        if (j - start >= SYMBOL_RUN) i = j;
      }
    }
    const raw = text.slice(start, i);
    const lower = type === 'num' ? raw : (decomposed ? raw.normalize('NFC') : raw).toLowerCase();
    // Is there a line break between the previous token and this one?
    while (nextNl !== -1 && nextNl < last) nextNl = text.indexOf('\n', nextNl + 1);
    const nl = nextNl !== -1 && nextNl < start;
    tokens.push({ type, text: raw, lower, start, end: i, nl });
    last = i;
  }
  return tokens;
}

/** True when token j touches the token before it (no whitespace between). */
export function glued(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  const p = tokens[j - 1];
  return !!t && !!p && p.end === t.start;
}

/** True when token j follows token j-1 on the same line (glued or separated by spaces only). */
export function sameLine(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  return !!t && j > 0 && !t.nl;
}

export function isWord(t: Token | undefined, lower?: string): boolean {
  return !!t && t.type === 'word' && (lower === undefined || t.lower === lower);
}

export function isSym(t: Token | undefined, chars: string): boolean {
  return !!t && t.type === 'sym' && chars.includes(t.text);
}

/** A capitalised word: a proper name ("Trần Phú") or the start of a sentence. */
export function isCapitalised(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.text[0] !== t.lower[0];
}

/** An all-capitals abbreviation of two letters or more: "RON", "QL", "UBND", "COVID". */
export function isAcronym(t: Token | undefined): boolean {
  return !!t && t.type === 'word' && t.text.length >= 2 && t.text === t.text.toUpperCase() && t.text !== t.lower;
}

/**
 * Multi-word phrase table with longest-match lookup on tokens ("đô la Mỹ", "chưa đến", "suất quà").
 * Phrases are tokenised with the same tokenizer, so "đô-la" matches the three tokens "đô" "-" "la".
 */
export class PhraseTable<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<[string, T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  add(phrase: string, value: T): void {
    const words = tokenize(phrase).map((t) => t.lower);
    const first = words[0];
    if (first === undefined) return;
    const list = this.byFirst.get(first) ?? [];
    list.push({ words, value });
    // Longest phrases first, so "ngày công" wins over "ngày".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(first, list);
  }

  /** The longest phrase starting at token i (same line throughout), or null. `end` is exclusive. */
  match(tokens: Token[], i: number): { value: T; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const list = this.byFirst.get(first.lower);
    if (!list) return null;
    for (const { words, value } of list) {
      let ok = true;
      for (let k = 1; k < words.length; k++) {
        const t = tokens[i + k];
        if (!t || t.lower !== words[k] || t.nl) { ok = false; break; }
      }
      if (ok) return { value, end: i + words.length };
    }
    return null;
  }

  /** The longest phrase that ends right before token i (same line throughout), or null. */
  matchBefore(tokens: Token[], i: number): { value: T; start: number } | null {
    for (let len = 4; len >= 1; len--) {
      const s = i - len;
      const first = tokens[s];
      if (!first) continue;
      for (const { words, value } of this.byFirst.get(first.lower) ?? []) {
        if (words.length !== len) continue;
        let ok = true;
        for (let k = 1; k < len; k++) {
          const t = tokens[s + k]!;
          if (t.lower !== words[k] || t.nl) { ok = false; break; }
        }
        if (ok && !tokens[i]?.nl) return { value, start: s };
      }
    }
    return null;
  }
}
