// v3 → v4: until v4 a page could name any address as its canonical URL and the article was keyed by it, so a
// page could land on (and replace) another site's saved article. Articles are now keyed by
// identityUrl() (utils/sites/same-site.ts). Records whose key came from another site move to their own page's key, with
// their images, list row and search entries; when that key is already taken, the record stays where it is
// (still readable, still listed) rather than overwrite another saved article.
import type { SavedArticle } from '../../model/saved-article';
import type { WriteTx } from '../schema';
import { articleId } from '../id';
import { identityUrl } from '../../sites/same-site';
import { checkSavedArticle } from '../validate';
import { deleteArticles, writeArticles } from '../write';

export async function rekeyByIdentity(tx: WriteTx): Promise<void> {
  const articles = tx.objectStore('articles');
  const records = (await articles.getAll()) as unknown[];
  for (const r of records) {
    // Damaged records are left for getArticle() to quarantine on first read.
    if (checkSavedArticle(r) !== null) continue;
    const old = r as SavedArticle;
    const id = articleId(identityUrl(old));
    if (id === old.id || (await articles.getKey(id)) !== undefined) continue;
    const images = (await tx.objectStore('images').index('articleId').getAll(old.id)).map((im) => ({ ...im, articleId: id }));
    await deleteArticles(tx, [old.id]);
    await writeArticles(tx, [{ article: { ...old, id }, images }]);
  }
}
