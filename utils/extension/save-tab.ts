// Saving runs in the background so that closing the popup mid-save loses nothing: the popup only asks,
// the background extracts (through the page), analyses, fetches images and writes one transaction.
import { analyseArticle } from '../analyse';
import { isAnalysed } from '../analysed';
import { extractFromTab } from './tab-extract';
import type { SaveReply } from '../messages';
import { openLibrary, type LibraryDb } from '../library/db';
import { saveArticle } from '../library/save';
import { LibraryError, LIBRARY_ERROR_MESSAGES } from '../library/errors';
import { articleImageLimits, fetchImageForSave } from './fetch-image';
import { photoCount, refetchMissingImages } from '../library/refetch';

let dbPromise: Promise<LibraryDb> | null = null;

/** One connection per background lifetime; reopened after a failure. */
export function library(): Promise<LibraryDb> {
  dbPromise ??= openLibrary().catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

// Two clicks on Save for the same tab share one save instead of racing. Sharing is safe because a save is
// bounded: the page answers within EXTRACT_TIMEOUT_MS and its images within ARTICLE_IMAGES_MS (a hung image
// is given up and counted as missing), so a later save never waits on a hung one.
const inFlight = new Map<number, Promise<SaveReply>>();

/** `replace`: the reader agreed to replace a saved article whose title or text differ (LibraryError 'conflict'). */
export function saveTab(tabId: number, opts: { replace?: boolean } = {}): Promise<SaveReply> {
  const running = inFlight.get(tabId);
  if (running) return running;
  const job = doSave(tabId, opts.replace === true).finally(() => inFlight.delete(tabId));
  inFlight.set(tabId, job);
  return job;
}

async function doSave(tabId: number, replace: boolean): Promise<SaveReply> {
  const result = await extractFromTab(tabId);
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
  const limits = articleImageLimits();
  try {
    const analysed = isAnalysed(result.article) ? result.article : analyseArticle(result.article);
    const db = await library();
    const saved = await saveArticle(db, analysed, { fetchImage: (url) => fetchImageForSave(tabId, url, limits), replace });
    return { ok: true, id: saved.id, images: photoCount(analysed.images.map((im) => im.src), saved.missingImages) };
  } catch (e) {
    return saveError(e);
  } finally {
    limits.dispose();
  }
}

function saveError(e: unknown): { ok: false; reason: string; message: string } {
  if (e instanceof LibraryError) return { ok: false, reason: e.code, message: LIBRARY_ERROR_MESSAGES[e.code].vi };
  return { ok: false, reason: 'error', message: 'Không lưu được bài viết. Hãy thử lại.' };
}

// "Tải lại ảnh" for one saved article: no tab is involved (the page may be long closed), so only images the
// background may read come back — the registered site families, image hosts the reader allowed, CORS images.
const refetching = new Map<string, Promise<SaveReply>>();

export function refetchImages(id: string): Promise<SaveReply> {
  const running = refetching.get(id);
  if (running) return running;
  const job = (async (): Promise<SaveReply> => {
    const limits = articleImageLimits();
    try {
      const images = await refetchMissingImages(await library(), id, { fetchImage: (url) => fetchImageForSave(null, url, limits) });
      return { ok: true, id, images };
    } catch (e) {
      return saveError(e);
    } finally {
      limits.dispose();
    }
  })().finally(() => refetching.delete(id));
  refetching.set(id, job);
  return job;
}
