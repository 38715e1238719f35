// Optional (off unless the reader turns it on): new articles of followed pages saved for offline reading as they
// are found, while the library stays under the reader's cap. Each is fetched through the same polite fetcher,
// read by the same extractor as a digest's article (in the offscreen document in Chrome), and saved like a
// digest item (utils/extension/save-read-article.ts). A failure leaves the article in "Tin mới", unsaved.
import type { PageFetcher } from '../digest/page-fetcher';
import type { NewItem } from '../follow/followed-page';
import { findPageRecord, libraryStats } from '../library';
import { readArticleOf } from './page-reader';
import { saveReadArticle } from './save-read-article';
import { library } from './save-tab';

export async function autoSaveNew(items: NewItem[], maxBytes: number, fetcher: Pick<PageFetcher, 'fetchPage'>): Promise<number> {
  let saved = 0;
  for (const item of items) {
    const db = await library();
    if ((await libraryStats(db)).bytes >= maxBytes) break;
    if ((await findPageRecord(db, item.url, item.url)).ofPage) continue;
    const page = await fetcher.fetchPage(item.url, item.pageUrl);
    if (!page.ok || page.notModified) continue;
    const article = await readArticleOf(page.html, page.url).catch(() => null);
    if (!article) continue;
    if ((await saveReadArticle(article)).ok) saved++;
  }
  return saved;
}
