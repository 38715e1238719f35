// Dates and periods, as precise as the text: "ngày 25/3/2023" → 2023-03-25, "tháng 10/2024" → 2024-10,
// "năm 2023" → 2023, "25/3" → --03-25, "quý III/2024" → 2024-Q3, "6 tháng đầu năm 2024" → 2024-H1.
// Vietnamese writes day before month, with "/", "-" or "." ("1-8-2008", "4.1.2017", "tháng 7.2017").
import type { Figure } from '../model/figure';
import { type Token, glued, isSym, isWord, sameLine } from './tokens';
import { isLabelled, isPeriodAbbreviation } from './rejections';
import { matchUnit } from './units';

export interface DateMatch {
  figure: Figure;
  startToken: number;
  /** Exclusive. */
  endToken: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const validDay = (d: number, m: number): boolean => d >= 1 && m >= 1 && m <= 12 && d <= DAYS_IN_MONTH[m - 1]!;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;
/** Four-digit years; bare numeric dates are only trusted in a modern range. */
const isYear = (s: string, min = 1900, max = 2100): boolean => /^\d{4}$/.test(s) && Number(s) >= min && Number(s) <= max;
const isDayOrMonth = (s: string): boolean => /^\d{1,2}$/.test(s);

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
// Words before a bare "D/M" that make it a count rather than a day ("đạt 3/5", "hoàn thành 8/9").
const RATIO_VERBS = new Set(['đạt', 'có', 'được', 'hoàn thành', 'chiếm', 'thành']);
// "khoảng 1/3 diện tích", "hơn 1/2 số hộ": after an approximation or before a whole, x/y is a fraction.
const APPROX_WORDS = new Set(['khoảng', 'gần', 'hơn', 'trên', 'dưới', 'xấp', 'chừng', 'ước']);
const RATIO_NOUNS = new Set(['số', 'tổng', 'diện', 'dân', 'trong', 'khối', 'lượng', 'kinh']);
// Words that introduce a span of years ("giai đoạn 2021-2025", "nhiệm kỳ 2020 - 2025").
const YEAR_SPAN_CUES = new Set(['đoạn', 'kỳ', 'khóa', 'khoá', 'học', 'vụ']);
// Prepositions before a bare year ("đến 2025,", "từ 2020.").
const YEAR_PREPOSITIONS = new Set(['đến', 'từ', 'vào', 'trước', 'sau', 'tới']);
// Newspapers write day-month with a hyphen ("ngày 6-3", "dịp lễ 8-3 năm nay"). Without "ngày" a hyphen also
// joins ranges ("3-4 lần", "20-30%"), so a bare D-M is a day only after a word that announces a day…
const DAY_CUES = new Set(['hôm', 'sáng', 'chiều', 'tối', 'trưa', 'đêm', 'rạng sáng', 'lễ', 'dịp', 'tết', 'đến', 'tới']);
// …or before a word that places it in a year ("8-3 năm nay", "20-10 năm ngoái", "2-9 hằng năm").
const YEAR_REFERENCES = new Set(['nay', 'ngoái', 'trước', 'sau', 'tới', 'qua']);

interface Part {
  text: string;
  /** Token index of the numeral holding this part. */
  token: number;
}

/**
 * Reads a run of glued numerals and separators starting at token i: "25/3/2023" → [25,3,2023] with seps
 * ["/","/"]; "4.1.2017" is one token split on its dots; "12-13/6/2024" → [12,13,6,2024] ["-","/","/"].
 */
function readParts(tokens: Token[], i: number): { parts: Part[]; seps: string[] } {
  const parts: Part[] = [];
  const seps: string[] = [];
  let j = i;
  for (;;) {
    const t = tokens[j];
    // A date's numeral is at most "25.12.2023": a longer one ("1.1.1.1…", a hostile 2 MB numeral) is
    // never split into its groups.
    if (!t || t.type !== 'num' || t.text.includes(',') || t.text.length > 10) break;
    const groups = t.text.split('.');
    groups.forEach((g, k) => {
      if (k > 0) seps.push('.');
      parts.push({ text: g, token: j });
    });
    const sep = tokens[j + 1];
    if (parts.length < 6 && isSym(sep, '/-') && glued(tokens, j + 1) && glued(tokens, j + 2) && tokens[j + 2]?.type === 'num') {
      seps.push(sep!.text);
      j += 2;
    } else break;
  }
  return { parts, seps };
}

function dateFigure(tokens: Token[], text: string, a: number, b: number, date: string): DateMatch {
  const start = tokens[a]!.start;
  const end = tokens[b - 1]!.end;
  return { figure: { kind: 'date', text: text.slice(start, end), start, end, date }, startToken: a, endToken: b };
}

type Shape = { date: string; used: number } | null;

/** Full dates and day ranges at the start of `parts`: D/M/Y, D-M-Y, D.M.Y and D-D/M/Y (its first day). */
function fullDate(parts: Part[], seps: string[]): Shape {
  const [a, b, c, d] = parts.map((p) => p.text);
  if (a && b && c && d && seps[0] === '-' && seps[1] === seps[2] && seps[1] !== '-' && isDayOrMonth(a) && isDayOrMonth(b) && isDayOrMonth(c) && isYear(d)) {
    const [d1, d2, m] = [Number(a), Number(b), Number(c)];
    if (validDay(d1, m) && validDay(d2, m) && d1 < d2) return { date: `${d}-${pad(m)}-${pad(d1)}`, used: 4 };
  }
  if (a && b && c && seps[0] === seps[1] && isDayOrMonth(a) && isDayOrMonth(b) && isYear(c) && validDay(Number(a), Number(b))) {
    return { date: `${c}-${pad(Number(b))}-${pad(Number(a))}`, used: 3 };
  }
  return null;
}

/** "26-27/6": two days of one month and no year → "--06-26". */
function dayRangeWithoutYear(parts: Part[], seps: string[]): string | null {
  const [a, b, c] = parts.map((p) => p.text);
  if (!a || !b || !c || parts.length !== 3 || seps[0] !== '-' || seps[1] !== '/') return null;
  if (!isDayOrMonth(a) || !isDayOrMonth(b) || !isDayOrMonth(c)) return null;
  const [d1, d2, m] = [Number(a), Number(b), Number(c)];
  return validDay(d1, m) && validDay(d2, m) && d1 < d2 ? `--${pad(m)}-${pad(d1)}` : null;
}

/** Month and year: "10/2024", and after "tháng" also "8-2014", "7.2017". */
function monthYear(parts: Part[], seps: string[], afterThang: boolean): Shape {
  const [a, b] = parts.map((p) => p.text);
  if (a && b && isDayOrMonth(a) && isYear(b) && validMonth(Number(a)) && (seps[0] === '/' || afterThang)) {
    return { date: `${b}-${pad(Number(a))}`, used: 2 };
  }
  return null;
}

/** The token index right after part number `used - 1`. */
const afterPart = (parts: Part[], used: number): number => parts[used - 1]!.token + 1;

/** "năm 2023", then a second year in "năm 2023-2024" / "giai đoạn 2021 - 2025" / "2021 đến 2025". */
function yearAndSpan(tokens: Token[], text: string, a: number, yearTok: number, out: DateMatch[]): number {
  out.push(dateFigure(tokens, text, a, yearTok + 1, tokens[yearTok]!.text));
  const sep = tokens[yearTok + 1];
  const next = tokens[yearTok + 2];
  // "năm 2024/2025" (a school or crop year) is written with a slash too, only between consecutive years.
  const slashYears = isSym(sep, '/') && glued(tokens, yearTok + 1) && Number(next?.text) === Number(tokens[yearTok]!.text) + 1;
  if (sameLine(tokens, yearTok + 1) && sameLine(tokens, yearTok + 2) && (isSym(sep, '-–—') || isWord(sep, 'đến') || slashYears) && next?.type === 'num' && isYear(next.text, 1000, 2200) && Number(next.text) > Number(tokens[yearTok]!.text)) {
    out.push(dateFigure(tokens, text, yearTok + 2, yearTok + 3, next.text));
    return yearTok + 3;
  }
  return yearTok + 1;
}

/**
 * Tries every date form at token i. Returns the dates found (a span of years gives two) and the token
 * index to continue from, or null when nothing starts here.
 */
function dateAt(tokens: Token[], text: string, i: number, taken: Uint8Array): { dates: DateMatch[]; next: number } | null {
  const t = tokens[i]!;
  const n1 = tokens[i + 1];
  const hasNum = !!n1 && n1.type === 'num' && sameLine(tokens, i + 1) && !taken[i + 1];

  if (t.type === 'word' && hasNum) {
    // ngày 13 tháng 12 năm 2023 · ngày 25 tháng 3 · ngày 25/3/2023 · ngày 12-13/6/2024 · ngày 5-9 · ngày 25/3
    if (t.lower === 'ngày') {
      const d = n1!.text;
      if (isDayOrMonth(d) && isWord(tokens[i + 2], 'tháng') && tokens[i + 3]?.type === 'num' && isDayOrMonth(tokens[i + 3]!.text)) {
        const m = Number(tokens[i + 3]!.text);
        if (!validDay(Number(d), m)) return null;
        if (isWord(tokens[i + 4], 'năm') && tokens[i + 5]?.type === 'num' && isYear(tokens[i + 5]!.text, 1000, 2200)) {
          return { dates: [dateFigure(tokens, text, i, i + 6, `${tokens[i + 5]!.text}-${pad(m)}-${pad(Number(d))}`)], next: i + 6 };
        }
        return { dates: [dateFigure(tokens, text, i, i + 4, `--${pad(m)}-${pad(Number(d))}`)], next: i + 4 };
      }
      const { parts, seps } = readParts(tokens, i + 1);
      const full = fullDate(parts, seps);
      if (full) return { dates: [dateFigure(tokens, text, i, afterPart(parts, full.used), full.date)], next: afterPart(parts, full.used) };
      // "từ ngày 20 - 22/9/2024", "ngày 20 đến 22/9/2024": a span of days, dated by its first day.
      if (parts.length === 1 && isDayOrMonth(d)) {
        const j = i + 2;
        if (sameLine(tokens, j) && (isSym(tokens[j], '-–') || isWord(tokens[j], 'đến')) && tokens[j + 1]?.type === 'num' && sameLine(tokens, j + 1)) {
          const r = readParts(tokens, j + 1);
          const second = fullDate(r.parts, r.seps);
          if (second && second.used === 3) {
            const [y, m] = second.date.split('-');
            if (validDay(Number(d), Number(m)) && Number(d) < Number(r.parts[0]!.text)) {
              const next = afterPart(r.parts, 3);
              return { dates: [dateFigure(tokens, text, i, next, `${y}-${m}-${pad(Number(d))}`)], next };
            }
          }
          // Without a year: "thi từ ngày 26 đến 27/6" is the span of days from the 26th of June.
          const [e, m2] = r.parts.map((p) => p.text);
          if (!second && e && m2 && r.parts.length === 2 && r.seps[0] === '/' && isDayOrMonth(e) && isDayOrMonth(m2) &&
            validDay(Number(e), Number(m2)) && validDay(Number(d), Number(m2)) && Number(d) < Number(e)) {
            const next = afterPart(r.parts, 2);
            return { dates: [dateFigure(tokens, text, i, next, `--${pad(Number(m2))}-${pad(Number(d))}`)], next };
          }
        }
      }
      // "ngày 26-27/6": a span of days without a year, dated by its first day.
      const range = dayRangeWithoutYear(parts, seps);
      if (range) return { dates: [dateFigure(tokens, text, i, afterPart(parts, 3), range)], next: afterPart(parts, 3) };
      const [a, b] = parts.map((p) => p.text);
      if (a && b && parts.length === 2 && isDayOrMonth(a) && isDayOrMonth(b) && validDay(Number(a), Number(b))) {
        return { dates: [dateFigure(tokens, text, i, afterPart(parts, 2), `--${pad(Number(b))}-${pad(Number(a))}`)], next: afterPart(parts, 2) };
      }
      return null;
    }
    // tháng 6 năm 2023 · tháng 10/2024 · tháng 8-2014 · tháng 7.2017 · tháng 1-7/2017 · tháng 1 - 7.2017
    if (t.lower === 'tháng') {
      const { parts, seps } = readParts(tokens, i + 1);
      const m = parts[0]?.text ?? '';
      if (!isDayOrMonth(m) || !validMonth(Number(m))) return null;
      if (parts.length === 1 && isWord(tokens[i + 2], 'năm') && tokens[i + 3]?.type === 'num' && isYear(tokens[i + 3]!.text, 1000, 2200)) {
        return { dates: [dateFigure(tokens, text, i, i + 4, `${tokens[i + 3]!.text}-${pad(Number(m))}`)], next: i + 4 };
      }
      const my = monthYear(parts, seps, true);
      if (my) return { dates: [dateFigure(tokens, text, i, afterPart(parts, 2), my.date)], next: afterPart(parts, 2) };
      // A span of months ends in its year; the period is dated by its first month.
      const [, b, c] = parts.map((p) => p.text);
      if (b && c && seps[0] === '-' && isDayOrMonth(b) && validMonth(Number(b)) && isYear(c)) {
        return { dates: [dateFigure(tokens, text, i, afterPart(parts, 3), `${c}-${pad(Number(m))}`)], next: afterPart(parts, 3) };
      }
      // "tháng 1 - 7.2017" is one period dated by its first month; in "tháng 1 đến tháng 6/2024" both months
      // are written out, so they are two dates and the first borrows the year of the second.
      if (parts.length === 1) {
        const j = i + 2;
        const joiner = tokens[j];
        const secondMonthWord = isWord(tokens[j + 1], 'tháng');
        const k = secondMonthWord ? j + 2 : j + 1;
        if (sameLine(tokens, j) && (isSym(joiner, '-–') || isWord(joiner, 'đến') || isWord(joiner, 'tới')) && tokens[k]?.type === 'num' && sameLine(tokens, k)) {
          const r = readParts(tokens, k);
          const my2 = monthYear(r.parts, r.seps, true);
          if (my2 && Number(r.parts[0]!.text) > Number(m)) {
            const year = my2.date.slice(0, 4);
            const next = secondMonthWord ? i + 2 : afterPart(r.parts, 2);
            return { dates: [dateFigure(tokens, text, i, next, `${year}-${pad(Number(m))}`)], next };
          }
        }
      }
      return null; // "tháng 11" alone: no year, not a date
    }
    // năm 2023 · năm 2023-2024
    // (Not "năm 2024/NĐ-CP"-like tails; a full stop after the year just ends the sentence: "Luật Đất đai năm 2024.")
    if (t.lower === 'năm' && isYear(n1!.text, 1000, 2200) && !(glued(tokens, i + 2) && isSym(tokens[i + 2], '/') && !isYear(tokens[i + 3]?.text ?? ''))) {
      const dates: DateMatch[] = [];
      const next = yearAndSpan(tokens, text, i, i + 1, dates);
      return { dates, next };
    }
    // quý III/2024 · quý 3/2024 · quý IV năm 2024
  }
  if (t.type === 'word' && t.lower === 'quý') {
    const q = tokens[i + 1];
    const qn = q ? (q.type === 'num' ? Number(q.text) : ROMAN[q.lower] ?? 0) : 0;
    if (qn >= 1 && qn <= 4 && sameLine(tokens, i + 1)) {
      const sep = tokens[i + 2];
      let y = -1;
      if (isSym(sep, '/-') && tokens[i + 3]?.type === 'num' && isYear(tokens[i + 3]!.text)) y = i + 3;
      else if (isWord(sep, 'năm') && tokens[i + 3]?.type === 'num' && isYear(tokens[i + 3]!.text, 1000, 2200)) y = i + 3;
      if (y > 0) return { dates: [dateFigure(tokens, text, i, y + 1, `${tokens[y]!.text}-Q${qn}`)], next: y + 1 };
    }
    return null;
  }
  // T9/2013 (tháng 9/2013) · Q3/2024 (quý III/2024) · H1/2025 (6 tháng đầu năm 2025), as market news abbreviates.
  if (t.type === 'word' && /^[TQH]$/.test(t.text) && n1?.type === 'num' && isPeriodAbbreviation(tokens, i + 1)) {
    const n = Number(n1.text);
    const y = tokens[i + 3]!.text;
    const date = t.text === 'T' ? `${y}-${pad(n)}` : `${y}-${t.text}${n}`;
    return { dates: [dateFigure(tokens, text, i, i + 4, date)], next: i + 4 };
  }
  // thập niên 1990 · thập kỷ 1980: a decade, dated by its first year.
  if ((isWord(t, 'thập') && (isWord(n1, 'niên') || isWord(n1, 'kỷ') || isWord(n1, 'kỉ'))) && tokens[i + 2]?.type === 'num' && sameLine(tokens, i + 2) && isYear(tokens[i + 2]!.text, 1000, 2200) && tokens[i + 2]!.text.endsWith('0')) {
    return { dates: [dateFigure(tokens, text, i, i + 3, tokens[i + 2]!.text)], next: i + 3 };
  }
  // nửa đầu năm 2024 → H1
  if (isWord(t, 'nửa') && (isWord(n1, 'đầu') || isWord(n1, 'cuối')) && isWord(tokens[i + 2], 'năm') && tokens[i + 3]?.type === 'num' && isYear(tokens[i + 3]!.text)) {
    return { dates: [dateFigure(tokens, text, i, i + 4, `${tokens[i + 3]!.text}-H${n1!.lower === 'đầu' ? 1 : 2}`)], next: i + 4 };
  }
  // giai đoạn 2021-2025 · nhiệm kỳ 2020 - 2025 · năm học 2023-2024
  if (t.type === 'word' && YEAR_SPAN_CUES.has(t.lower) && hasNum && isYear(n1!.text)) {
    const sep = tokens[i + 2];
    if (isSym(sep, '-–—') || isWord(sep, 'đến')) {
      const dates: DateMatch[] = [];
      const next = yearAndSpan(tokens, text, i + 1, i + 1, dates);
      if (dates.length === 2) return { dates, next };
    }
  }
  if (t.type !== 'num') return null;

  // 6 tháng đầu năm 2024 → H1, 6 tháng cuối năm → H2, 3 tháng đầu năm → Q1. Other spans ("9 tháng đầu năm
  // 2024") are not a calendar period of their own: the "N tháng" part is dropped and "năm 2024" stays a date.
  if (isWord(n1, 'tháng') && (isWord(tokens[i + 2], 'đầu') || isWord(tokens[i + 2], 'cuối') || isWord(tokens[i + 2], 'năm'))) {
    const first = isWord(tokens[i + 2], 'đầu');
    const last = isWord(tokens[i + 2], 'cuối');
    const yearAt = first || last ? i + 3 : i + 2;
    const hasYear = isWord(tokens[yearAt], 'năm') && tokens[yearAt + 1]?.type === 'num' && isYear(tokens[yearAt + 1]!.text);
    const n = t.text;
    const period = n === '6' ? (first ? 'H1' : last ? 'H2' : '') : n === '3' ? (first ? 'Q1' : last ? 'Q4' : '') : '';
    if (hasYear && period) {
      return { dates: [dateFigure(tokens, text, i, yearAt + 2, `${tokens[yearAt + 1]!.text}-${period}`)], next: yearAt + 2 };
    }
    if (first || last || hasYear) return { dates: [], next: yearAt }; // the span itself is not a quantity
  }
  // 13 tháng 12 năm 2023 (without "ngày")
  if (isDayOrMonth(t.text) && isWord(n1, 'tháng') && tokens[i + 2]?.type === 'num' && isWord(tokens[i + 3], 'năm') && tokens[i + 4]?.type === 'num' && isYear(tokens[i + 4]!.text, 1000, 2200)) {
    const m = Number(tokens[i + 2]!.text);
    if (validDay(Number(t.text), m)) return { dates: [dateFigure(tokens, text, i, i + 5, `${tokens[i + 4]!.text}-${pad(m)}-${pad(Number(t.text))}`)], next: i + 5 };
  }
  if (glued(tokens, i) && isSym(tokens[i - 1], '/-.')) return null; // the tail of something longer
  const { parts, seps } = readParts(tokens, i);
  if (parts.length < 2) {
    // A bare year after a preposition, closing its clause: "Đến 2025, …", "từ 2020."
    const prev = tokens[i - 1];
    const after = tokens[i + 1];
    if (isYear(t.text) && prev && YEAR_PREPOSITIONS.has(prev.lower) && sameLine(tokens, i) && (!after || after.nl || isSym(after, ',.;:)'))) {
      return { dates: [dateFigure(tokens, text, i, i + 1, t.text)], next: i + 1 };
    }
    return null;
  }
  const full = fullDate(parts, seps);
  if (full) return { dates: [dateFigure(tokens, text, i, afterPart(parts, full.used), full.date)], next: afterPart(parts, full.used) };
  const my = monthYear(parts, seps, false);
  if (my && parts.length === 2) return { dates: [dateFigure(tokens, text, i, afterPart(parts, 2), my.date)], next: afterPart(parts, 2) };
  const [h1, h2] = parts.map((p) => p.text);
  if (h1 && h2 && parts.length === 2 && seps[0] === '-' && isDayOrMonth(h1) && isDayOrMonth(h2) && validDay(Number(h1), Number(h2))) {
    const after = afterPart(parts, 2);
    const cue = DAY_CUES.has(tokens[i - 1]?.lower ?? '') && sameLine(tokens, i);
    const yearRef = (isWord(tokens[after], 'năm') && YEAR_REFERENCES.has(tokens[after + 1]?.lower ?? '')) || isWord(tokens[after], 'hằng') || isWord(tokens[after], 'hàng');
    if (cue || yearRef) return { dates: [dateFigure(tokens, text, i, after, `--${pad(Number(h2))}-${pad(Number(h1))}`)], next: after };
  }
  // "(12-13/6)" without a year: a span of days, under the same conditions as a bare "25/3" below.
  const bareRange = dayRangeWithoutYear(parts, seps);
  if (bareRange) {
    const after = afterPart(parts, 3);
    const prev = tokens[i - 1];
    const counts = !!matchUnit(tokens, after) || (!!prev && (RATIO_VERBS.has(prev.lower) || APPROX_WORDS.has(prev.lower))) || isLabelled(tokens, i);
    if (!counts) return { dates: [dateFigure(tokens, text, i, after, bareRange)], next: after };
  }
  // 25/3 without a year: a day, unless it counts something ("3/5 xã", "đạt 8/9 tiêu chí") or names a lane ("ngõ 12/3").
  const [a, b] = parts.map((p) => p.text);
  if (a && b && parts.length === 2 && seps[0] === '/' && isDayOrMonth(a) && isDayOrMonth(b) && validDay(Number(a), Number(b))) {
    const after = afterPart(parts, 2);
    const prev = tokens[i - 1];
    const counts =
      !!matchUnit(tokens, after) || (!!prev && (RATIO_VERBS.has(prev.lower) || APPROX_WORDS.has(prev.lower))) ||
      isLabelled(tokens, i) || isWord(prev, 'số') || RATIO_NOUNS.has(tokens[after]?.lower ?? '');
    if (!counts) return { dates: [dateFigure(tokens, text, i, after, `--${pad(Number(b))}-${pad(Number(a))}`)], next: after };
  }
  return null;
}

/** Every date in the text, in order; `taken` marks tokens already used by documents or rejections. */
export function findDates(text: string, tokens: Token[], taken: Uint8Array): DateMatch[] {
  const out: DateMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const t = tokens[i]!;
    if (t.type !== 'num' && t.type !== 'word') continue;
    const found = dateAt(tokens, text, i, taken);
    if (!found) continue;
    // A date may not run into tokens that belong to something else (a document code, a phone number).
    let clash = false;
    for (let k = i; k < found.next; k++) if (taken[k]) clash = true;
    if (clash) continue;
    for (const d of found.dates) out.push(d);
    for (let k = i; k < found.next; k++) taken[k] = 1;
    i = found.next - 1;
  }
  return out;
}
