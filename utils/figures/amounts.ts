// Amounts: money, percentages, measured and counted quantities and "x out of y" ratios. An amount is
// [approx] NUMBER [scale words] UNIT, where the unit decides the kind ("1,6 tỷ đồng" money, "12%" percent,
// "35,5 km" quantity, "14 ban" quantity counting "ban"). A range "từ 3 đến 5 triệu đồng" or "30-35%" gives
// two figures; the first borrows the unit (and the scale) of the second.
import type { Approx, Figure, FigureKind } from '../model/figure';
import { readAmount, type Amount } from './numbers';
import { openCountedNoun } from './counted';
import { isLabelled } from './rejections';
import { type Token, PhraseTable, glued, isSym, isWord, sameLine } from './tokens';
import { matchUnit, type UnitMatch } from './units';

const APPROX = new PhraseTable<Approx>([
  ['trên', 'over'],
  ['hơn', 'over'],
  ['vượt', 'over'],
  ['dưới', 'under'],
  ['gần', 'under'],
  ['chưa đến', 'under'],
  ['chưa tới', 'under'],
  ['chưa bằng', 'under'],
  ['khoảng', 'about'],
  ['ước', 'about'],
  ['ước tính', 'about'],
  ['xấp xỉ', 'about'],
  // "trên dưới" is "give or take", not "under" (the longer phrase wins over "dưới"). ("ước đạt 45.678 tấn"
  // stays without approx: the dev set's gold keeps "ước" only when it stands right before the number.)
  ['trên dưới', 'about'],
  ['chừng', 'about'],
  ['khoảng chừng', 'about'],
  ['ngót', 'under'],
]);

// Range connectors between two amounts. "lên"/"xuống" only join a range that opens with "từ"
// ("tăng từ 5 lên 7 tỷ đồng"); "-" and "đến"/"tới" join bare numbers anyway ("3-5 triệu", "30 đến 35%").
const RANGE_JOINERS = new Set(['-', '–', '—', '~', 'đến', 'tới']);
const FROM_JOINERS = new Set(['lên', 'xuống']);

// Words that make a bare "… tỷ" money even when "đồng" is left out ("tổng vốn đầu tư 500 tỷ"). Looked for
// earlier in the same clause; without them "1,2 triệu" stays a plain quantity (people, visits, tonnes).
// Verbs of giving, lending and fining move money too ("ủng hộ 50 triệu", "được vay tối đa 100 triệu", "bị phạt 7,5
// triệu", "mức hỗ trợ 2 triệu/tháng").
const MONEY_CUES = new Set(['tiền', 'vốn', 'kinh phí', 'ngân sách', 'thu', 'chi', 'doanh thu', 'lợi nhuận', 'giá trị', 'trị giá', 'giải ngân', 'nộp', 'lương', 'giá', 'lỗ', 'lãi', 'thuế', 'phí', 'đầu tư', 'quỹ',
  'hỗ trợ', 'vay', 'cho vay', 'ủng hộ', 'quyên góp', 'tài trợ', 'phạt', 'xử phạt', 'thưởng', 'bồi thường', 'nợ', 'dư nợ', 'tiết kiệm']);
// "95 triệu/người", "25 nghìn/kg": a scaled amount per head or per priced good is money. (Not per period:
// "1,2 triệu/năm" may count visitors; "2 triệu/tháng" needs a cue such as "lương" or "hỗ trợ".)
const PER_MONEY = new Set(['người', 'hộ', 'suất', 'kg', 'tấn', 'lít', 'm2', 'm²', 'ha', 'sào', 'khẩu', 'cổ phiếu', 'lượng', 'chỉ']);
const MONEY_CUE_TABLE = new PhraseTable<true>([...MONEY_CUES].map((w): [string, true] => [w, true]));
const CLAUSE_END = '.;:!?()"“”';

function unitKind(u: UnitMatch): FigureKind {
  return u.cls === 'money' ? 'money' : u.cls === 'percent' ? 'percent' : 'quantity';
}

function hasMoneyCue(tokens: Token[], i: number): boolean {
  for (let k = i - 1, words = 0; k >= 0 && words < 12; k--) {
    const t = tokens[k]!;
    if (t.type === 'sym' && CLAUSE_END.includes(t.text)) return false;
    if (t.type === 'word') {
      words++;
      if (MONEY_CUE_TABLE.match(tokens, k)) return true;
    }
    if (tokens[k + 1]?.nl) return false;
  }
  return false;
}

interface Piece {
  amount: Amount;
  unit: UnitMatch | null;
  /** First token of the figure (the approx word when there is one). */
  from: number;
  approx?: Approx;
}

function makeFigure(text: string, tokens: Token[], p: Piece, kind: FigureKind, value: number, unit: string | undefined, to: number): Figure {
  const start = tokens[p.from]!.start;
  const end = tokens[to - 1]!.end;
  const f: Figure = { kind, text: text.slice(start, end), start, end, value };
  if (unit !== undefined) f.unit = unit;
  if (p.approx) f.approx = p.approx;
  return f;
}

/** The unit after an amount, unless the number is a label ("tổ 5", "RON 95") — those only take money or %. */
function unitAfter(tokens: Token[], amount: Amount, taken: Uint8Array): UnitMatch | null {
  const u = matchUnit(tokens, amount.end) ?? (taken[amount.end] ? null : openCountedNoun(tokens, amount.start, amount.end));
  if (!u) return null;
  // "Nghị định số 68 ngày 5-3": the "ngày" already belongs to a date.
  for (let k = amount.end; k < u.end; k++) if (taken[k]) return null;
  if (u.cls === 'count' && glued(tokens, amount.end) && !/^\p{Ll}/u.test(tokens[amount.end]!.text)) return null;
  if (isLabelled(tokens, amount.start) && u.cls !== 'money' && u.cls !== 'percent') return null;
  // "6 đồng tiền chủ chốt" counts currencies, but "500 triệu đồng tiền mặt" and "5.000 đồng tiền lẻ" are money.
  if (u.unit === 'đồng tiền' && (amount.hasScale || amount.value >= 1000)) return { cls: 'money', unit: 'VND', end: amount.end + 1 };
  return u;
}

/**
 * Reads an amount with its approx word and unit at token i. `prevEnd` is the token after the previous
 * amount: "5,6 ca trên 100.000 dân" reads "trên" as "per", not as "over", when it follows a figure directly.
 */
function readPiece(tokens: Token[], i: number, taken: Uint8Array, prevEnd = -1): Piece | null {
  const amount = readAmount(tokens, i);
  if (!amount) return null;
  let approx = glued(tokens, i) ? null : APPROX.matchBefore(tokens, i);
  if (approx && approx.start === prevEnd && tokens[approx.start]!.lower === 'trên') approx = null;
  const piece: Piece = { amount, unit: unitAfter(tokens, amount, taken), from: approx ? approx.start : i };
  if (approx) piece.approx = approx.value;
  return piece;
}

/**
 * "3 trong số 5 dự án", "1 trong 2 hình thức": x out of y, written with words. Both numbers are whole, the
 * whole comes with what it counts, and the part is not a label ("thứ 2 trong 63 tỉnh" ranks, it does not count).
 */
function readOutOf(text: string, tokens: Token[], i: number, taken: Uint8Array): { figure: Figure; end: number } | null {
  const a = tokens[i]!;
  if (!isWord(tokens[i + 1], 'trong') || !sameLine(tokens, i + 1) || !/^\d+$/.test(a.text)) return null;
  const j = isWord(tokens[i + 2], 'số') ? i + 3 : i + 2;
  const b = tokens[j];
  if (!b || b.type !== 'num' || !/^\d+$/.test(b.text) || !sameLine(tokens, j) || taken[j] || isLabelled(tokens, i)) return null;
  const value = Number(a.text);
  const total = Number(b.text);
  if (total === 0 || value > total) return null;
  const unit = matchUnit(tokens, j + 1) ?? openCountedNoun(tokens, j, j + 1);
  if (!unit || unit.cls === 'money' || unit.cls === 'percent') return null;
  for (let k = j + 1; k < unit.end; k++) if (taken[k]) return null;
  const approx = APPROX.matchBefore(tokens, i);
  const fromTok = approx ? approx.start : i;
  const start = tokens[fromTok]!.start;
  const end = tokens[unit.end - 1]!.end;
  const figure: Figure = { kind: 'ratio', text: text.slice(start, end), start, end, value, total, unit: unit.unit };
  if (approx) figure.approx = approx.value;
  return { figure, end: unit.end };
}

/** "8/19 tiêu chí", "3/5 xã": a part of a whole. Dates were taken before, so what is left is a ratio. */
function readRatio(text: string, tokens: Token[], i: number): { figure: Figure; end: number } | null {
  const a = tokens[i]!;
  const slash = tokens[i + 1];
  const b = tokens[i + 2];
  if (!isSym(slash, '/') || !glued(tokens, i + 1) || !glued(tokens, i + 2) || b?.type !== 'num') return null;
  if (!/^\d+$/.test(a.text) || !/^\d+$/.test(b.text) || glued(tokens, i + 3) && isSym(tokens[i + 3], '/')) return null;
  const value = Number(a.text);
  const total = Number(b.text);
  if (total === 0 || value > total || isLabelled(tokens, i)) return null;
  const unit = matchUnit(tokens, i + 3);
  const counted = unit && unit.cls === 'count' ? unit : null;
  const endTok = counted ? counted.end : i + 3;
  const approx = APPROX.matchBefore(tokens, i);
  const fromTok = approx ? approx.start : i;
  const start = tokens[fromTok]!.start;
  const end = tokens[endTok - 1]!.end;
  const figure: Figure = { kind: 'ratio', text: text.slice(start, end), start, end, value, total };
  if (counted) figure.unit = counted.unit;
  if (approx) figure.approx = approx.value;
  return { figure, end: endTok };
}

/** Every amount in the text; `taken` marks tokens already used by rejections, documents and dates. */
export function findAmounts(text: string, tokens: Token[], taken: Uint8Array): Figure[] {
  const out: Figure[] = [];
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || tokens[i]!.type !== 'num') continue;
    // The tail of a longer glued numeral ("…/2024") never starts an amount.
    // ("156 tỷ đồng/220 tỷ đồng" is two amounts: there the "/" follows a word.)
    if (glued(tokens, i) && isSym(tokens[i - 1], '/.,') && glued(tokens, i - 1) && tokens[i - 2]?.type === 'num') continue;
    const ratio = readRatio(text, tokens, i) ?? readOutOf(text, tokens, i, taken);
    if (ratio) {
      out.push(ratio.figure);
      i = ratio.end - 1;
      prevEnd = ratio.end;
      continue;
    }
    const first = readPiece(tokens, i, taken, prevEnd);
    if (!first || rangeOverlapsTaken(taken, first.amount.start, first.amount.end)) continue;
    const end = first.unit ? first.unit.end : first.amount.end;

    // A range: the first half has no unit of its own and borrows the second's.
    if (!first.unit) {
      const j = first.amount.end;
      const joiner = tokens[j];
      const opensWithFrom = isWord(tokens[first.from - 1], 'từ');
      const joins = !!joiner && sameLine(tokens, j) && (RANGE_JOINERS.has(joiner.lower) || (opensWithFrom && FROM_JOINERS.has(joiner.lower)));
      if (joins && tokens[j + 1]?.type === 'num' && sameLine(tokens, j + 1) && !taken[j + 1]) {
        const second = readPiece(tokens, j + 1, taken);
        if (second?.unit && second.amount.value !== undefined) {
          const scale = first.amount.hasScale ? 1 : second.amount.scale;
          const value = Number((first.amount.value * scale).toPrecision(12));
          out.push(makeFigure(text, tokens, first, unitKind(second.unit), value, second.unit.unit, first.amount.end));
          delete second.approx;
          second.from = j + 1;
          out.push(makeFigure(text, tokens, second, unitKind(second.unit), second.amount.value, second.unit.unit, second.unit.end));
          i = second.unit.end - 1;
          prevEnd = second.unit.end;
          continue;
        }
      }
    }

    if (first.unit) {
      out.push(makeFigure(text, tokens, first, unitKind(first.unit), first.amount.value, first.unit.unit, end));
    } else if (first.amount.hasScale && !isLabelled(tokens, i)) {
      // "1,2 triệu" with nothing after: money when the clause talks about money, otherwise a plain quantity.
      const per = tokens[first.amount.end];
      const perMoney = isSym(per, '/') && glued(tokens, first.amount.end) && PER_MONEY.has(tokens[first.amount.end + 1]?.lower ?? '');
      const money = perMoney || hasMoneyCue(tokens, first.from);
      out.push(makeFigure(text, tokens, first, money ? 'money' : 'quantity', first.amount.value, money ? 'VND' : undefined, first.amount.end));
    } else {
      continue; // a bare number: a label, a code or noise, not a key figure
    }
    i = end - 1;
    prevEnd = end;
  }
  return out;
}

function rangeOverlapsTaken(taken: Uint8Array, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (taken[k]) return true;
  return false;
}
