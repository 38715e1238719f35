// The byline: the author AS PRINTED, for a person, never the site ("NLD.COM.VN", "VnExpress",
// "baochinhphu.vn" are what those papers put in <meta name=author>).
import { foldForSearch } from '../text/fold';
import { attr, normSpace, precedes, textOf } from './dom';
import { closestMatching, compileSelector } from './selectors';

const NOT_AUTHOR_CONTEXT = compileSelector('footer, aside, nav');

/** Elements CMSs print the author in, near the headline or under the body. */
export const AUTHOR_SELECTOR = [
  '[data-role="author"]', '[rel="author"]', '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '.author',
  '.author-name', '.author_name', '.authorname', '.name-author', '.byline', '.article-author', '.post-author', '.tac-gia',
  '.tacgia', '.news-author', '.author-info .name', '.detail-author .name', '[id$="lblAuthor"]', '[id$="lblTacGia"]',
].join(', ');

/** Data attributes set on the clone before Readability strips styles, read back after it. */
export const AUTHOR_MARK = 'data-tinsach-author';
export const RIGHT_MARK = 'data-tinsach-right';

const RIGHT_ALIGNED = /text-align\s*:\s*right/i;

export const ALIGNED_SELECTOR = 'p[style], div[style], p[align], div[align]';

/** Marks author elements and right-aligned paragraphs so they can be recognised in Readability's output. */
export function markBylineHints(
  doc: Document,
  authors: Element[] = Array.from(doc.querySelectorAll(AUTHOR_SELECTOR)),
  aligned: Element[] = Array.from(doc.querySelectorAll(ALIGNED_SELECTOR)),
): Element[] {
  for (const el of authors) el.setAttribute(AUTHOR_MARK, '1');
  for (const el of aligned) {
    if (RIGHT_ALIGNED.test(attr(el, 'style')) || attr(el, 'align').toLowerCase() === 'right') el.setAttribute(RIGHT_MARK, '1');
  }
  return authors;
}

/** Words that make a "name" an organisation or a site, folded (no diacritics). */
const NOT_A_PERSON = /\b(?:bao|tap chi|cong thong tin|trang thong tin|dien tu|online|news|tv|vtv|ttxvn|vnexpress|baochinhphu|ban bien tap|toa soan|admin|administrator|editor|quan tri)\b/;

/** True for a person's name: no URL/domain, not the site, 1–8 words, no digits. */
export function isPersonName(name: string, siteName: string | null, host: string): boolean {
  const s = normSpace(name);
  if (s.length < 2 || s.length > 80 || /[\d@/]|https?:|\.\w{2,3}\b/i.test(s)) return false;
  const f = foldForSearch(s);
  if (NOT_A_PERSON.test(f)) return false;
  const site = foldForSearch(siteName ?? '');
  const hostWord = foldForSearch(host.split('.')[0] ?? '');
  if (site && (f === site || site.includes(f))) return false;
  if (hostWord.length > 2 && f.replace(/\s+/g, '').includes(hostWord)) return false;
  return s.split(/\s+/).length <= 8;
}

/** "Theo Hồ Hương", "By Jane Doe": the word must be followed by a capitalised name ("Theo dõi …" is not). */
// No `i` flag: with it, \p{Lu} would match lower-case letters too.
const PREFIX_WORD = /^(?:[Tt]heo|[Bb]y)\s+(?=\p{Lu})/u;
/** "Nguồn: …", "Tin, ảnh: …", "Tác giả: …": a label with a colon. */
// "Viết bởi:"/"Written by:" is Joomla's author label (Vietnamese and English pages of the same portal).
const PREFIX_LABEL = /^(?:nguồn|tác giả|tin(?:,| và)? ảnh|bài(?:,| và)? ảnh|tin|bài|ảnh|nhóm phóng viên|thực hiện|người viết|viết bởi|người đăng|đăng bởi|source|author|written by|posted by|reporter)\s*:\s*/iu;
const DECORATION = /\s*\((?:tổng hợp|th|lược dịch|dịch|biên dịch|theo [^)]+)\)\s*$/iu;
/**
 * The unit after a mixed-case name: an all-caps abbreviation ("Ngô Hải - BTG HU", "Lan Anh - TTVH")
 * or a unit named by its kind ("Lê Minh Tuấn - Phòng NN&PTNT", "… - Trung tâm VH-TT huyện").
 */
const UNIT_SUFFIX =
  /\s+[-–]\s+(?:(?:[A-ZĐ&]{1,8}\.?)(?:\s+[A-ZĐ&]{1,8}\.?){0,3}|(?:Phòng|Ban|Sở|Trung tâm|Văn phòng|Trạm|Chi cục|Đài|Báo|Hội|UBND|Huyện ủy|Thành ủy|Tỉnh ủy|Đảng ủy)\b.*)$/u;

/**
 * Provincial portals reprinting a paper's story credit it in parentheses with the paper's initials after a slash:
 * "(Theo TIẾN TRUNG/NDO)" on anphu.angiang.gov.vn, "(Theo Minh Anh/TTXVN)".
 */
const unwrap = (s: string) => s.replace(/^\((.+)\)$/u, '$1');
const AGENCY_SUFFIX = /\s*\/\s*[\p{Lu}Đ.]{2,10}$/u;

/** "Theo Hồ Hương" → "Hồ Hương", "Hà Thu (tổng hợp)" → "Hà Thu", "Ngô Hải - BTG HU" → "Ngô Hải". */
export function cleanByline(raw: string): string {
  let s = unwrap(normSpace(raw).replace(/[.;,]+$/u, ''));
  s = s.replace(PREFIX_LABEL, '').replace(PREFIX_WORD, '').replace(DECORATION, '');
  const isAllCaps = s === s.toUpperCase();
  if (!isAllCaps) s = s.replace(UNIT_SUFFIX, '');
  s = s.replace(AGENCY_SUFFIX, '');
  return s.replace(/\s*;\s*/g, ' - ').trim();
}

/** Every word capitalised (Vietnamese names capitalise each syllable) or the whole line in capitals. */
function looksLikeName(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => !/^[-–&,]$/.test(w));
  if (words.length === 0 || words.length > 8) return false;
  return words.every((w) => /^[\p{Lu}(]/u.test(w));
}

/**
 * Is this last line of the body an author line? ("Ngô Hải - BTG HU", "Hà Thu (tổng hợp)",
 * "Theo Ban Tuyên giáo Huyện ủy", "Nguồn: Báo Lào Cai", a p.author, a right-aligned short line.)
 * Returns the cleaned byline or null.
 */
export function authorLine(el: Element): string | null {
  const text = textOf(el);
  if (!text || text.length > 80 || /\d{3,}/.test(text)) return null;
  const bare = unwrap(text.replace(/[.;,]+$/u, '')).replace(AGENCY_SUFFIX, '');
  const cleaned = cleanByline(text);
  if (!cleaned || /\d/.test(cleaned)) return null;
  if (el.hasAttribute(AUTHOR_MARK) || el.querySelector(`[${AUTHOR_MARK}]`)) return cleaned;
  // A label or "Theo X" line, but not a sentence that starts with "Theo" ("Theo ông A, giá sẽ tăng.").
  if ((PREFIX_LABEL.test(bare) || PREFIX_WORD.test(bare)) && !/[,;.!?]/.test(bare.replace(/^(?:tin|bài),/iu, ''))) return cleaned;
  if (looksLikeName(bare.replace(DECORATION, ''))) return cleaned;
  if (el.hasAttribute(RIGHT_MARK) && !/[.!?…:]/u.test(bare) && bare.split(/\s+/).length <= 10) return cleaned;
  return null;
}

/** The first printed author element after the headline whose text is a person's name. */
export function findVisibleAuthor(authors: Element[], titleEl: Element | null, siteName: string | null, host: string): string | null {
  for (const el of authors) {
    if (closestMatching(el, NOT_AUTHOR_CONTEXT)) continue;
    if (titleEl && !precedes(titleEl, el)) continue;
    const name = cleanByline(textOf(el));
    if (name && name.length <= 60 && isPersonName(name, siteName, host)) return name;
  }
  return null;
}

/** The body text an author line must follow to be the article's signature, not a caption or a widget's line. */
const SIGNED_BODY_CHARS = 400;

/**
 * A right-aligned name standing right after the body's last block ("<p style="text-align: right"><b>Thu Lương</b>"
 * after the article's container on Pháp Luật Plus; a signature after a DotNetNuke module's body): news CMSs print the
 * author there, outside the element Readability keeps, so the end-of-body reading never sees it.
 */
export function findTrailingAuthor(aligned: Element[], siteName: string | null, host: string): string | null {
  for (const el of aligned) {
    if (!el.hasAttribute(RIGHT_MARK) || closestMatching(el, NOT_AUTHOR_CONTEXT)) continue;
    const text = textOf(el);
    if (!text || text.length > 60) continue;
    const before = el.previousElementSibling;
    if (!before || textOf(before).length < SIGNED_BODY_CHARS) continue;
    const name = authorLine(el);
    if (name && looksLikeName(name) && isPersonName(name, siteName, host)) return name;
  }
  return null;
}
