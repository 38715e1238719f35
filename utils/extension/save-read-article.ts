// Saving an article the popup's digest read from a list page (utils/digest/read-teasers.ts), without the reader
// opening it: the popup hands over what it read and the background, which outlives the popup, keeps it with its
// photos. No tab is involved, so only photos the background may fetch come with it (the registered site
// families, hosts the reader allowed, CORS images); the library can fetch the others later.
import type { AnalysedArticle } from '../model/analysed-article';
import type { SaveReply } from '../messaging/protocol';
import { checkSavedArticle, photoCount, saveArticle } from '../library';
import { fetchImageForSave } from './fetch-image';
import { library, withImageLimits } from './save-tab';

/** The article's shape, checked as a stored record would be: it came from a page, through a message. */
function checkRead(article: AnalysedArticle): string | null {
  const now = new Date().toISOString();
  return checkSavedArticle(
    { ...article, id: 'digest', savedAt: now, updatedAt: now, readAt: null, progress: 0, tags: [], missingImages: [] },
    { untrustedHtml: true },
  );
}

export function saveReadArticle(article: AnalysedArticle): Promise<SaveReply> {
  if (checkRead(article)) return Promise.resolve({ ok: false, reason: 'invalid', message: 'Không lưu được bài viết này.' });
  return withImageLimits(async (limits) => {
    const saved = await saveArticle(await library(), article, { fetchImage: (url) => fetchImageForSave(null, url, limits) });
    return { ok: true, id: saved.id, images: photoCount(article.images.map((im) => im.src), saved.missingImages) };
  });
}
