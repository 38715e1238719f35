// Step 5: is this a single article? Home, list (category) and search pages must be refused rather than
// returned as a teaser mash: baochinhphu's category list is "readerable" to Readability; the
// chinhphu.vn search page is hidden by display:none in the static HTML but visible in a live browser.
import { foldForSearch } from '../text/fold';

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

export function isSearchPage(s: PageSignals): boolean {
  let path = '';
  let query = '';
  try {
    const u = new URL(s.url);
    path = u.pathname;
    query = u.search;
  } catch {
    return false;
  }
  return SEARCH_QUERY.test(query) || SEARCH_PATH.test(path) || SEARCH_TITLE.test(foldForSearch(s.title));
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

/** Teaser headlines: links with headline-length text (a related box has 3–5, a list page dozens). */
function teaserLinks(content: Element): number {
  let n = 0;
  for (const a of Array.from(content.querySelectorAll('a'))) {
    const t = (a.textContent ?? '').trim();
    if (t.length >= 25 && t.split(/\s+/).length >= 5) n++;
  }
  return n;
}

/** Paragraph-like blocks with real prose outside links (lengths only: no normalisation needed). */
function proseBlocks(content: Element): number {
  let n = 0;
  for (const p of Array.from(content.querySelectorAll('p, li, td, blockquote, pre'))) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 80) continue;
    let linked = 0;
    for (const a of Array.from(p.querySelectorAll('a'))) linked += (a.textContent ?? '').trim().length;
    if (linked < length / 3) n++;
  }
  return n;
}

export interface GateInput {
  signals: PageSignals;
  content: Element;
  /** Article text (lead + body), for the length check. */
  text: string;
  attachments: number;
}

const RUN = /\S+/g;

/** Runs of non-space characters (what `split(/\s+/).filter(Boolean)` counts), counting stops at `max`. */
function countRuns(text: string, max: number): number {
  RUN.lastIndex = 0;
  let n = 0;
  while (n < max && RUN.test(text)) n++;
  return n;
}

/** Fewer words than this, with no attachment and no table, is not an article (a stub, a gallery index). */
const MIN_WORDS = 40;

export type GateVerdict = 'article' | 'not-article';

export function gateArticle(input: GateInput): GateVerdict {
  const { signals, content, text, attachments } = input;
  if (isSearchPage(signals) || isHomePage(signals)) return 'not-article';
  const words = countRuns(text, MIN_WORDS);
  if (words < MIN_WORDS && attachments === 0 && !content.querySelector('table')) return 'not-article';
  // A teaser mash: many headline links and as many of them as paragraphs of prose. A real article with
  // a related box has a handful of headline links against many paragraphs.
  const teasers = teaserLinks(content);
  const prose = proseBlocks(content);
  const strongArticle = hasArticleMarkup(signals) && signals.hasDate && signals.hasTitleElement;
  if (teasers >= 6 && teasers * 2 >= prose && !strongArticle) return 'not-article';
  if (teasers >= 12 && teasers >= prose) return 'not-article';
  // No sign of a single article at all — not typed as one, no date, no headline matching the page
  // title (baochinhphu's category page: og:type website, h1 "Chính sách mới") — and little prose:
  // Readability picked a few teasers.
  const noArticleSigns = !hasArticleMarkup(signals) && !signals.hasDate && !signals.hasTitleElement;
  if (noArticleSigns && (prose < 4 || teasers * 2 >= prose)) return 'not-article';
  return 'article';
}
