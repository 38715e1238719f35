// The kinds of legal and administrative documents (văn bản) a Vietnamese portal publishes, as their own
// heading names them ("QUYẾT ĐỊNH", "BỘ LUẬT") and as the symbol in their number abbreviates them
// ("1234/QĐ-UBND", "15-NQ/TW"). Names are in reading case; matching is on the folded (diacritics-free) form.
import { foldForSearch } from '../text/fold';

/** Type names, longest first so "Thông tư liên tịch" wins over "Thông tư" and "Bộ luật" over "Luật". */
export const DOCUMENT_TYPE_NAMES = [
  'Thông tư liên tịch', 'Nghị quyết liên tịch', 'Chương trình hành động', 'Thông báo kết luận',
  'Hiến pháp', 'Bộ luật', 'Luật', 'Pháp lệnh', 'Lệnh', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Thông tư', 'Chỉ thị',
  'Công văn', 'Công điện', 'Kế hoạch', 'Thông báo', 'Báo cáo', 'Hướng dẫn', 'Tờ trình', 'Quy định', 'Quy chế',
  'Chương trình', 'Đề án', 'Kết luận', 'Thông tri', 'Bản án', 'Án lệ', 'Giấy mời',
];

const BY_FOLDED = new Map(DOCUMENT_TYPE_NAMES.map((name) => [foldForSearch(name), name]));

/** "QUYẾT ĐỊNH" (a whole heading line) → "Quyết định"; null when the line is not exactly a type name. */
export function documentTypeOf(line: string): string | null {
  return BY_FOLDED.get(foldForSearch(line).replace(/\s+/g, ' ').trim()) ?? null;
}

/** "Nghị quyết số: 954/…" or "Luật số 56/…": the type named before "số", else null. */
export function typeBeforeNumber(prefix: string): string | null {
  return documentTypeOf(prefix.replace(/\s*số\s*:?\s*$/iu, ''));
}

/**
 * The symbol's type code → type, for a number with no type heading ("Số: 52/2021/QĐ-UBND" on a page that lost its
 * heading). Codes as the government's rules on document form (Nghị định 30/2020/NĐ-CP, appendix) spell them.
 */
const TYPE_CODES: Record<string, string> = {
  'QĐ': 'Quyết định', NQ: 'Nghị quyết', 'NĐ': 'Nghị định', TT: 'Thông tư', TTLT: 'Thông tư liên tịch', CT: 'Chỉ thị',
  KH: 'Kế hoạch', TB: 'Thông báo', BC: 'Báo cáo', HD: 'Hướng dẫn', TTr: 'Tờ trình', CĐ: 'Công điện', QC: 'Quy chế',
  CTr: 'Chương trình', ĐA: 'Đề án', KL: 'Kết luận',
};

/** The type a number's symbol names: "52/2021/QĐ-UBND" → "Quyết định", "15-NQ/TW" → "Nghị quyết". */
export function typeFromNumber(number: string): string | null {
  for (const part of number.split(/[/-]/)) {
    const code = part.replace(/\d+$/, '');
    if (TYPE_CODES[code]) return TYPE_CODES[code];
  }
  return null;
}
