// The in-page side of the protocol: answers the popup's and background's requests for the current
// document, caching the extraction per URL for the life of the page so a second popup open is instant.
// Plain functions over a Document so the tests can drive it without a browser.
import type { ExtractResult } from './article';
import { failure } from './article';
import { parseMessage, type FetchImageReply, type PingReply } from './messages';
import { blobToDataUrl, fetchImageBlob } from './image-bytes';

export type Extract = (doc: Document, url: string) => ExtractResult;

export function createExtractService(doc: Document, extract: Extract) {
  const cache = new Map<string, ExtractResult>();

  function extractCurrent(): ExtractResult {
    const url = doc.location?.href ?? doc.URL;
    const cached = cache.get(url);
    if (cached) return cached;
    let result: ExtractResult;
    try {
      result = extract(doc, url);
    } catch {
      // extractArticle already turns its own faults into results; this guards against the unexpected.
      result = failure('error');
    }
    // Only keep one URL: single-page sites change location without reloading the script.
    cache.clear();
    cache.set(url, result);
    return result;
  }

  /** Handles one raw runtime message; returns undefined for messages that are not ours to answer. */
  async function fetchImage(url: string): Promise<FetchImageReply> {
    const blob = await fetchImageBlob(url, { credentials: 'same-origin' });
    return blob ? { ok: true, type: blob.type, dataUrl: await blobToDataUrl(blob) } : { ok: false };
  }

  function handle(raw: unknown): Promise<ExtractResult | PingReply | FetchImageReply> | undefined {
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'tinsach/ping') return Promise.resolve({ ok: true, url: doc.location?.href ?? doc.URL });
    if (message.type === 'tinsach/extract') return Promise.resolve(extractCurrent());
    if (message.type === 'tinsach/fetch-image') return fetchImage(message.url);
    return undefined;
  }

  return { handle, extractCurrent, cacheSize: () => cache.size };
}
