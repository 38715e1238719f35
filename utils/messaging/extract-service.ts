// The in-page side of the protocol: answers the popup's and background's requests for the current
// document, caching the extraction per URL for the life of the page so a second popup open is instant.
// Analysis (figures, summary) is added to the cached article once an analyser is in the page (analyser.js,
// injected for the popup and saves, not for the badge's check on page load); it gets what is left of the
// extraction's wall-time budget, so one article never keeps the tab busy longer than that in total.
// Plain functions over a Document so the tests can drive it without a browser.
import type { Article, ExtractResult } from '../model/article';
import { failure } from '../model/article';
import { isAnalysed } from '../model/is-analysed';
import type { AnalysedArticle } from '../model/analysed-article';
import type { ExtractReply, FetchImageReply } from './protocol';
import { receiver, type Handlers } from './messenger';
import { blobToDataUrl, fetchImageBlob } from '../images/image-bytes';
import { findTeasers } from '../digest/teasers';
import { digestKindOf } from '../digest/digest-kind';
import { isRefusedImageUrl } from '../sites/internal-address';

export type Extract = (doc: Document, url: string) => ExtractResult;

/**
 * Analysis always gets at least this much time, whatever extraction spent: its own caps (the figure finder's
 * token limit, the summary's prefix) bound it, so a page whose extraction used most of the budget (a land-price
 * table of 10,000 rows) still gets its figures and summary instead of none.
 */
export const MIN_ANALYSIS_MS = 1_500;
/** Analyses an article; no step starts after `deadline` (on `now`'s clock). */
export type Analyse = (article: Article, deadline: number) => AnalysedArticle;

/** Where analyser.js leaves its function for the extractor (both run in the extension's isolated world of the
 *  page, which page scripts cannot reach). */
export const ANALYSER_KEY = Symbol.for('tin-sach.analyser');

export interface ExtractServiceOptions {
  /** The analyser, once one is in the page (looked up at each request). */
  analyser?: () => Analyse | undefined;
  /** Wall time one article may cost the tab, extraction and analysis together. */
  budgetMs?: number;
  now?: () => number;
}

interface Cached {
  result: ExtractResult;
  /** Time the extraction took, charged against the analysis's share of the budget. */
  spentMs: number;
  /** Extractions of this URL so far (a page out of time gets a second one). */
  tries: number;
  /** A refused list page's answer with its teasers, once asked for (read once per page, like the extraction). */
  withTeasers?: ExtractReply;
}

export function createExtractService(doc: Document, extract: Extract, opts: ExtractServiceOptions = {}) {
  const cache = new Map<string, Cached>();
  const now = opts.now ?? (() => performance.now());
  const budgetMs = opts.budgetMs ?? Infinity;

  function extracted(): Cached {
    const url = doc.location?.href ?? doc.URL;
    const cached = cache.get(url);
    // Out of time once (read on page load by the background, while the page was still busy building itself):
    // the reader's own question gets one more try before "too large" stands for the page.
    if (cached && !(cached.result.ok === false && cached.result.reason === 'too-large' && cached.tries < 2)) return cached;
    const tries = (cached?.tries ?? 0) + 1;
    const started = now();
    let result: ExtractResult;
    try {
      result = extract(doc, url);
    } catch {
      // extractArticle already turns its own faults into results; this guards against the unexpected.
      result = failure('error');
    }
    // Only keep one URL: single-page sites change location without reloading the script.
    cache.clear();
    const entry: Cached = { result, spentMs: now() - started, tries };
    cache.set(url, entry);
    return entry;
  }

  /** The cached extraction, analysed once an analyser is here. */
  function current(): Cached {
    const entry = extracted();
    const analyse = opts.analyser?.();
    if (analyse && entry.result.ok && !isAnalysed(entry.result.article)) {
      const deadline = now() + Math.max(MIN_ANALYSIS_MS, budgetMs - entry.spentMs);
      entry.result = { ok: true, article: analyse(entry.result.article, deadline) };
    }
    return entry;
  }

  const extractCurrent = (): ExtractResult => current().result;

  /** A refused list, home or search page's answer carries its teasers, so the popup shows the digest after one
   *  round trip instead of two; they are read once (the background asks on a registered list page's load, so the
   *  popup opened next finds them ready). */
  function withTeasers(): ExtractReply {
    const entry = current();
    const result = entry.result;
    const kind = digestKindOf(result);
    if (!kind) return result;
    if (entry.withTeasers) return entry.withTeasers;
    try {
      entry.withTeasers = { ...result, teasers: findTeasers(doc, doc.location?.href ?? doc.URL, kind) };
      return entry.withTeasers;
    } catch {
      return result; // the popup then asks for the teasers on their own, and shows the refusal if none come
    }
  }

  async function fetchImage(url: string): Promise<FetchImageReply> {
    // The background refuses these before asking; refused here too, so no message makes the page's origin read them.
    if (isRefusedImageUrl(url, doc.location?.href ?? doc.URL)) return { ok: false };
    const blob = await fetchImageBlob(url, { credentials: 'same-origin' });
    return blob ? { ok: true, type: blob.type, dataUrl: await blobToDataUrl(blob) } : { ok: false };
  }

  /** What the extractor in a page answers; the sender is checked by its listener (entrypoints/extractor.ts). */
  const handlers: Handlers<'tinsach/ping' | 'tinsach/extract' | 'tinsach/fetch-image' | 'tinsach/teasers'> = {
    'tinsach/teasers': (message) => Promise.resolve(findTeasers(doc, doc.location?.href ?? doc.URL, message.kind)),
    // `read`: whether this page has been read (on load, or by an earlier question): the extractor is in every
    // registered page from the start, so being there no longer says that.
    'tinsach/ping': () => {
      const url = doc.location?.href ?? doc.URL;
      return Promise.resolve({ ok: true, url, read: cache.has(url) });
    },
    'tinsach/extract': (message) => Promise.resolve(message.teasers === true ? withTeasers() : extractCurrent()),
    'tinsach/fetch-image': (message) => fetchImage(message.url),
  };
  /** Handles one raw runtime message; returns undefined for messages that are not ours to answer. */
  const handle = receiver(handlers);

  return { handle, extractCurrent, cacheSize: () => cache.size };
}
