// Which recently saved articles wait for photos from hosts the reader has just allowed. A save that needs an
// image host asks the reader, but does not wait for the answer (the popup can close under the question); when
// the answer is "Allow", the background fetches those photos at once, so the library does not say "Thiếu 1 ảnh"
// until the reader presses "Tải lại ảnh".
import type { LibraryDb } from './schema';
import { listArticles, getArticle } from './read';
import { patternCoversHost } from '../images/photo-hosts';
import { webUrl } from '../sites/same-site';

/** Saves looked at: the answer comes seconds after the save, so the newest are the ones that asked. */
const RECENT = 20;

export async function articlesMissingPhotosOn(db: LibraryDb, origins: readonly string[]): Promise<string[]> {
  if (origins.length === 0) return [];
  const { items } = await listArticles(db, { sort: 'saved-desc', limit: RECENT });
  const out: string[] = [];
  for (const row of items) {
    if (!row.missingImages || row.pending) continue;
    const article = await getArticle(db, row.id).catch(() => null);
    const covered = article?.missingImages.some((src) => {
      const host = webUrl(src)?.hostname;
      return host !== undefined && origins.some((o) => patternCoversHost(o, host));
    });
    if (covered) out.push(row.id);
  }
  return out;
}
