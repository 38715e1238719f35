// How a key figure reads on its chip: the amount as the article printed it — its own digits and its own scale
// word ("3.580 tỷ đồng", "2.968,5 tỷ đồng", "20–30 triệu đồng/tháng") — with the unit in words ("1.600.000.000đ"
// → "1.600.000.000 đồng", "219,2m3" → "219,2 m³"), whatever else surrounds it in the text ("trên 1,6 tỷ đồng"
// keeps its "trên"). A chip that re-scaled or rounded the amount ("3,58 nghìn tỷ" under a headline saying "3.580
// tỷ") would contradict the article; the normalised value stays on the record for sorting and export. Ratios,
// dates and documents read as a Vietnamese reader writes them ("8/19 tiêu chí", "25/3/2023", "quý III/2024",
// "Nghị quyết 17-NQ/HU").
import type { Figure } from '../model/figure';
import { isWord } from '../text/words/segment';

const CURRENCY_WORDS: Record<string, string> = { VND: 'đồng', USD: 'USD', EUR: 'EUR', CNY: 'nhân dân tệ', JPY: 'yên' };
const SCALES: [number, string][] = [
  [1e12, 'nghìn tỷ'],
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
];

/** "2132" → "2.132", "219.2" → "219,2", "1.6" → "1,6" (at most two decimals). */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v) || Math.abs(v) >= 1e21) return String(v);
  const rounded = Math.round(v * 100) / 100;
  const [int, frac] = Math.abs(rounded).toString().split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+$)/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** The scale word for an amount: money from a million up, counts and measures from a million up. */
function scaleOf(v: number): [number, string] {
  for (const s of SCALES) if (Math.abs(v) >= s[0]) return s;
  return [1, ''];
}

/** The normalised form, when the printed one cannot be read back to the figure's value. */
function withScale(values: number[], unit: string): string {
  const [factor, word] = scaleOf(values[values.length - 1]!);
  const nums = values.map((v) => formatNumber(v / factor)).join('–');
  return [nums, word, unit].filter(Boolean).join(' ');
}

// "/lượng", "/tháng", "/m2", "/người": the per-unit part right after the amount.
const PER_UNIT = /^\/\s?([\p{L}\p{M}]{1,12}[23²³]?)(?![\p{L}\p{M}\d])/u;
const SUPERSCRIPTS: Record<string, string> = { m2: 'm²', m3: 'm³', km2: 'km²' };

/** The per-unit part glued after [.., end) in the text ("/lượng"), or ''. */
export function perUnitAfter(text: string, end: number): string {
  const m = PER_UNIT.exec(text.slice(end, end + 16));
  if (!m) return '';
  let unit = m[1]!.normalize('NFC');
  // A unit of two syllables is one word: "đồng/cổ phiếu", never "đồng/cổ".
  const next = /^ ([\p{L}\p{M}]{1,8})(?![\p{L}\p{M}\d])/u.exec(text.slice(end + m[0].length, end + m[0].length + 10));
  if (next && isWord(`${unit} ${next[1]!.normalize('NFC')}`)) unit = `${unit} ${next[1]!.normalize('NFC')}`;
  return `/${SUPERSCRIPTS[unit.toLowerCase()] ?? unit}`;
}

/** The approximation word as the text wrote it ("trên", "gần", "khoảng"): the words before the first digit. */
function approxWord(f: Figure): string {
  if (!f.approx) return '';
  const digit = f.text.search(/\d/);
  return digit > 0 ? f.text.slice(0, digit).trim() : '';
}

const ROMAN = ['', 'I', 'II', 'III', 'IV'];

/** "2023-03-25" → "25/3/2023", "2023-06" → "tháng 6/2023", "2023" → "năm 2023", "2024-Q3" → "quý III/2024". */
export function formatDate(date: string): string {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m) return `${Number(m[3])}/${Number(m[2])}/${m[1]}`;
  m = /^--(\d{2})-(\d{2})$/.exec(date);
  if (m) return `${Number(m[2])}/${Number(m[1])}`;
  m = /^(\d{4})-(\d{2})$/.exec(date);
  if (m) return `tháng ${Number(m[2])}/${m[1]}`;
  m = /^(\d{4})-Q(\d)$/.exec(date);
  if (m) return `quý ${ROMAN[Number(m[2])] ?? m[2]}/${m[1]}`;
  m = /^(\d{4})-H(\d)$/.exec(date);
  if (m) return `6 tháng ${m[2] === '1' ? 'đầu' : 'cuối'} năm ${m[1]}`;
  return /^\d{4}$/.test(date) ? `năm ${date}` : date;
}

/** "Nghị quyết số 17-NQ/HU" → "Nghị quyết 17-NQ/HU"; a bare code stays as it is. */
function formatDocument(f: Figure): string {
  const code = f.code ?? '';
  const at = f.text.lastIndexOf(code);
  const type = (at > 0 ? f.text.slice(0, at) : '').replace(/\s+số\s*$/iu, '').trim();
  const name = type.length > 40 ? type.split(/\s+/).slice(0, 2).join(' ') : type;
  return name ? `${name} ${code}` : code;
}

const SCALE_FACTORS: Record<string, number> = { nghìn: 1e3, ngàn: 1e3, triệu: 1e6, tỷ: 1e9, tỉ: 1e9 };
const SCALE_BY_FACTOR = new Map<number, string>([[1e3, 'nghìn'], [1e6, 'triệu'], [1e9, 'tỷ'], [1e12, 'nghìn tỷ']]);
// One printed amount: digits, then its scale words ("3.580 tỷ", "3,5 nghìn tỷ", "2 tỷ 500 triệu").
const PRINTED = /\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}]))*(?:\s+\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}\p{M}]))+)*/u;

/** "2.968,5" → 2968.5, "3.580" → 3580, "1,6" → 1.6 (the Vietnamese way); null for anything else. */
function readDigits(s: string): number | null {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(s) || /^\d+(?:,\d+)?$/.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  return null;
}

/**
 * The amount of `f` as printed ("3.580 tỷ"), or null when the printed words do not give back f.value (then the
 * chip shows the normalised form). `borrowed`: the scale word is the one a range's first half takes from its
 * second ("20" of "20–30 triệu"), and `bare` the digits without it.
 */
function printedAmount(f: Figure): { text: string; bare: string; borrowed: boolean } | null {
  const m = PRINTED.exec(f.text.normalize('NFC'));
  const value = f.value;
  if (!m || value === undefined) return null;
  const printed = m[0].replace(/[.,]+$/, '').replace(/\s+/g, ' ');
  const groups = printed.match(/\d[\d.,]*(?:\s*(?:nghìn|ngàn|triệu|tỷ|tỉ))*/gu) ?? [];
  let total = 0;
  let lastScale = 1;
  // "2 tỷ 500 triệu" adds up its groups.
  for (const g of groups) {
    const digits = /^\d[\d.,]*/.exec(g)![0].replace(/[.,]+$/, '');
    const n = readDigits(digits);
    if (n === null) return null;
    lastScale = (g.slice(digits.length).match(/[\p{L}]+/gu) ?? []).reduce((p, w) => p * (SCALE_FACTORS[w] ?? 1), 1);
    total += n * lastScale;
  }
  const close = (a: number, b: number) => Math.abs(a - b) <= Math.abs(b) * 1e-9;
  if (close(total, value)) return { text: printed, bare: printed, borrowed: false };
  // The first half of a range: its scale is printed once, after the second half.
  const factor = total === 0 ? 0 : value / total;
  for (const [k, word] of SCALE_BY_FACTOR) if (groups.length === 1 && lastScale === 1 && close(factor, k)) return { text: `${printed} ${word}`, bare: printed, borrowed: true };
  return null;
}

/** "20–30 triệu", "800 triệu–1,2 tỷ", "3.580 tỷ": the printed amounts, the shared scale word said once. */
function printedValues(f: Figure, upper?: Figure): string | null {
  const a = printedAmount(f);
  if (!a) return null;
  if (!upper) return a.text;
  const b = printedAmount(upper);
  if (!b) return null;
  // "20" (borrowing "triệu") and "30 triệu": the scale word once, after the second, as printed.
  return `${a.borrowed ? a.bare : a.text}–${b.text}`;
}

/**
 * The chip text of a figure, or of a range when `upper` (the range's second figure) is given. `text` is the
 * source the offsets point into; `end` is where the figure (or range) ends in it, for the per-unit part.
 */
export function displayFigure(f: Figure, text: string, end: number, upper?: Figure): string {
  const approx = approxWord(f);
  const values = upper ? [f.value ?? 0, upper.value ?? 0] : [f.value ?? 0];
  let shown: string;
  switch (f.kind) {
    case 'money': {
      const unit = CURRENCY_WORDS[f.unit ?? ''] ?? f.unit ?? '';
      const printed = printedValues(f, upper);
      shown = (printed ? [printed, unit].filter(Boolean).join(' ') : withScale(values, unit)) + perUnitAfter(text, end);
      break;
    }
    case 'percent':
      shown = `${printedValues(f, upper) ?? values.map(formatNumber).join('–')}%`;
      break;
    case 'quantity': {
      const printed = printedValues(f, upper);
      shown = (printed ? [printed, f.unit ?? ''].filter(Boolean).join(' ') : withScale(values, f.unit ?? '')) + perUnitAfter(text, end);
      break;
    }
    case 'ratio':
      shown = [`${formatNumber(f.value ?? 0)}/${formatNumber(f.total ?? 0)}`, f.unit ?? ''].filter(Boolean).join(' ');
      break;
    case 'date':
      shown = upper && /^\d{4}$/.test(f.date ?? '') && /^\d{4}$/.test(upper.date ?? '')
        ? `${f.date}–${upper.date}`
        : formatDate(f.date ?? '');
      break;
    default:
      shown = formatDocument(f);
  }
  return approx ? `${approx} ${shown}` : shown;
}
