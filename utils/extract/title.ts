// The article's real title: the headline the reader sees, not og:title (nld.com.vn's og:title words
// it differently from its h1), not a portlet/category heading ("Tin tức - Sự kiện" on Liferay portals).
import { foldForSearch } from '../text/fold';
import { metaContent, normSpace, textOf } from './dom';
import { closestMatching, compileSelector } from './selectors';

/** Elements CMSs use for the article headline; h1 first. */
export const TITLE_SELECTOR = [
  'h1',
  '.title-detail', '.detail-title', '.article-title', '.news-title', '.post-title', '.entry-title',
  '.content-detail-title', '.asset-full-content-title', '.header-title', '.title_detail', '.titledetail',
  '.tieude', '.tieu-de', '.news-detail-title', '[itemprop="headline"]', '[data-role="title"]',
  '[id$="lblTitle"]', '[id$="lblTieuDe"]', '[id$="lblTieude"]',
].join(', ');

/** Containers whose headings are never the article title. */
const NOT_TITLE_CONTEXT = compileSelector('nav, footer, aside, li, .portlet-title, .portlet-topper, [class*="breadcrumb"], [class*="logo"], .ms-webpart-titleText');

export interface TitleInfo {
  title: string;
  /** The visible element the title came from (dates and leads are looked for near it), or null. */
  element: Element | null;
}

const SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ' · '];

/** Where the last "<headline> <separator> <site>" separator of a title starts (-1: none), and its length. */
function lastSeparator(t: string): { cut: number; sepLen: number } {
  let cut = -1;
  let sepLen = 0;
  for (const sep of SEPARATORS) {
    const i = t.lastIndexOf(sep);
    if (i > cut) {
      cut = i;
      sepLen = sep.length;
    }
  }
  return { cut, sepLen };
}

/** "Headline - Báo VnExpress Kinh doanh" → "Headline": drops a trailing segment naming the site. */
export function stripSiteSuffix(title: string, siteName: string | null, host: string): string {
  let t = normSpace(title);
  const site = foldForSearch(siteName ?? '');
  const hostWord = foldForSearch(host.split('.')[0] ?? '');
  for (let round = 0; round < 2; round++) {
    const { cut, sepLen } = lastSeparator(t);
    if (cut <= 0) break;
    const head = t.slice(0, cut).trim();
    const tail = foldForSearch(t.slice(cut + sepLen));
    const namesSite =
      (site && (tail.includes(site) || site.includes(tail))) ||
      (hostWord.length > 2 && tail.replace(/\s+/g, '').includes(hostWord)) ||
      /^(?:cong|trang) thong tin|\b(?:online|news|portal)\b|\.(?:vn|com|net|org)\b/.test(tail);
    if (!namesSite || !head) break;
    t = head;
  }
  return t;
}

/**
 * The site's name from a "<headline> - <site>" document title, when the last segment clearly names a
 * site ("Cổng thông tin điện tử tỉnh …", "Báo …", "….vn"); for portals without og:site_name.
 */
export function siteNameFromTitle(title: string): string | null {
  const t = normSpace(title);
  const { cut, sepLen } = lastSeparator(t);
  if (cut <= 0) return null;
  const tail = t.slice(cut + sepLen).trim();
  const f = foldForSearch(tail);
  return /^(?:cong|trang) thong tin|^bao\b|^tap chi\b|\.(?:vn|com|net|org)\b|\b(?:online|news|portal|herald|times|post)\b/.test(f) ? tail : null;
}

/** Shared words over the longer title's word count (0..1), diacritics-insensitive: a short category
 * heading ("Tin tức") never matches a long headline that happens to contain its words. */
export function titleSimilarity(a: string, b: string): number {
  const wa = foldForSearch(a).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const wb = new Set(foldForSearch(b).split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  if (!wa.length || !wb.size) return 0;
  let hit = 0;
  for (const w of wa) if (wb.has(w)) hit++;
  return hit / Math.max(wa.length, wb.size);
}

/**
 * `reference` is the metadata title; `strong` when it came from og:title/twitter:title/JSON-LD (the
 * `<title>` of an old portal is often generic: "UBND huyện Đông Sơn :: Tin tức").
 */
export function findTitle(
  doc: Document,
  siteName: string | null,
  host: string,
  jsonLdHeadline: string,
  found: Element[] = Array.from(doc.querySelectorAll(TITLE_SELECTOR)),
): TitleInfo {
  const strongTitle = metaContent(doc, ['og:title', 'twitter:title']) || jsonLdHeadline;
  const reference = stripSiteSuffix(strongTitle || doc.title || '', siteName, host);
  const candidates: Array<{ el: Element; text: string }> = [];
  for (const el of found) {
    if (closestMatching(el, NOT_TITLE_CONTEXT)) continue;
    const text = textOf(el);
    if (text.length < 6 || text.length > 400) continue;
    candidates.push({ el, text });
    if (candidates.length > 30) break;
  }
  if (reference) {
    // The visible headline that matches the metadata title (nld: "…quy định mới về thuế" vs og "…quy định thuế mới").
    let best: { el: Element; text: string } | null = null;
    let bestScore = 0;
    for (const c of candidates) {
      const score = titleSimilarity(c.text, reference);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best && bestScore >= 0.6) return { title: best.text, element: best.el };
    if (strongTitle || candidates.length === 0) return { title: reference, element: null };
  }
  // No metadata at all (old ASP.NET portals): a single h1, or the first title-classed element.
  const h1s = candidates.filter((c) => c.el.tagName === 'H1');
  const pick = h1s.length === 1 ? h1s[0] : candidates.find((c) => c.el.tagName !== 'H1') ?? h1s[0];
  return pick ? { title: pick.text, element: pick.el } : { title: '', element: null };
}
