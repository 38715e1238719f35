// Vietnamese-aware folding for search and comparison: "Tuyên Vận" → "tuyen van", "Đảng" → "dang".
// NFD splits a precomposed letter into base + combining marks; the marks are dropped. "đ"/"Đ" is a
// separate letter (not a d with a mark), so it needs its own mapping.
const COMBINING_MARKS = /[\u0300-\u036f]/g;

export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** Lower-cased, diacritics-free, NFC-safe form for matching. */
export function foldForSearch(s: string): string {
  return foldDiacritics(s).toLowerCase();
}
