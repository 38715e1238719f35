// Where the publication date comes from: metadata first, then the visible date line next to the
// headline. Never a page-header "today" date (the seed page's top bar shows a later date than the
// article's "Ngày đăng: 18/04/2023 09:35"; baodautu's header shows "Thứ Bảy, Ngày 07 tháng 03 năm 2026").
import { normaliseMetaDate, parseVisibleDate } from './dates';
import { attr, metaContent, nextInOrder, normSpace, previousInOrder, textOf } from './dom';
import type { JsonLdInfo } from './metadata';
import { closestMatching, compileSelector } from './selectors';

const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'article:published', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.created',
  'assetPublishDate', 'parsely-pub-date', 'sailthru.date', 'date',
];

/** Elements whose content/datetime/text is the publication date (Liferay, ASP.NET labels, schema.org). */
export const DATE_ELEMENT_SELECTOR = [
  '[itemprop="datePublished"]', 'time[pubdate]', 'time[data-role="publishdate"]', '[class*="assetPublishDate"]',
  '[id*="assetPublishDate"]', '[id$="lblDate"]', '[id$="lblNgay"]', '[id$="lblNgayDang"]', '[id*="NgayDang"]',
].join(', ');

/** Header widgets that show today's date, not the article's. */
const TODAY_CONTEXT = compileSelector('[class*="today"], [id*="today"], [class*="current-date"], [class*="ngay-hien-tai"], [class*="curdate"], header, nav');

/** How far from the headline a date line may be, in non-empty text nodes. */
const AFTER_TITLE = 40;
/** The date line under the headline, with the author and category that often share it. */
const RIGHT_UNDER_TITLE = 6;
const BEFORE_TITLE = 8;

export function findPublishedAt(
  doc: Document,
  titleEl: Element | null,
  jsonLd: JsonLdInfo,
  vietnamese: boolean,
  dateElements: Element[] = Array.from(doc.querySelectorAll(DATE_ELEMENT_SELECTOR)),
): string | null {
  const fromMeta = metaContent(doc, META_KEYS);
  const metaDate = fromMeta && normaliseMetaDate(fromMeta, vietnamese);
  if (metaDate) return metaDate;
  const ldDate = jsonLd.datePublished && normaliseMetaDate(jsonLd.datePublished, vietnamese);
  if (ldDate) return ldDate;
  for (const el of dateElements) {
    const raw = attr(el, 'content') || attr(el, 'datetime') || textOf(el);
    const d = raw && normaliseMetaDate(raw, vietnamese);
    if (d) return d;
  }
  if (titleEl) return dateNearTitle(titleEl, vietnamese);
  return null;
}

function dateInTextNode(node: Node, vietnamese: boolean): string | null {
  const text = normSpace(node.nodeValue ?? '');
  if (text.length < 8 || text.length > 200) return null;
  if (node.parentElement && closestMatching(node.parentElement, TODAY_CONTEXT)) return null;
  // A date with its author ("Nguyên Minh - 07/03/2026 08:47") may be split over two text nodes; the
  // date part is always in one node.
  return parseVisibleDate(text, vietnamese);
}

/** The first date in up to `limit` non-empty text nodes from `start`, walking with `step` while `inside` holds. */
function firstDate(start: Node | null, step: (n: Node) => Node | null, limit: number, inside: (n: Node) => boolean, vietnamese: boolean): string | null {
  let seen = 0;
  for (let n = start; n && seen < limit && inside(n); n = step(n)) {
    if (n.nodeType !== 3 || !(n.nodeValue ?? '').trim()) continue;
    seen++;
    const d = dateInTextNode(n, vietnamese);
    if (d) return d;
  }
  return null;
}

/**
 * The date printed next to the headline: the line right under it; else the line just above it in the same
 * header block (vnexpress; Drupal's gavias themes print "post-meta" above the h1); else the first date further
 * down. In that order because a page's body and the teasers after it carry dates of their own: on a short
 * Drupal article the "Bài viết liên quan" teasers' dates come within the first 40 text nodes after the headline.
 */
function dateNearTitle(titleEl: Element, vietnamese: boolean): string | null {
  // linkedom's TreeWalker cannot be positioned, so walk siblings and parents by hand.
  const always = () => true;
  const after = nextInOrder(titleEl, true);
  const under = firstDate(after, (n) => nextInOrder(n), RIGHT_UNDER_TITLE, always, vietnamese);
  if (under) return under;
  const block = titleEl.parentElement?.parentElement ?? titleEl.parentElement;
  const above = block && firstDate(previousInOrder(titleEl), previousInOrder, BEFORE_TITLE, (n) => block.contains(n), vietnamese);
  return above || firstDate(after, (n) => nextInOrder(n), AFTER_TITLE, always, vietnamese);
}
