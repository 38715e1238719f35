// Step 5: is this a single article? Home, list (category), search and document-properties pages must be
// refused rather than returned as a teaser mash; everything Readability itself would read must be kept.
//
// The kinds, their structure and every signal's reason are listed in page-kinds.ts. The gate works on the
// STRUCTURE of what Readability picked, never on a site's template:
//   1. The page calls itself a search page, or it is a query box with filters and nothing else to read, or its
//      address is a site's front page ("/", "/index.aspx").
//   2. A document-properties table (the national legal-documents database: number, dates, issuing body,
//      status as label/value rows) with little prose around it; an open-data dataset (resources with format
//      badges and a metadata table); a contact page (a message form and little prose).
//   2b. A search query or path in the address refuses the page unless its content is one long document
//      (a legal document's header, or long prose with few teasers): the address is evidence, not a verdict.
//   3. A listing: many teaser headlines — links that ARE their block's text, not links inside sentences —
//      each with a date or a thumbnail, or many of them and paging, making up much of the picked text
//      (baochinhphu's category page, a Liferay asset publisher with "Hiển thị 1 - 10 of 243 kết quả").
//   4. Otherwise Readability's own readerable check (computed on the page before clean-up) decides: when it
//      says yes, the page is read (Wikipedia, right-to-left pages, Chinese news). When it says no, a page is
//      still read if it carries signs of one article (a headline element, a date, article markup) and
//      enough text; a short page without them is a stub.
// "Short", "not Vietnamese" or "no date" alone never refuse a page Readability reads.
import type { PageKind } from '../model/article';
import { foldForSearch } from '../text/fold';
import type { PageData } from './page-data';
import { pickIsCards, type EntryCards } from './entry-cards';
import { ancestorCounts } from './dom';
import type { ResultsKind } from './results-count';

export interface PageSignals {
  url: string;
  /** og:type, lower-case ('' when missing). */
  ogType: string;
  /** JSON-LD @type values. */
  jsonLdTypes: string[];
  /** A publication date was found (metadata or a dated line next to the headline). */
  hasDate: boolean;
  /** The headline was found as a visible element matching the metadata title. */
  hasTitleElement: boolean;
  title: string;
}


const SEARCH_QUERY = /[?&](?:q|s|query|keyword|keywords|tukhoa|tu-khoa|searchtext|search|txtsearch)=/i;
const SEARCH_PATH = /\/(?:tim-kiem|timkiem|search|tra-cuu-tin|ket-qua-tim-kiem)(?:[/.?]|$)/i;
const SEARCH_TITLE = /^(?:trang )?(?:tim kiem|ket qua tim kiem|search|search results?)\b/;
const HOME_PATH = /^\/(?:(?:index|default|home|trang-chu|trangchu)(?:\.\w{2,5})?)?\/?$/i;

/** The page calls itself a search page ("Tìm kiếm", "Kết quả tìm kiếm"). */
export function hasSearchTitle(s: PageSignals): boolean {
  return SEARCH_TITLE.test(foldForSearch(s.title));
}

/** The address carries a search query or a search path: evidence of a search page, not a verdict. */
export function hasSearchAddress(s: PageSignals): boolean {
  try {
    const u = new URL(s.url);
    return SEARCH_QUERY.test(u.search) || SEARCH_PATH.test(u.pathname);
  } catch {
    return false;
  }
}

export function isSearchPage(s: PageSignals): boolean {
  return hasSearchTitle(s) || hasSearchAddress(s);
}

/** A site's front page: "/" or "/index.html", "/trang-chu" and the like, with no article id in the query. */
export function isHomePage(s: PageSignals): boolean {
  try {
    const u = new URL(s.url);
    return HOME_PATH.test(u.pathname) && !/[?&](?:id|newsid|itemid|articleid|p|pageid)=/i.test(u.search);
  } catch {
    return false;
  }
}

export function hasArticleMarkup(s: PageSignals): boolean {
  return /article/.test(s.ogType) || s.jsonLdTypes.some((t) => /article|posting|report/i.test(t));
}

const textLength = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Blocks a teaser headline stands in; the link must be (nearly) all of the block's text. */
const TEASER_BLOCK = 'li, p, h1, h2, h3, h4, h5, h6, dt, dd, td, div';
/**
 * Dates as listings print them next to a teaser: 07/03/2026, 7-3-2026, 2026-03-07, "(20/05)", "2 giờ trước". A full
 * date with its year needs no word boundary before it: minified markup glues a cell's text to the next
 * ("…trên địa bàn tỉnh số 1010/03/2024", "…kinh tế - xã hội10/03/2024").
 */
export const TEASER_DATE = /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b(?:gio|phut|ngay) truoc\b|\b(?:hours?|minutes?|days?) ago\b/;

export interface ListingEvidence {
  /** Headline links that make up their block (a related box has 3–5, a list page dozens). */
  teasers: number;
  /** Teasers whose item also shows a date or a thumbnail. */
  datedOrThumbnail: number;
  /** Share of the picked text that is teaser items (headline plus its date/sapo). */
  teaserShare: number;
}

/** JavaScript's \s, as a character code test (textLength collapses exactly these). */
function isSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Length of `el`'s whitespace-collapsed text, counted only up to `cap` (more returns cap + 1): deciding whether a
 * link is 60% of its block must not cost the whole block when the block is a page-wide wrapper — on a link-heavy
 * portal that made the check quadratic, and the badge runs it on every readerable portal page load.
 */
function textLengthUpTo(el: Element, cap: number): number {
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  let length = 0;
  let lastWasSpace = true; // leading whitespace is trimmed
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    for (let i = 0; i < data.length; i++) {
      const space = isSpace(data.charCodeAt(i));
      if (space && lastWasSpace) continue;
      lastWasSpace = space;
      if (++length > cap) return cap + 1;
    }
  }
  return lastWasSpace && length > 0 ? length - 1 : length; // trailing whitespace is trimmed
}

/** Links long enough to be a headline (≥ 20 characters), the unit teaser items are told apart by. */
const HEADLINE_CHARS = 20;

/** Text a teaser item holds beside its headline link: a date, a source, a sapo of a few sentences. */
const TEASER_EXTRA_CHARS = 600;

/** Is `a` a teaser headline, and which element is its item (headline + date/thumbnail/sapo)? */
function teaserItem(a: Element, linkLength: number, content: Element, headlines: Map<Element, number>): Element | null {
  if (linkLength < HEADLINE_CHARS) return null;
  const block = a.closest(TEASER_BLOCK);
  if (!block || !content.contains(block)) return null;
  if (!/^H[2-6]$/.test(block.tagName.toUpperCase()) && linkLength < textLengthUpTo(block, Math.floor(linkLength / 0.6) + 1) * 0.6) return null;
  // The item: the nearest ancestor that still holds only this one headline link, and no more text than a
  // teaser's (the headline with a date and a sapo). An article's body with one linked line in it (a subscription
  // promo, a "read also" line) also holds one headline link, but its prose is not a teaser's.
  const maxItem = linkLength + TEASER_EXTRA_CHARS;
  let item: Element = block;
  for (let up = item.parentElement, steps = 0; up && up !== content && steps < 3; up = up.parentElement, steps++) {
    if ((headlines.get(up) ?? 0) > 1 || textLengthUpTo(up, maxItem) > maxItem) break;
    item = up;
  }
  return item;
}

export function listingEvidence(content: Element, contentLength: number): ListingEvidence {
  const items = new Set<Element>();
  let datedOrThumbnail = 0;
  let teaserChars = 0;
  const links = Array.from(content.querySelectorAll('a'));
  const lengths = new Map(links.map((a) => [a, textLength(a)]));
  const headlines = ancestorCounts(links.filter((a) => (lengths.get(a) ?? 0) >= HEADLINE_CHARS));
  for (const a of links) {
    const item = teaserItem(a, lengths.get(a) ?? 0, content, headlines);
    if (!item || items.has(item)) continue;
    items.add(item);
    const itemText = foldForSearch((item.textContent ?? '').replace(/\s+/g, ' '));
    if (item.querySelector('img') || TEASER_DATE.test(itemText)) datedOrThumbnail++;
    teaserChars += itemText.trim().length;
  }
  return { teasers: items.size, datedOrThumbnail, teaserShare: contentLength ? Math.min(1, teaserChars / contentLength) : 0 };
}

/** Field labels of a legal document's properties (vbpl.vn, provincial document databases). */
const PROPERTY_LABEL = /^(?:so ky hieu|so hieu|ky hieu|ngay ban hanh|ngay co hieu luc|ngay het hieu luc|ngay dang cong bao|loai van ban|co quan ban hanh|nguoi ky|tinh trang hieu luc|tinh trang|linh vuc|nganh|pham vi|nguon thu thap|trich yeu|hinh thuc van ban)\s*:?$/;

/**
 * A document-properties page: a table of at least four "label | value" rows naming a document's attributes,
 * and more text in that table than in prose around it. (A law's FULL TEXT has prose, not such rows.)
 */
export function isPropertiesTable(content: Element, contentLength: number): boolean {
  for (const table of Array.from(content.querySelectorAll('table'))) {
    let labelled = 0;
    for (const cell of Array.from(table.querySelectorAll('td, th'))) {
      if (PROPERTY_LABEL.test(foldForSearch((cell.textContent ?? '').replace(/\s+/g, ' ').trim()))) labelled++;
    }
    if (labelled >= 4 && textLength(table) >= contentLength * 0.5) return true;
  }
  return false;
}

/** Paragraph-like blocks with real prose outside links. */
function proseBlocks(content: Element): number {
  let n = 0;
  for (const p of Array.from(content.querySelectorAll('p, li, td, blockquote, pre'))) {
    const length = textLength(p);
    if (length < 80) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += textLength(a);
    if (linked < length / 3) n++;
  }
  return n;
}

export interface GateInput {
  signals: PageSignals;
  content: Element;
  /** Teasers on the whole page as the reader sees it, before clean-up (listingEvidence of the body). */
  page: ListingEvidence;
  /** Article text (lead + body), for the length check: built only when that check runs (rarely: a page
   *  Readability finds readerable never needs it, and the caller builds the final text from the sanitised HTML). */
  text: () => string;
  attachments: number;
  /** Readability's isProbablyReaderable on the page before clean-up. */
  readerable: boolean;
  /** The page opens a legal document's header (utils/legal/document-header.ts). */
  document?: boolean;
  /** Data the page offers (page-data.ts), read before clean-up. */
  data?: Pick<PageData, 'attributes' | 'resourceItems' | 'messageForm'>;
  /** A query box with filters around it (page-data.ts hasSearchForm), read before clean-up. */
  searchForm?: boolean;
  /** The page's entry cards (entry-cards.ts), read before clean-up. */
  cards?: EntryCards;
  /** The page prints a results count over its items (results-count.ts), read before clean-up. */
  results?: ResultsKind | null;
}

const RUN = /\S+/g;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;

/**
 * Words, counting stops at `max`: runs of non-space characters, or for Chinese, Japanese and Korean (written
 * without spaces) two characters a word.
 */
function countWords(text: string, max: number): number {
  RUN.lastIndex = 0;
  let n = 0;
  while (n < max && RUN.test(text)) n++;
  if (n >= max) return n;
  const cjk = text.slice(0, max * 8).match(CJK)?.length ?? 0;
  return Math.max(n, Math.floor(cjk / 2));
}

/** Fewer words than this, with no attachment and no table, is a stub unless Readability reads the page. */
const MIN_WORDS = 40;

/** The signal that decided (an id of page-kinds.ts), for tests and for whoever asks why. */
export type GateVerdict = { verdict: 'article'; signal: string } | { verdict: 'not-article'; kind: PageKind; signal: string };

const refuse = (kind: PageKind, signal: string): GateVerdict => ({ verdict: 'not-article', kind, signal });

/** A contact page's own text (an address, phone numbers, a sentence inviting questions) stays under this. */
const CONTACT_MAX_WORDS = 150;

/** Long prose with few teasers: one document, whatever its address says (a law's full text runs to hundreds of blocks). */
const LONG_DOCUMENT_PROSE = 12;

/** Two or more sibling entry cards whose text is more than what Readability picked. */
function cardsOutweigh(cards: EntryCards | undefined, contentLength: number): boolean {
  if (!cards || cards.count < 2) return false;
  let chars = 0;
  for (const t of cards.texts) chars += t.length;
  return chars > contentLength;
}

export function gateArticle(input: GateInput): GateVerdict {
  const { signals, content, text, attachments, readerable, page } = input;
  if (hasSearchTitle(signals)) return refuse('search', 'search-title');
  const contentLength = textLength(content);
  // A query box with filters and nothing else to read (no dated or illustrated teasers, no prose, no date): a
  // document database's search page, whose results a script fills in. Decided before the address, which may be the
  // site's front page.
  if (input.searchForm && !input.document && !signals.hasDate && !hasArticleMarkup(signals) && page.datedOrThumbnail < 5 && proseBlocks(content) < 4) {
    return refuse('search', 'search-form');
  }
  if (isHomePage(signals)) return refuse('home', 'home-address');
  if (isPropertiesTable(content, contentLength)) return refuse('properties', 'properties-table');
  const data = input.data;
  if (!input.document && data) {
    // Resources with format badges and a metadata table, and little prose: an open-data dataset.
    if (data.resourceItems >= 1 && data.attributes.length >= 2 && proseBlocks(content) < 4) return refuse('dataset', 'resource-list');
    // A message form with little text beside it: a contact page. A blog post or a portal article with a
    // comment form below it has a body of its own (measured in words, so Chinese or Japanese prose written
    // in <br>-separated lines, with no paragraph blocks, counts too).
    if (data.messageForm && proseBlocks(content) < 4 && countWords(text(), CONTACT_MAX_WORDS) < CONTACT_MAX_WORDS) return refuse('contact', 'message-form');
  }
  const listing = listingEvidence(content, contentLength);
  if (hasSearchAddress(signals)) {
    const oneDocument = input.document || (proseBlocks(content) >= LONG_DOCUMENT_PROSE && listing.teaserShare < 0.2);
    if (!oneDocument) return refuse('search', 'search-address');
  }
  const strongArticle = hasArticleMarkup(signals) && signals.hasDate && signals.hasTitleElement;
  if (!strongArticle && !input.document) {
    // "37 bộ dữ liệu tìm thấy", "Tìm thấy 14596 thuật ngữ": the page lists results, however few or long its items.
    // Under a query box with filters the counted items are the answer to a query: a search page.
    if (input.results) return refuse(input.results === 'list' && input.searchForm ? 'search' : input.results, 'results-count');
    // Teasers with dates or thumbnails making up much of the text: a category or listing page.
    if (listing.datedOrThumbnail >= 5 && listing.teaserShare >= 0.35) return refuse('list', 'dated-teasers');
    // Headlines and their sapos and nothing else, dated or not (the dates may sit in a cell clean-up removed).
    if (listing.teasers >= 6 && listing.teaserShare >= 0.6) return refuse('list', 'teaser-mash');
    // Readability picked one or two teasers of a page full of them (a category page whose items are
    // separate blocks): what it picked is a teaser, not prose, and the page lists many dated ones.
    if (listing.teasers >= 1 && listing.teaserShare >= 0.5 && page.datedOrThumbnail >= 5) return refuse('list', 'picked-teaser');
    // Readability picked one entry's opening, or the entries together, of a page of sibling entry cards (a blog,
    // category or archive page of a CMS, however few entries its first page has).
    if (input.cards && pickIsCards(content.textContent ?? '', input.cards)) return refuse('list', 'entry-cards');
  }
  if (readerable) return { verdict: 'article', signal: 'readerable' };
  if (input.document) return { verdict: 'article', signal: 'document-header' };
  // Too little to read, on a page whose entry cards hold more text than Readability found (it kept the footer, or
  // nothing, of a short asset-publisher list): the page is that list, not an empty article.
  const tooShort = (): GateVerdict => (cardsOutweigh(input.cards, contentLength) ? refuse('list', 'entry-cards') : refuse('stub', 'too-short'));
  const words = countWords(text(), MIN_WORDS);
  if (words < MIN_WORDS && attachments === 0 && !content.querySelector('table')) return tooShort();
  const articleSigns = hasArticleMarkup(signals) || signals.hasDate || signals.hasTitleElement;
  // Not readerable and nothing marks it as one article: a few teasers or a widget Readability picked.
  if (!articleSigns && attachments === 0) {
    const prose = proseBlocks(content);
    if (listing.teasers >= 3 && listing.teasers * 2 >= prose) return refuse('list', 'few-teasers');
    if (prose < 4) return tooShort();
  }
  return { verdict: 'article', signal: 'article-signs' };
}
