// The teasers of a list, category, search or home page: the articles the page offers, as the reader sees them
// (title, date and whether a picture goes with it), in the page's order. This is a rule for the KIND "page that
// lists articles", never for one site's template:
//   - a teaser is a headline link (its text is a title of at least four words) to another page of the same site
//     over http(s), outside the page's navigation, footer, side boxes, paging and "most read" boxes;
//   - its item is the largest element around it that holds no other headline (headline + date + picture + sapo);
//   - items sharing a parent are one listing. A list or search page's main listing is its largest one (plus
//     listings built from the same kind of item, such as a list split in two columns); a home page is made of
//     several listings (the featured story, the news, the notices), so all of them count, in order.
// Everything here comes from an untrusted page: only text and checked http(s) URLs leave this module.
import type { PageKind } from '../model/article';
import { isSameSite } from '../sites/same-site';

export interface Teaser {
  /** Absolute http(s) URL on the page's own site, without its #fragment. */
  url: string;
  /** The headline as the page shows it, whitespace collapsed. */
  title: string;
  /** The date printed beside the headline ("22/04/2023", "22/04/2023 08:15"), or null. */
  date: string | null;
  /** The page shows a picture with this teaser (the popup never loads it: a placeholder stands in). */
  thumbnail: boolean;
}

/** The refused page kinds that list articles, and so get a digest instead of a refusal. */
export type DigestPageKind = Extract<PageKind, 'list' | 'home' | 'search'>;
export const isDigestKind = (kind: unknown): kind is DigestPageKind => kind === 'list' || kind === 'home' || kind === 'search';

/** What the popup shows instead of "not an article" on a page that lists articles. */
export interface PageDigest {
  pageUrl: string;
  kind: DigestPageKind;
  teasers: Teaser[];
}

/** At most this many teasers are offered: the first screenfuls of the listing, not its archive. */
export const MAX_TEASERS = 20;
/** A page with 5,000 links costs no more than its first this many. */
const MAX_LINKS = 3000;
const MIN_TEASERS = 2;
const MIN_TITLE_CHARS = 20;
const MIN_TITLE_WORDS = 4;
const MAX_TITLE_CHARS = 300;

/** Regions that are never the listing: the site's menus, footer, side boxes, paging, sharing, and the boxes of
 *  most-read or random stories (these change with every visit and are not what the page lists). */
const OUTSIDE = 'nav, footer, aside, form, [role="navigation"], [role="contentinfo"], [role="complementary"], [role="search"]';
const OUTSIDE_NAME =
  /(?:^|[\s_-])(?:menu|nav|navbar|navigation|footer|sidebar|side-bar|breadcrumbs?|paging|pagination|pager|phan-trang|share|social|tags?|xem-?nhieu|doc-?nhieu|most-?(?:read|viewed|popular)|mostview|popular|random|ngau-?nhien|tin-?ngau-?nhien)(?:$|[\s_-])/i;
/** Files, not pages: attachments are opened by the browser, never read as articles. */
const FILE_PATH = /\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|7z|jpe?g|png|gif|webp|svg|mp3|mp4|avi)$/i;
/** An article's address, as portals write them: a numeric id (4+ digits) in the path or an id parameter, or a
 *  slug of six words or more. A home page also links its sections ("/cong-tac-dang-doan-the.htm") with
 *  headline-like text; on a list page the main listing already tells articles from the rest. */
const ARTICLE_ID = /\d{4,}/;
const ID_PARAM = /[?&](?:id|newsid|itemid|articleid|p|pageid|tinid|bai)=\w/i;
export function looksLikeArticleUrl(url: string): boolean {
  const u = new URL(url);
  if (ARTICLE_ID.test(u.pathname) || ID_PARAM.test(u.search)) return true;
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  return last.replace(/\.\w{2,5}$/, '').split(/[-_]+/).filter(Boolean).length >= 6;
}
const HOME_PATH = /^\/(?:(?:index|default|home|trang-chu|trangchu)(?:\.\w{2,5})?)?\/?$/i;
const DATE = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2})?|\b\d{1,2}:\d{2}\s*[-,|]?\s*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/;

const collapse = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** "no-nav", "has-sidebar": class names that describe a state of the page, not a region of it. */
const STATE_NAME = /^(?:no|has|with|without|is)[-_]/i;

function isOutside(a: Element): boolean {
  if (a.closest(OUTSIDE)) return true;
  for (let el: Element | null = a; el && el.tagName.toUpperCase() !== 'BODY'; el = el.parentElement) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
    if (names.some((n) => n && !STATE_NAME.test(n) && OUTSIDE_NAME.test(n))) return true;
  }
  return false;
}

/** The link's target as an absolute same-site article address, or null. */
export function teaserUrl(href: string | null, pageUrl: string): string | null {
  if (!href || href.length > 2048) return null;
  let u: URL;
  try {
    u = new URL(href.trim(), pageUrl);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null;
  u.hash = '';
  if (!isSameSite(u.href, pageUrl)) return null;
  if (HOME_PATH.test(u.pathname) && !u.search) return null;
  if (FILE_PATH.test(u.pathname)) return null;
  const page = new URL(pageUrl);
  page.hash = '';
  return u.href === page.href ? null : u.href;
}

interface Candidate {
  a: Element;
  url: string;
  title: string;
}

/**
 * Which headline URLs each ancestor holds, saturating at "more than one": a climb stops at the first ancestor
 * already holding two, so each element is visited a bounded number of times however many links the page has.
 */
function headlineHolders(candidates: Candidate[]): Map<Element, string | null> {
  const holds = new Map<Element, string | null>(); // url = exactly that one; null = two or more
  for (const { a, url } of candidates) {
    for (let up = a.parentElement; up; up = up.parentElement) {
      if (!holds.has(up)) {
        holds.set(up, url);
        continue;
      }
      const held = holds.get(up);
      if (held === null) break;
      if (held !== url) holds.set(up, null);
    }
  }
  return holds;
}

/** The largest element around `a` that holds only this headline (a thumbnail link to the same URL may share it). */
function itemOf(a: Element, holds: Map<Element, string | null>): Element {
  let item = a;
  for (let up = a.parentElement; up && up.tagName.toUpperCase() !== 'BODY'; up = up.parentElement) {
    if (holds.get(up) === null) break;
    item = up;
  }
  return item;
}

/** Same kind of item: same tag and class ("div.news-item"), the mark of one listing's template. */
const signature = (el: Element) => `${el.tagName.toLowerCase()}.${collapse(el.getAttribute('class'))}`;

interface Listing {
  parent: Element | null;
  teasers: Teaser[];
  signature: string;
}

/** The item's text apart from its headline, text nodes joined by spaces ("…2025" and "22/04/2023" in two elements
 *  must not read as one number), so a date inside the headline ("từ 10/4/2026") is not taken for the teaser's. */
function textBesideHeadline(item: Element, headline: Element): string {
  const href = headline.getAttribute('href');
  const sameLink = (node: Node) => {
    const a = node.parentElement?.closest('a');
    return a !== null && a !== undefined && item.contains(a) && a.getAttribute('href') === href;
  };
  const walker = item.ownerDocument.createTreeWalker(item, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let chars = 0;
  for (let node = walker.nextNode(); node && chars < 2000; node = walker.nextNode()) {
    if (headline.contains(node) || sameLink(node)) continue;
    const data = (node as Text).data;
    parts.push(data);
    chars += data.length;
  }
  return collapse(parts.join(' '));
}

function teaserOf(c: Candidate, item: Element): Teaser {
  const date = DATE.exec(textBesideHeadline(item, c.a))?.[0] ?? null;
  return { url: c.url, title: c.title, date, thumbnail: item.querySelector('img, picture') !== null };
}

/** The teasers a list, search or home page offers, in its order; [] when the page lists nothing recognisable. */
export function findTeasers(doc: Document, pageUrl: string, kind: PageKind, max = MAX_TEASERS): Teaser[] {
  return findTeaserBlocks(doc, pageUrl, kind, max).flat();
}

/** The same teasers, grouped by the listing (block) each belongs to, in the page's order: a followed page's check
 *  tells a block whose links all change at every visit (a "random news" box) from the page's real listing. */
export function findTeaserBlocks(doc: Document, pageUrl: string, kind: PageKind, max = MAX_TEASERS): Teaser[][] {
  const body = doc.body;
  if (!body) return [];
  const links = Array.from(body.querySelectorAll('a[href]')).slice(0, MAX_LINKS);
  const candidates: Candidate[] = [];
  // A picture link often carries the headline only in its title attribute, beside the headline link itself:
  // the link's own text is the headline as the reader sees it.
  const shownTitle = new Map<string, string>();
  for (const a of links) {
    const text = collapse(a.textContent);
    const title = text || collapse(a.getAttribute('title'));
    if (title.length < MIN_TITLE_CHARS || title.length > MAX_TITLE_CHARS || title.split(' ').length < MIN_TITLE_WORDS) continue;
    const url = teaserUrl(a.getAttribute('href'), pageUrl);
    if (!url || isOutside(a) || (kind === 'home' && !looksLikeArticleUrl(url))) continue;
    candidates.push({ a, url, title });
    if (text && !shownTitle.has(url)) shownTitle.set(url, text);
  }
  const holds = headlineHolders(candidates);
  const listings = new Map<Element | null, Listing>();
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c.url)) continue;
    seen.add(c.url);
    const item = itemOf(c.a, holds);
    const parent = item.parentElement;
    let listing = listings.get(parent);
    if (!listing) listings.set(parent, (listing = { parent, teasers: [], signature: signature(item) }));
    listing.teasers.push(teaserOf({ ...c, title: shownTitle.get(c.url) ?? c.title }, item));
  }
  const all = [...listings.values()];
  if (all.length === 0) return [];
  const main = all.reduce((best, l) => (l.teasers.length > best.teasers.length ? l : best));
  const chosen =
    kind === 'home'
      ? all
      : all.filter((l) => l === main || (l.signature === main.signature && l.teasers.length >= 2));
  // One link is a link, not a listing (a commune's category page may hold only two articles).
  if (chosen.reduce((n, l) => n + l.teasers.length, 0) < MIN_TEASERS) return [];
  const blocks: Teaser[][] = [];
  let left = max;
  for (const l of chosen) {
    if (left <= 0) break;
    blocks.push(l.teasers.slice(0, left));
    left -= l.teasers.length;
  }
  return blocks;
}
