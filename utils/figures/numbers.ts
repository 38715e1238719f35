// Vietnamese numerals: "." groups thousands and "," is the decimal mark ("2.132" = 2132, "1,6" = 1.6,
// "1.234,56" = 1234.56), and scale words multiply and chain ("3,5 nghìn tỷ", "2 tỷ 500 triệu").
import { type Token, sameLine } from './tokens';

const PLAIN = /^\d+$/;
const VI_GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/; // 2.350.000.000 · 1.234,56
const VI_DECIMAL = /^\d+,\d+$/; // 219,2 · 108,3
const EN_GROUPED = /^\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?$/; // 1,000,000 — wire copy in English style
const EN_DECIMAL = /^\d+\.\d{1,2}$/; // 1.5 tỷ — English decimal point, only trusted before a scale word

/**
 * The value of one numeral token, or null when it is not a well-formed Vietnamese number: phone numbers
 * ("0214.3852.123"), dotted dates ("4.1.2017") and version-like strings have groups that are not three digits.
 * `beforeScale`: the numeral is followed by a scale word, where "1.5 triệu" can only mean 1,5 (1.500 triệu
 * would be written 1,5 tỷ).
 */
export function parseNumeral(s: string, beforeScale = false): number | null {
  if (PLAIN.test(s)) return Number(s);
  if (VI_GROUPED.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (VI_DECIMAL.test(s)) return Number(s.replace(',', '.'));
  if (EN_GROUPED.test(s)) return Number(s.replace(/,/g, ''));
  if (beforeScale && EN_DECIMAL.test(s)) return Number(s);
  return null;
}

/** Scale words: nghìn/ngàn = 10³, triệu = 10⁶, tỷ/tỉ = 10⁹ ("nghìn tỷ" multiplies: 10¹²). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['nghìn', 1e3],
  ['ngàn', 1e3],
  ['triệu', 1e6],
  ['tỷ', 1e9],
  ['tỉ', 1e9],
]);

export interface Amount {
  value: number;
  /** Token index of the first numeral. */
  start: number;
  /** Token index after the amount (exclusive). */
  end: number;
  /** Product of the scale words of the leading group (1 when there are none): shared by a range's first half. */
  scale: number;
  hasScale: boolean;
}

/** Reads "NUM SCALE*" at i: the numeral's value and the product of the scale words after it. */
function readGroup(tokens: Token[], i: number): { num: number; scale: number; end: number; integer: boolean } | null {
  const t = tokens[i];
  if (!t || t.type !== 'num') return null;
  let j = i + 1;
  let scale = 1;
  while (sameLine(tokens, j) && tokens[j]!.type === 'word' && SCALE_WORDS.has(tokens[j]!.lower)) {
    scale *= SCALE_WORDS.get(tokens[j]!.lower)!;
    j++;
  }
  const num = parseNumeral(t.text, scale > 1);
  if (num === null) return null;
  return { num, scale, end: j, integer: Number.isInteger(num) };
}

/**
 * An amount starting at token i: one group ("1,6 tỷ", "3,5 nghìn tỷ", "2.132") optionally followed by smaller
 * groups that add up ("2 tỷ 500 triệu" = 2.5 × 10⁹, "1 triệu 200 nghìn"). A following group must use a
 * smaller scale and stay below 1.000 of it, otherwise it is a separate number ("2 tỷ 1.500 hộ" is not one amount).
 */
export function readAmount(tokens: Token[], i: number): Amount | null {
  const first = readGroup(tokens, i);
  if (!first) return null;
  let value = first.num * first.scale;
  let end = first.end;
  let lastScale = first.scale;
  while (lastScale > 1 && sameLine(tokens, end)) {
    const next = readGroup(tokens, end);
    if (!next || next.scale <= 1 || next.scale >= lastScale || next.num >= 1000 || next.num * next.scale >= lastScale) break;
    value += next.num * next.scale;
    lastScale = next.scale;
    end = next.end;
  }
  // Multiplying decimals by powers of ten leaves float noise (1,6 × 10⁹ = 1600000000.0000002).
  value = Number(value.toPrecision(12));
  return { value, start: i, end, scale: first.scale, hasScale: first.scale > 1 };
}
