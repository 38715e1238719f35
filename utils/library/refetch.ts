// "Tải lại ảnh": fetching again the photos a save could not keep (offline then, a host not yet allowed, a hung
// server), and adding them to the saved article. The article's text and the reader's state are not touched.
import type { LibraryDb } from './schema';
import { LibraryError } from './errors';
import { getArticle } from './read';
import { fetchImages, type SaveOptions } from './save';
import { inWriteTx } from './tx';
import { writeArticles } from './write';

export interface PhotoCount {
  /** Photos of the article kept offline. */
  saved: number;
  /** Photos the article shows. */
  total: number;
}

/** How many of an article's photos are kept: its distinct image URLs, less the missing ones. */
export function photoCount(imageUrls: readonly string[], missing: readonly string[]): PhotoCount {
  const urls = new Set(imageUrls);
  const gone = new Set(missing);
  return { total: urls.size, saved: [...urls].filter((u) => !gone.has(u)).length };
}

export async function refetchMissingImages(db: LibraryDb, id: string, opts: SaveOptions): Promise<PhotoCount> {
  const article = await getArticle(db, id);
  if (!article) throw new LibraryError('not-found', id, { articleId: id });
  if (article.missingImages.length === 0) return photoCount(article.images.map((im) => im.src), []);
  // Fetched BEFORE the transaction (it would auto-commit while the network is awaited).
  const { images: fetched } = await fetchImages(id, article.missingImages, opts, article.url);
  return inWriteTx(db, async (tx) => {
    // Read again inside the transaction: the reader may have tagged or read the article meanwhile.
    const current = await tx.objectStore('articles').get(id);
    if (!current) throw new LibraryError('not-found', id, { articleId: id });
    const stored = await tx.objectStore('images').index('articleId').getAll(id);
    const have = new Set(stored.map((im) => im.url));
    const order = current.images.map((im) => im.src);
    const images = [...stored, ...fetched.filter((im) => !have.has(im.url))].sort(
      (a, b) => order.indexOf(a.url) - order.indexOf(b.url),
    );
    const kept = new Set(images.map((im) => im.url));
    const missingImages = current.missingImages.filter((url) => !kept.has(url));
    await writeArticles(tx, [{ article: { ...current, missingImages }, images, keepIndex: true }]);
    return photoCount(order, missingImages);
  });
}
