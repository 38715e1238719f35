// How a key figure reads on its chip: the normalised amount with its scale and unit, as a Vietnamese reader
// writes it ("1,6 tỷ đồng", "20–30 triệu đồng/tháng", "1,2 tỷ USD", "219,2 m³", "16.000 người", "8/19 tiêu chí",
// "25/3/2023", "quý III/2024", "Nghị quyết 17-NQ/HU"), whatever shape it had in the text ("trên 1,6 tỷ đồng",
// "1.600.000.000đ", "từ 20 đến 30 triệu đồng/tháng").
import type { Figure } from '../model/figure';

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
  const unit = m[1]!.normalize('NFC');
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

/**
 * The chip text of a figure, or of a range when `upper` (the range's second figure) is given. `text` is the
 * source the offsets point into; `end` is where the figure (or range) ends in it, for the per-unit part.
 */
export function displayFigure(f: Figure, text: string, end: number, upper?: Figure): string {
  const approx = approxWord(f);
  const values = upper ? [f.value ?? 0, upper.value ?? 0] : [f.value ?? 0];
  let shown: string;
  switch (f.kind) {
    case 'money':
      shown = withScale(values, CURRENCY_WORDS[f.unit ?? ''] ?? f.unit ?? '') + perUnitAfter(text, end);
      break;
    case 'percent':
      shown = `${values.map(formatNumber).join('–')}%`;
      break;
    case 'quantity':
      shown = withScale(values, f.unit ?? '') + perUnitAfter(text, end);
      break;
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
