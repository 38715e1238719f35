// Saving runs in the background so that closing the popup mid-save loses nothing: the popup only asks,
// the background extracts (through the page), analyses, fetches images and writes one transaction.
import { analyseArticle } from '../analysis/analyse-article';
import { isAnalysed } from '../model/is-analysed';
import { extractFromTab } from './tab-extract';
import type { SaveReply } from '../messaging/protocol';
import {
  openLibrary,
  type LibraryDb,
  saveArticle,
  LibraryError,
  LIBRARY_ERROR_MESSAGES,
  photoCount,
  refetchMissingImages,
  articlesMissingPhotosOn,
  findPendingFor,
  dropPendingLink,
} from '../library';
import { articleImageLimits, fetchImageForSave, type ArticleImageLimits } from './fetch-image';
import { pageIdentity, sameIdentity, type PageIdentity } from '../model/page-identity';

let dbPromise: Promise<LibraryDb> | null = null;

/** One connection per background lifetime; reopened after a failure. */
export function library(): Promise<LibraryDb> {
  dbPromise ??= openLibrary().catch((e: unknown) => {
    dbPromise = null;
    throw e;
  });
  return dbPromise;
}

/**
 * One job per key at a time: a second request for the same key while the first runs gets the first's answer.
 * Sharing is safe because every job here is bounded: the page answers within EXTRACT_TIMEOUT_MS and images
 * within ARTICLE_IMAGES_MS (a hung image is given up and counted as missing), so a later request never waits
 * on a hung one.
 */
function shared<K>(running: Map<K, Promise<SaveReply>>, key: K, job: () => Promise<SaveReply>): Promise<SaveReply> {
  const current = running.get(key);
  if (current) return current;
  const started = job().finally(() => running.delete(key));
  running.set(key, started);
  return started;
}

/** Runs `save` with one article's image limits, turning any failure into a translated reply. */
export async function withImageLimits(save: (limits: ArticleImageLimits) => Promise<SaveReply>): Promise<SaveReply> {
  const limits = articleImageLimits();
  try {
    return await save(limits);
  } catch (e) {
    return saveError(e);
  } finally {
    limits.dispose();
  }
}

// Two clicks on Save for the same tab share one save instead of racing.
const saving = new Map<number, Promise<SaveReply>>();

/**
 * `replace`: the reader agreed to replace a saved article whose title or text differ (LibraryError 'conflict').
 * `expect`: the page as the popup showed it; when the page's address or words differ now, nothing is saved and
 * the reply's reason is 'changed' (the popup then shows the page as it is).
 */
export function saveTab(tabId: number, opts: { replace?: boolean; expect?: PageIdentity } = {}): Promise<SaveReply> {
  return shared(saving, tabId, () => doSave(tabId, opts.replace === true, opts.expect));
}

async function doSave(tabId: number, replace: boolean, expect: PageIdentity | undefined): Promise<SaveReply> {
  const result = await extractFromTab(tabId);
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
  if (expect && !sameIdentity(expect, await pageIdentity(result.article))) {
    return { ok: false, reason: 'changed', message: 'Trang đã thay đổi sau khi bạn mở Tin Sạch. Chưa lưu gì.' };
  }
  return withImageLimits(async (limits) => {
    const analysed = isAnalysed(result.article) ? result.article : analyseArticle(result.article);
    const db = await library();
    const saved = await saveArticle(db, analysed, { fetchImage: (url) => fetchImageForSave(tabId, url, limits), replace });
    // The page was a link to read imported under another address (a redirect, a canonical one): the saved
    // article takes its place, so the list does not keep the link as well.
    const link = await findPendingFor(db, { url: analysed.url, canonicalUrl: analysed.canonicalUrl || analysed.url, title: analysed.title }).catch(() => null);
    if (link && link !== saved.id) await dropPendingLink(db, link, saved.id).catch(() => false);
    return { ok: true, id: saved.id, images: photoCount(analysed.images.map((im) => im.src), saved.missingImages) };
  });
}

function saveError(e: unknown): { ok: false; reason: string; message: string } {
  if (e instanceof LibraryError) return { ok: false, reason: e.code, message: LIBRARY_ERROR_MESSAGES[e.code].vi };
  return { ok: false, reason: 'error', message: 'Không lưu được bài viết. Hãy thử lại.' };
}

// "Tải lại ảnh" for one saved article: no tab is involved (the page may be long closed), so only images the
// background may read come back — the registered site families, image hosts the reader allowed, CORS images.
const refetching = new Map<string, Promise<SaveReply>>();

export function refetchImages(id: string): Promise<SaveReply> {
  return shared(refetching, id, () =>
    withImageLimits(async (limits) => {
      const images = await refetchMissingImages(await library(), id, { fetchImage: (url) => fetchImageForSave(null, url, limits) });
      return { ok: true, id, images };
    }),
  );
}

/**
 * The reader has just allowed these image hosts (permissions.onAdded): the recent saves still missing photos
 * from them get them now. The popup that asked may be gone (a Firefox popup closes under the question), so
 * the background does it; a popup still open asks for the same refetch and shares this one.
 */
export async function refetchAfterGrant(origins: readonly string[]): Promise<void> {
  const ids = await articlesMissingPhotosOn(await library(), origins);
  for (const id of ids) await refetchImages(id).catch(() => undefined);
}
