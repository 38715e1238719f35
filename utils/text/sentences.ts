// Sentence splitter for Vietnamese news text. A sentence ends at ".", "!", "?", "…" (or "./" — the
// closing mark of official texts) followed by white space and a capital, a digit or an opening quote — and at
// every line break, since the extractor separates paragraphs with blank lines. It does not end after
// abbreviations ("TP. Hồ Chí Minh", "TS. Nguyễn…", "PGS.TS."), initials ("Nguyễn V. A"), or inside numbers
// and codes ("2.132", "1,6", "Q.1", "17-NQ/HU"), which have no space after the dot.

export interface SentenceSpan {
  text: string;
  /** Offsets into the original text: text === source.slice(start, end). */
  start: number;
  end: number;
}

// Title and place abbreviations that take a dot and are followed by a capitalised name.
const ABBREVIATIONS = new Set(
  [
    'tp', 'tx', 'tt', 'q', 'p', 'h', 'x', 'ts', 'ths', 'pgs', 'gs', 'bs', 'ks', 'ls', 'ncs', 'cn', 'đ/c', 'đc', 'ông',
    'bà', 'st', 'nxb', 'tr', 'vd', 'v.v', 'bsck', 'bscki', 'bsckii', 'ttnd', 'ttưt', 'nsnd', 'nsưt', 'đ', 'mr', 'ms',
    'dr', 'no', 'tel', 'fax', 'pgs.ts', 'gs.ts', 'ths.bs', 'ths.ls',
  ],
);

// Terminal punctuation, closing quotes/brackets that stay with the sentence, and what may open the next one.
const TERMINAL = /[.!?…]/;
const BREAK_OR_TERMINAL = /[\n.!?…]/g;
const CLOSERS = /["”’»)\]]/;
const OPENERS = /[\p{Lu}\p{N}"“‘«([-]/u;

function isAbbreviationBefore(text: string, dot: number): boolean {
  let k = dot;
  while (k > 0 && /[\p{L}\p{M}./]/u.test(text[k - 1]!)) k--;
  const word = text.slice(k, dot);
  if (!word) return false;
  const lower = word.toLowerCase().normalize('NFC');
  if (ABBREVIATIONS.has(lower)) return true;
  // A single capital letter is an initial: "Nguyễn V. A", "H. Lan".
  if (/^\p{Lu}$/u.test(word)) return true;
  // Dotted chains of short capitals: "PGS.TS", "TS.BS".
  return /^(?:\p{Lu}[\p{L}]{0,3}\.)+\p{Lu}[\p{L}]{0,3}$/u.test(word);
}

export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ text: text.slice(a, b), start: a, end: b });
    start = end;
  };
  // Only line breaks and terminal marks can end a sentence: jump from one to the next.
  BREAK_OR_TERMINAL.lastIndex = 0;
  for (let m = BREAK_OR_TERMINAL.exec(text); m; m = BREAK_OR_TERMINAL.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '\n') {
      push(i);
      continue;
    }
    // Take the whole run of terminal marks and closers: "...", "?!", "./", ".”", "…)".
    let j = i + 1;
    while (j < text.length && (TERMINAL.test(text[j]!) || CLOSERS.test(text[j]!) || (text[j] === '/' && text[j + 1] === '.'))) j++;
    // A sentence ends only before white space…
    if (j < text.length && !/\s/.test(text[j]!)) {
      BREAK_OR_TERMINAL.lastIndex = j;
      continue;
    }
    let k = j;
    while (k < text.length && /[^\S\n]/.test(text[k]!)) k++;
    const next = text[k];
    // …followed by the start of a new sentence (a lower-case word continues: "… 3 tr. đồng", "Ellipsis… and").
    const endsText = next === undefined || next === '\n';
    if (!endsText && !OPENERS.test(next!)) {
      BREAK_OR_TERMINAL.lastIndex = j;
      continue;
    }
    if (c === '.' && j === i + 1 && isAbbreviationBefore(text, i)) {
      BREAK_OR_TERMINAL.lastIndex = j;
      continue;
    }
    push(j);
    BREAK_OR_TERMINAL.lastIndex = j;
  }
  push(text.length);
  return out;
}
