// Fetching a page's image at save time. The background tries first (works where the extension has host
// access — the registered site families, or an image host the reader allowed — or the image server allows
// CORS); otherwise the extractor in the page fetches it with the page's own origin, which is how most portals
// serve their photos (same host, no CORS headers). Every fetch is bounded (utils/images/image-bytes.ts) and every
// image of one article shares a byte budget and a deadline, so a hung or endless image costs a save at most
// ARTICLE_IMAGES_MS and is then counted as missing (the library can fetch it again later).
import type { FetchImageReply } from '../messaging/protocol';
import { send } from '../messaging/messenger';
import { toTab } from './transports';
import { ByteBudget, dataUrlToBlob, IMAGE_TIMEOUT_MS, readImage, type ImageLimits } from '../images/image-bytes';

/** All images of one article together: enough for a 40-photo report of web-sized photos. */
export const ARTICLE_IMAGE_BYTES = 30 * 1024 * 1024;
/** After this the images still on their way are given up, and the article is saved without them. */
export const ARTICLE_IMAGES_MS = 45_000;

export interface ArticleImageLimits extends ImageLimits {
  budget: ByteBudget;
  signal: AbortSignal;
  /** Stops the deadline timer (call when the save is done). */
  dispose(): void;
}

export function articleImageLimits(totalBytes = ARTICLE_IMAGE_BYTES, deadlineMs = ARTICLE_IMAGES_MS): ArticleImageLimits {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deadlineMs);
  return { budget: new ByteBudget(totalBytes), signal: controller.signal, dispose: () => clearTimeout(timer) };
}

/** Resolves with undefined when the page does not answer in time or the save gave up. */
function askPage(tabId: number, url: string, signal: AbortSignal): Promise<FetchImageReply | undefined> {
  return new Promise((resolve) => {
    // The extractor's own fetch times out at IMAGE_TIMEOUT_MS; a page that froze does not answer at all.
    const timer = setTimeout(() => resolve(undefined), IMAGE_TIMEOUT_MS + 2_000);
    const done = (v: FetchImageReply | undefined) => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
      resolve(v);
    };
    const onAbort = () => done(undefined);
    signal.addEventListener('abort', onAbort, { once: true });
    send(toTab(tabId), { type: 'tinsach/fetch-image', url }).then(done, () => done(undefined));
  });
}

export async function fetchImageForSave(tabId: number | null, url: string, limits: ArticleImageLimits): Promise<Blob | null> {
  const direct = await readImage(url, {}, limits);
  if (direct.ok) return direct.blob;
  // Only a refusal by the browser (CORS, no host access) or by the server (a cookie or referrer check) is worth
  // asking the page about; an image that is too big, too slow or not an image stays missing.
  if (direct.reason !== 'network' && direct.reason !== 'status') return null;
  if (tabId === null || limits.signal.aborted) return null;
  const reply = await askPage(tabId, url, limits.signal);
  const blob = reply?.ok && typeof reply.dataUrl === 'string' ? dataUrlToBlob(reply.dataUrl) : null;
  return blob && limits.budget.take(blob.size) ? blob : null;
}
