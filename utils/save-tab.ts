// Saving runs in the background so that closing the popup mid-save loses nothing: the popup only asks,
// the background extracts (through the page), analyses, fetches images and writes one transaction.
import { analyseArticle } from './analyse';
import { isAnalysed } from './analysed';
import { extractFromTab } from './tab-extract';
import type { SaveReply } from './messages';
import { openLibrary, type LibraryDb } from './library/db';
import { saveArticle } from './library/save';
import { LibraryError, LIBRARY_ERROR_MESSAGES } from './library/errors';
import { fetchImageForSave } from './fetch-image';

let dbPromise: Promise<LibraryDb> | null = null;

/** One connection per background lifetime; reopened after a failure. */
export function library(): Promise<LibraryDb> {
  dbPromise ??= openLibrary().catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

// Two clicks on Save for the same tab share one save instead of racing.
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
  try {
    const analysed = isAnalysed(result.article) ? result.article : analyseArticle(result.article);
    const db = await library();
    const saved = await saveArticle(db, analysed, { fetchImage: (url) => fetchImageForSave(tabId, url), replace });
    return { ok: true, id: saved.id };
  } catch (e) {
    if (e instanceof LibraryError) return { ok: false, reason: e.code, message: LIBRARY_ERROR_MESSAGES[e.code].vi };
    return { ok: false, reason: 'error', message: 'Không lưu được bài viết. Hãy thử lại.' };
  }
}
