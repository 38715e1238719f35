// The article extractor: page Document → Article (or a typed failure). Works on a CLONE, never on the
// live page, with a browser, jsdom or linkedom Document.
//
//   0. measure   size limits on the page; the clone (clone.ts); ONE walk over it answering every selector
//                and collecting the short texts (selectors.ts, short-texts.ts)
//   1. prepare   lazy images, absolute links, reveal-on-scroll content          (prepare.ts)
//      read      title, date, lead, author, attachments BEFORE anything is removed
//   2. clean-up  boilerplate rules, as data                                     (cleanup-rules.ts, cleanup.ts)
//   3. Readability on the cleaned clone; the column-level rules on its pick             (cleanup.ts)
//   4. recover   lead, real title, byline from the last line, images + captions (recover.ts)
//      legal     a legal document's header → its card and name                 (utils/legal/)
//   5. gate      list / home / search / properties / dataset / contact pages and stubs → not-article,
//                 the kinds listed with their structure and signals in page-kinds.ts (gate.ts)
//   6. sanitise  articles only                                                  (sanitizer-input.ts)
//
// Speed: the extractor is benchmarked against plain Readability on the same page (tools/bench/
// extract.ts, budget 1.5×). Under linkedom every node created costs (linkedom registers each one in a
// WeakMap, which makes garbage collection slow), and so does every whole-page walk or querySelectorAll,
// so the steps share walks and avoid building text they only measure.
//
// Sanitising needs a DOMPurify-capable window: the page's own (browser, jsdom) or `opts.window`
// (in Node with linkedom pass `await sanitizerWindow()` from utils/html/parse-html.ts).
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { failure, type Article, type ExtractResult } from '../model/article';
import { canSanitizeWith, sanitizedFragment, type WindowLike } from '../html/sanitize';
import { attachmentsAfterLabels } from './attachments';
import { ALIGNED_SELECTOR, AUTHOR_SELECTOR, markBylineHints, findTrailingAuthor, findVisibleAuthor } from './byline';
import { CLEANUP_SELECTOR_GROUPS, cleanupContent, cleanupDocument } from './cleanup';
import { cloneForExtraction } from './clone';
import { indexMeta, metaContent, removeNode } from './dom';
import { findEntryCards } from './entry-cards';
import { findResultsCount } from './results-count';
import { gateArticle, hasSearchTitle, isHomePage, listingEvidence, type PageSignals } from './gate';
import { legalReading } from './legal-reading';
import { hasSearchForm, readPageData, type PageData } from './page-data';
import { cardFromAttributes } from '../legal/properties';
import { foldForSearch } from '../text/fold';
import { readDocumentHeader } from '../legal/document-header';
import { LEAD_SELECTOR, findLeadElement, metaLead } from './lead';
import { FLATTEN_ABOVE_DEPTH, MAX_DEPTH, flattenWrappers } from './depth';
import { DEFAULT_LIMITS, measureDocument, type ExtractLimits } from './limits';
import { CANONICAL_SELECTOR, JSON_LD_SELECTOR, isVietnamesePage, readCanonicalUrl, readJsonLd, readLang, readSiteName } from './metadata';
import { REVEAL_SELECTOR, prepareDocument } from './prepare';
import { DATE_ELEMENT_SELECTOR, findPublishedAt } from './published';
import { recoverArticle } from './recover';
import { hostOf } from '../sites/same-site';
import { headlineAtTop, tidyEdges } from './edges';
import { sanitizeArticleElement } from './sanitizer-input';
import { SelectorIndex } from './selectors';
import { shortTextCollector } from './short-texts';
import { slimForSanitizer } from './slim';
import { countWords, elementText } from './text';
import { TITLE_SELECTOR, findTitle, siteNameFromTitle } from './title';

export interface ExtractOptions {
  /** Language of failure messages (and the fallback article language). */
  lang?: 'vi' | 'en';
  limits?: Partial<ExtractLimits>;
  /** Window for DOMPurify when the document's own window cannot sanitise (linkedom). */
  window?: WindowLike;
  /** Clock, for tests. */
  now?: () => Date;
  /** Milliseconds clock for the wall-time bound (default performance.now), for tests. */
  clock?: () => number;
}

/** Vietnamese reading speed: ~200 words (syllables) a minute. */
const WORDS_PER_MINUTE = 200;
/** Readability's default; the best setting on the news set (see TOOLCHAIN.md). */
const CHAR_THRESHOLD = 500;

/** Removed before Readability (see `junk` below). */
export const JUNK_SELECTOR = 'script, style, svg, template, link, iframe, object, embed, aside, button, select, textarea, input';

/**
 * Everything the pipeline looks up by selector, answered by ONE walk over the clone (selectors.ts).
 * `junk` is removed before Readability: it holds no article text and only slows Readability down
 * (JSON-LD is read first; the sanitiser drops all of these, and Readability itself removes asides,
 * buttons and form fields from its result).
 */
const SCAN = new SelectorIndex({
  images: 'img',
  links: 'a[href]',
  reveal: REVEAL_SELECTOR,
  title: TITLE_SELECTOR,
  lead: LEAD_SELECTOR,
  authors: AUTHOR_SELECTOR,
  aligned: ALIGNED_SELECTOR,
  dates: DATE_ELEMENT_SELECTOR,
  junk: JUNK_SELECTOR,
  // Document-level lookups, each otherwise a querySelector(All) over the whole page.
  meta: 'meta',
  jsonLd: JSON_LD_SELECTOR,
  bases: 'base[href]',
  canonical: CANONICAL_SELECTOR,
  ...CLEANUP_SELECTOR_GROUPS,
});

/** Inside a <template> (linkedom keeps template content in the tree; querySelectorAll skips it). */
function inTemplate(el: Element): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.tagName.toUpperCase() === 'TEMPLATE') return true;
  return false;
}

const outsideTemplates = (els: Element[]): Element[] => els.filter((el) => !inTemplate(el));

function sanitizerFor(doc: Document, opts: ExtractOptions): WindowLike | undefined {
  if (opts.window) return opts.window;
  const own = doc.defaultView;
  if (own && canSanitizeWith(own)) return own as unknown as WindowLike;
  const global = (globalThis as { window?: unknown }).window;
  return global && canSanitizeWith(global) ? (global as WindowLike) : undefined;
}

/**
 * The name a refused data page is listed under: a properties table's own heading with the document's type in
 * front ("Bộ luật" + "Tố tụng hình sự"; the page's <title> there is the database's placeholder, "Trung ương"),
 * else the page's title.
 */
function findingsTitle(kind: string, data: PageData, pageTitle: string): string {
  if (kind !== 'properties' || !data.caption) return pageTitle;
  const type = cardFromAttributes(data.attributes).type;
  return type && !foldForSearch(data.caption).startsWith(foldForSearch(type)) ? `${type} ${data.caption}` : data.caption;
}

export function extractArticle(doc: Document, url: string, opts: ExtractOptions = {}): ExtractResult {
  const lang = opts.lang ?? 'vi';
  try {
    return extract(doc, url, opts, lang);
  } catch {
    // A broken page (or a DOM quirk) must never take the caller down with it.
    return failure('error', lang);
  }
}

function extract(doc: Document, url: string, opts: ExtractOptions, lang: 'vi' | 'en'): ExtractResult {
  const limits: ExtractLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const outOfTime = () => clock() - started > limits.maxMillis;
  if (!doc?.documentElement) return failure('empty', lang);
  const size = measureDocument(doc, limits);
  if (size.verdict !== 'ok') return failure(size.verdict, lang);
  const win = sanitizerFor(doc, opts);
  if (!win) return failure('error', lang);

  const clone = cloneForExtraction(doc);
  if (size.depth > FLATTEN_ABOVE_DEPTH && flattenWrappers(clone.documentElement) > MAX_DEPTH) return failure('too-large', lang);
  // One walk over the copy answers every selector and collects the short texts (short-texts.ts).
  const shortTexts = shortTextCollector(clone);
  const found = SCAN.scan(clone.documentElement, shortTexts.add);
  prepareDocument(clone, url, { images: found.images, links: found.links, reveal: found.reveal, bases: outsideTemplates(found.bases) });
  indexMeta(clone, outsideTemplates(found.meta));

  // Read everything clean-up or Readability would remove.
  const jsonLd = readJsonLd(clone, outsideTemplates(found.jsonLd));
  const host = hostOf(url);
  const siteName = readSiteName(clone, url, jsonLd, siteNameFromTitle(clone.title ?? ''));
  const pageLang = readLang(clone, () => clone.body?.textContent ?? '', lang);
  const vietnamese = isVietnamesePage(pageLang, url);
  const title = findTitle(clone, siteName, host, jsonLd.headline, found.title);
  // A legal document's header (motto, issuer, number, date, type heading), read before anything is removed.
  const header = readDocumentHeader(clone.body ?? clone.documentElement);
  // A legal document is dated by its signing, whatever other dates the page shows (quoted documents, the portal's clock).
  const publishedAt = header?.card.signed ?? findPublishedAt(clone, title.element, jsonLd, vietnamese, found.dates);
  const signals: PageSignals = {
    url,
    ogType: metaContent(clone, ['og:type']).toLowerCase(),
    jsonLdTypes: jsonLd.types,
    hasDate: !!publishedAt,
    hasTitleElement: !!title.element,
    title: title.title,
  };
  // A search address alone does not refuse before Readability: the gate weighs it against the content.
  if (hasSearchTitle(signals)) return failure('not-article', lang, 'search');
  // A query box with filters (the search page of a document database); a front page that is one goes on to the
  // gate, which may call it a search page.
  const searchForm = hasSearchForm(clone.body ?? clone.documentElement);
  if (isHomePage(signals) && !searchForm) return failure('not-article', lang, 'home');
  const leadElement = findLeadElement(clone, title.element, found.lead);
  const authors = markBylineHints(clone, found.authors, found.aligned);
  const visibleAuthor = findVisibleAuthor(authors, title.element, siteName, host);
  // A legal document's right-aligned lines are its signer, not an author.
  const trailingAuthor = header ? null : findTrailingAuthor(found.aligned, siteName, host);
  const labelledAttachments = attachmentsAfterLabels(shortTexts.result.labels);
  const canonicalUrl = readCanonicalUrl(clone, url, outsideTemplates(found.canonical));

  // Readability's own verdict on the page as the reader sees it (before our clean-up removes anything): the
  // gate never refuses a page it reads without positive evidence of a list, home, search or properties page.
  const readerable = isProbablyReaderable(clone);
  // The page's teasers with their dates and thumbnails, before clean-up removes any (gate.ts).
  const pageListing = listingEvidence(clone.body ?? clone.documentElement, 0);
  // Attributes, files, resource items and forms, for the data kinds (page-data.ts).
  const pageData = readPageData(clone.body ?? clone.documentElement, found.links, url);
  // Sibling entry cards (a CMS's blog or category page), before clean-up removes any (entry-cards.ts).
  const cards = findEntryCards(clone.body);
  // A results count over the items ("37 bộ dữ liệu tìm thấy"), before clean-up removes any (results-count.ts).
  const results = findResultsCount(shortTexts.result.numbers, clone.body);

  for (const el of found.junk) removeNode(el);
  // The description is a lead only where the page prints it (lead.ts); read before clean-up removes anything.
  const leadFromMeta = leadElement ? null : metaLead(clone, () => (clone.body ?? clone.documentElement).textContent ?? '');
  cleanupDocument(clone, found, shortTexts.result.ruleHits);
  if (outOfTime()) return failure('too-large', lang);

  const reader = new Readability<Element>(clone, {
    charThreshold: CHAR_THRESHOLD,
    keepClasses: true,
    // JSON-LD was read above (and its scripts removed as junk).
    disableJSONLD: true,
    serializer: (el) => el as Element,
  });
  const parsed = reader.parse();
  if (outOfTime()) return failure('too-large', lang);
  const content = parsed?.content;
  if (!parsed || !content) return failure('not-article', lang);
  // Boilerplate inside the article column of English news pages (time stamps, credits, prompts), once the column is
  // picked; its rules are worded for those pages, and a Vietnamese page is never read through them.
  if (!vietnamese) cleanupContent(content);

  const recovered = recoverArticle({
    content,
    leadCandidates: [leadElement, leadFromMeta],
    readabilityByline: parsed.byline ?? null,
    visibleAuthor,
    trailingAuthor,
    jsonLdAuthors: jsonLd.personAuthors,
    metaAuthors: [metaContent(clone, ['article:author', 'dable:author', 'author', 'dc.creator'])],
    siteName,
    host,
    labelledAttachments,
  });

  if (outOfTime()) return failure('too-large', lang);
  // No headline element matched the metadata: the body may open with the real headline (gate.ts, edges.ts).
  const legal = header ? legalReading(header, title, pageData.attributes) : null;
  const articleTitle = legal?.title || (!title.element && headlineAtTop(content, clone.title || title.title)) || title.title || (parsed.title ?? '').trim();
  tidyEdges(content, articleTitle);
  slimForSanitizer(content);
  const withLead = (body: string) => (recovered.lead ? `${recovered.lead}\n\n${body}`.trim() : body);
  const gate = gateArticle({
    signals,
    content,
    page: pageListing,
    text: () => withLead(elementText(content)),
    attachments: recovered.attachments.length,
    readerable,
    document: !!header,
    data: pageData,
    searchForm,
    cards,
    results,
  });
  if (gate.verdict !== 'article') {
    const offers = gate.kind === 'properties' || gate.kind === 'dataset';
    return failure('not-article', lang, gate.kind, offers ? { title: findingsTitle(gate.kind, pageData, title.title), attributes: pageData.attributes, files: pageData.files } : undefined);
  }
  // Only an article is sanitised (the gate only reads the element): a refused list page costs nothing here.
  // A sanitiser window other than the page's own is jsdom under Node (sanitizer-input.ts).
  const html = sanitizeArticleElement(content, win, win !== (doc.defaultView as unknown));
  // The text is read from the sanitised HTML, which is what the popup and the reader show: the numbers we
  // report (eval, figures' offsets, search) and the screen cannot drift apart.
  const text = withLead(elementText(sanitizedFragment(html, clone)));
  const wordCount = countWords(text);
  const article: Article = {
    url,
    canonicalUrl,
    title: articleTitle,
    byline: recovered.byline,
    publishedAt,
    siteName,
    lang: pageLang,
    lead: recovered.lead,
    html,
    text,
    images: recovered.images,
    attachments: recovered.attachments,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
    extractedAt: (opts.now?.() ?? new Date()).toISOString(),
  };
  if (legal) {
    article.kind = 'legal';
    article.document = legal.card(text);
  }
  return { ok: true, article };
}
