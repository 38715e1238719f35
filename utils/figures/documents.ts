// References to official documents: a type word, optionally a name and "số", then the number and symbol
// ("Nghị quyết số 17-NQ/HU", "Quyết định số 1234/QĐ-UBND", "Luật Đất đai số 31/2024/QH15",
// "Nghị định 15/2020/NĐ-CP"). The code decides: "06/2018" after "Nghị định" is a document, not a date.
import type { Figure } from '../model/figure';
import { type Token, PhraseTable, isCapitalised, isWord } from './tokens';
import { matchUnit } from './units';

const DOCUMENT_TYPES = new PhraseTable<true>(
  [
    'nghị quyết', 'quyết định', 'nghị định', 'chỉ thị', 'thông tư', 'thông tư liên tịch', 'kế hoạch', 'công văn',
    'quy định', 'luật', 'bộ luật', 'pháp lệnh', 'thông báo', 'thông báo kết luận', 'hướng dẫn', 'báo cáo', 'tờ trình',
    'công điện', 'bản án', 'quyết định thi hành án', 'kết luận', 'chương trình', 'chương trình hành động', 'đề án',
    'văn bản', 'lệnh', 'biên bản', 'giấy phép', 'điện', 'thông tri', 'quy chế', 'hiến pháp', 'nghị quyết liên tịch',
    'sắc lệnh', 'quyết định xử phạt', 'giấy chứng nhận', 'đề cương', 'phương án', 'dự thảo',
  ].map((w): [string, true] => [w, true]),
);

// Number and symbol: digits, then "/" or "-" separated parts that start with a digit or a capital
// ("17-NQ/HU", "15/2020/NĐ-CP", "31/2024/QH15", "123/TTr-UBND"). Trailing punctuation is not part of it.
const CODE = /\d{1,6}[a-z]?(?:[/-][0-9A-ZĐ][0-9A-Za-zĐđ]*)+/uy;
// A bare code needs an all-capitals symbol part to be told from a ratio or a date ("8/19", "25/3/2023").
const SYMBOL_PART = /[/-][A-ZĐ]{2,}/u;
const DATE_LIKE = /^\d{1,2}\/\d{1,2}\/\d{4}$/;

/** A code starting at character `at`, or null. It must contain a "/". */
function readCode(text: string, at: number): string | null {
  CODE.lastIndex = at;
  const m = CODE.exec(text);
  if (!m || !m[0].includes('/')) return null;
  return m[0];
}

/** The index of the first token at or after character position `pos`. */
function tokenAt(tokens: Token[], from: number, pos: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < pos) k++;
  return k;
}

// Types that news names by number alone: "Nghị quyết 57", "Đề án 06", "Nghị định số 68 ngày 5-3".
const NUMBERED_TYPES = new Set(['nghị quyết', 'quyết định', 'nghị định', 'chỉ thị', 'thông tư', 'kế hoạch', 'công văn', 'đề án', 'kết luận', 'công điện', 'tờ trình', 'báo cáo', 'thông báo', 'hướng dẫn']);

/**
 * A reference by number only, right after the type word (optionally "số"): a short number that is not a year
 * and is not followed by a code, a unit or a scale ("Kế hoạch 2024" is a year, "kế hoạch 5 năm" a span).
 */
function shortReference(tokens: Token[], typeStart: number, typeEnd: number, numAt: number): boolean | null {
  const typeWords = tokens.slice(typeStart, typeEnd).map((t) => t.lower).join(' ');
  if (!NUMBERED_TYPES.has(typeWords)) return null;
  const withSo = numAt === typeEnd + 1;
  if (!withSo && numAt !== typeEnd) return null;
  const num = tokens[numAt]!;
  if (!/^\d{1,4}$/.test(num.text) || (!withSo && /^(19|20)\d\d$/.test(num.text))) return null;
  const next = tokens[numAt + 1];
  // Glued to anything but closing punctuation: a code ("17-NQ/HU") or a unit ("5m").
  if (next && next.start === num.end && !(next.type === 'sym' && ',.;:)'.includes(next.text))) return null;
  if (next && !next.nl && next.type === 'word') {
    if (!DOCUMENT_FOLLOWERS.has(next.lower)) return null;
    // "kế hoạch 5 năm" is a span; "Nghị quyết 57 năm 2024" and "Nghị định 68 ngày 5-3" give the document's date.
    const dated = (next.lower === 'năm' || next.lower === 'ngày') && tokens[numAt + 2]?.type === 'num';
    if (matchUnit(tokens, numAt + 1) && !dated) return null;
  }
  return true;
}

// Words that may follow a document's number: its date, issuer or subject ("Nghị quyết 57 của Bộ Chính trị").
const DOCUMENT_FOLLOWERS = new Set(['ngày', 'của', 'về', 'năm', 'và', 'hoặc', 'đã', 'được', 'đề', 'ban', 'có', 'quy', 'trong', 'tại', 'là', 'thì', 'với', 'nhằm', 'do', 'theo', 'này']);

export interface DocumentMatch {
  figure: Figure;
  startToken: number;
  endToken: number;
}

/** Every document reference in the text, in order. */
export function findDocuments(text: string, tokens: Token[], blocked: Uint8Array): DocumentMatch[] {
  // `blocked` is only consulted for the type word (links); codes like "31/2024/QH15" are themselves
  // flagged as glued identifiers by the rejections, and a code is exactly what we are looking for here.
  const out: DocumentMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (blocked[i]) continue;
    const t = tokens[i]!;
    if (t.type === 'word') {
      const type = DOCUMENT_TYPES.match(tokens, i);
      if (!type) continue;
      // "Nghị định 15/2020/NĐ-CP", "Chỉ thị số 05-CT/TW", or a name then "số": "Luật Đất đai số 31/2024/QH15",
      // "Nghị quyết của HĐND tỉnh số 12/2023/NQ-HĐND". A name is a few words without punctuation or numbers.
      let j = type.end;
      let k = j;
      // The name stops at another, capitalised type word: in "quy định tại Nghị định số 88/2024/NĐ-CP"
      // (cafef.vn) the reference is "Nghị định số 88/2024/NĐ-CP", not everything from "quy định". (Lower-case
      // type words inside a name stay: "Giấy phép hoạt động báo điện tử Dân trí số 15/GP-BVHTTDL".)
      while (k < tokens.length && k - j <= 10 && tokens[k]!.type === 'word' && !tokens[k]!.nl && !isWord(tokens[k], 'số') && !(isCapitalised(tokens[k]) && DOCUMENT_TYPES.match(tokens, k))) k++;
      if (isWord(tokens[j], 'số')) j++;
      else if (isWord(tokens[k], 'số') && !tokens[k]!.nl) j = k + 1;
      const numTok = tokens[j];
      if (!numTok || numTok.type !== 'num' || numTok.nl) continue;
      const short = shortReference(tokens, i, type.end, j);
      if (short !== null) {
        const end = numTok.end;
        out.push({ figure: { kind: 'document', text: text.slice(t.start, end), start: t.start, end, code: numTok.text }, startToken: i, endToken: j + 1 });
        i = j;
        continue;
      }
      const code = readCode(text, numTok.start);
      if (!code || (DATE_LIKE.test(code) && !isWord(tokens[j - 1], 'số'))) continue;
      const end = numTok.start + code.length;
      const endToken = tokenAt(tokens, j, end);
      out.push({ figure: { kind: 'document', text: text.slice(t.start, end), start: t.start, end, code }, startToken: i, endToken });
      i = endToken - 1;
    } else if (t.type === 'num' && (i === 0 || tokens[i - 1]!.end !== t.start)) {
      // A bare code with a symbol: "(theo 1234/QĐ-UBND)", "số 45/KH-UBND".
      const code = readCode(text, t.start);
      if (!code || !SYMBOL_PART.test(code)) continue;
      const end = t.start + code.length;
      const endToken = tokenAt(tokens, i, end);
      out.push({ figure: { kind: 'document', text: code, start: t.start, end, code }, startToken: i, endToken });
      i = endToken - 1;
    }
  }
  return out;
}
