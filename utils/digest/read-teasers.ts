// Filling a digest in: each teaser's article is fetched (through the polite fetcher), parsed, read and
// summarised, and reported as soon as it is done, in whatever order the server answers. Summaries already in the
// cache are reported first, without a request. The articles themselves are kept while the digest is open, so a
// "Lưu" on an item saves what was read instead of fetching it again.
import type { AnalysedArticle } from '../model/analysed-article';
import type { FetchFailure, PageFetcher } from './page-fetcher';
import { readQuickSummary, type QuickSummary } from './quick-summary';
import type { SummaryCache } from './summary-cache';

export type ItemFailure = FetchFailure | 'not-article' | 'unreadable';

export type ItemState =
  | { status: 'waiting' }
  | { status: 'done'; summary: QuickSummary }
  | { status: 'failed'; reason: ItemFailure; httpStatus?: number };

export interface ReadTeasersDeps {
  fetcher: PageFetcher;
  /** HTML text → an inert document (DOMParser in the browser, jsdom in Node). */
  parse(html: string, url: string): Document;
  cache: SummaryCache;
  lang: 'vi' | 'en';
  /** Lets the interface paint between two articles (each read costs the main thread tens of milliseconds). */
  yieldToPaint?: () => Promise<void>;
}

export interface TeaserReader {
  /** Reports every URL's state as it changes; resolves when all are settled or `signal` aborts. */
  run(urls: readonly string[], pageUrl: string, onItem: (url: string, state: ItemState) => void, signal?: AbortSignal): Promise<void>;
  /** The article read for `url` (fetching it when only its cached summary is here), or why it cannot be had. */
  article(url: string, pageUrl: string): Promise<{ ok: true; article: AnalysedArticle } | { ok: false; reason: ItemFailure }>;
}

export function createTeaserReader(deps: ReadTeasersDeps): TeaserReader {
  const articles = new Map<string, AnalysedArticle>();

  async function readOne(url: string, pageUrl: string, signal?: AbortSignal): Promise<ItemState & { article?: AnalysedArticle }> {
    const page = await deps.fetcher.fetchPage(url, pageUrl, { signal });
    if (!page.ok) return { status: 'failed', reason: page.reason, ...(page.status ? { httpStatus: page.status } : {}) };
    if (page.notModified) return { status: 'failed', reason: 'unreadable' };
    await deps.yieldToPaint?.();
    // The address the server answered for (after a same-site redirect) is the article's own.
    const read = readQuickSummary(deps.parse(page.html, page.url), page.url, deps.lang);
    if (!read.ok) return { status: 'failed', reason: read.reason };
    articles.set(url, read.article);
    // Keyed by the teaser's URL, which is what the list page links to next time.
    return { status: 'done', summary: { ...read.summary, url }, article: read.article };
  }

  async function run(urls: readonly string[], pageUrl: string, onItem: (url: string, state: ItemState) => void, signal?: AbortSignal) {
    const cached = await deps.cache.getMany(urls);
    for (const [url, summary] of cached) onItem(url, { status: 'done', summary });
    const todo = urls.filter((u) => !cached.has(u));
    await Promise.all(
      todo.map(async (url) => {
        const state = await readOne(url, pageUrl, signal);
        if (signal?.aborted) return;
        // Stored before it is shown: a digest that shows a summary will show it again when reopened.
        if (state.status === 'done') await deps.cache.put(state.summary);
        const { article: _article, ...shown } = state as ItemState & { article?: AnalysedArticle };
        onItem(url, shown);
      }),
    );
  }

  async function article(url: string, pageUrl: string) {
    const known = articles.get(url);
    if (known) return { ok: true as const, article: known };
    const state = await readOne(url, pageUrl);
    if (state.status === 'done' && state.article) return { ok: true as const, article: state.article };
    return { ok: false as const, reason: state.status === 'failed' ? state.reason : ('unreadable' as const) };
  }

  return { run, article };
}
