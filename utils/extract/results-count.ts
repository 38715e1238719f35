// A results count: the line a search or a listing prints above its items — "37 bộ dữ liệu tìm thấy" (CKAN),
// "Tìm thấy 14596 thuật ngữ" (thuvienphapluat's glossary), "38 yêu cầu dữ liệu được tìm thấy", "Hiển thị 1 - 10
// của 243 kết quả" (Liferay search), "Showing 1–10 of 243 results". No article prints such a line on its own:
// in a story the words sit inside a sentence. Read on the page before clean-up (Readability may keep only one
// item, or none, of a short list).
import { foldForSearch } from '../text/fold';
import { normSpace } from './dom';

/** What a portal counts: results, datasets, data requests, documents, terms, records, procedures, articles. */
const NOUN =
  '(?:ket qua|bo du lieu|tap du lieu|yeu cau du lieu|van ban|thuat ngu|tai lieu|ban ghi|ho so|thu tuc(?: hanh chinh)?|tin(?: bai)?|bai viet|muc|' +
  'results?|datasets?|documents?|records?|items?|entries|terms?|articles?|posts?)';
const N = '\\d[\\d.,]*';
const RESULTS_COUNT = new RegExp(
  '^(?:' +
    // "Tìm thấy 14596 thuật ngữ", "Có 12 kết quả phù hợp", "Found 3 datasets"
    `(?:(?:da )?tim thay|co|found|tong so:?)\\s+${N}\\s+${NOUN}(?:\\s+(?:phu hop|duoc tim thay))?` +
    // "37 bộ dữ liệu tìm thấy", "38 yêu cầu dữ liệu được tìm thấy", "243 results found"
    `|${N}\\s+${NOUN}\\s+(?:(?:duoc |da )?tim thay|phu hop|found|matching)` +
    // "Hiển thị 1 - 10 của 243 kết quả", "Showing 1–10 of 243 results", "Kết quả 1 - 20 trong 512"
    `|(?:hien thi|showing|ket qua|results?)\\s+${N}\\s*[-–]\\s*${N}\\s+(?:cua|trong|tren|trong so|of|/)\\s+${N}(?:\\s+${NOUN})?` +
    ')\\.?$',
);

/** How far up from a number its count line may be: thuvienphapluat wraps each number of "Kết quả 1-20 trong 372987
 *  văn bản" in a span, in a strong, in a coloured span, inside the line's paragraph. */
const COUNT_LEVELS = 4;

/** A count line is short; a longer text is a sentence that merely contains the words. */
const MAX_COUNT_CHARS = 60;

export function isResultsCount(text: string): boolean {
  const t = normSpace(text);
  return t.length <= MAX_COUNT_CHARS && RESULTS_COUNT.test(foldForSearch(t));
}

/** search: the count is the page's only main heading (the page IS the result of a query); list: a collection's own
 *  page (an organisation's datasets, a glossary, a category) under a heading of its own, or with the count in a cell. */
export type ResultsKind = 'search' | 'list';

/**
 * The kind of results page, from the short texts holding a digit (`numbers`, text nodes in document order): the first
 * count line, climbing at most four elements up from a number (the count "14596" is often bold inside its line),
 * outside links and navigation.
 */
export function findResultsCount(numbers: Node[], body: Element | null): ResultsKind | null {
  if (!body) return null;
  // Each element is read once: a land-price table's 20,000 numbers share a few ancestors, and reading the whole
  // table's text again for every number made the page too slow to open. true = too long to be a count line.
  const tooLong = new Map<Element, boolean>();
  for (const node of numbers) {
    let el = node.parentElement;
    for (let steps = 0; el && el !== body && steps < COUNT_LEVELS; el = el.parentElement, steps++) {
      const known = tooLong.get(el);
      if (known === true) break;
      if (known === false) continue;
      const raw = el.textContent ?? '';
      // Markup indented line by line pads a short line with hundreds of spaces: measure it without them.
      const text = raw.length > MAX_COUNT_CHARS * 30 ? raw : normSpace(raw);
      tooLong.set(el, text.length > MAX_COUNT_CHARS * 3);
      if (text.length > MAX_COUNT_CHARS * 3) break;
      if (!isResultsCount(text)) continue;
      if (el.closest('a, nav, footer, [role="navigation"]')) break;
      const mainHeadings = body.querySelectorAll('h1');
      return el.tagName.toUpperCase() === 'H1' && mainHeadings.length === 1 ? 'search' : 'list';
    }
  }
  return null;
}
