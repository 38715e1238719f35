// The writes every path shares (save, import, restore, tag/read updates, migration): the article, its list
// row, its images and its search postings, all inside the caller's transaction.
import type { SavedArticle } from '../model/saved-article';
import type { StoredImage } from './schema';
import type { WriteTx } from './schema';
import { toListRow } from './list-row';
import { applyIndexChanges, mergeTail, searchableFields, TAIL_LIMIT, weighTokens } from './search-index';
import { quiet } from './tx';

export interface ArticleWrite {
  article: SavedArticle;
  /** Replace the article's images with these; undefined keeps the stored ones. */
  images?: StoredImage[];
  /** Skip re-indexing (metadata-only change that no search field depends on, e.g. progress). */
  keepIndex?: boolean;
}

async function deleteImages(tx: WriteTx, articleId: string): Promise<void> {
  const store = tx.objectStore('images');
  const keys = await store.index('articleId').getAllKeys(articleId);
  await Promise.all(keys.map((k) => quiet(store.delete(k))));
}

/** Past this tail size a write merges inside its own transaction (bulk imports; or background merges failing). */
const MERGE_IN_TX = 4 * TAIL_LIMIT;

/** Writes everything; returns the search tail size (callers schedule a merge past TAIL_LIMIT). */
export async function writeArticles(tx: WriteTx, writes: ArticleWrite[]): Promise<number> {
  const articles = tx.objectStore('articles');
  const summaries = tx.objectStore('summaries');
  const images = tx.objectStore('images');
  const ops: Promise<unknown>[] = [];
  const index = new Map<string, Map<string, number> | null>();
  const previousRows = await Promise.all(writes.map((w) => (w.images ? undefined : summaries.get(w.article.id))));
  writes.forEach((w, i) => {
    const imageBytes = w.images
      ? w.images.reduce((n, im) => n + im.data.byteLength, 0)
      : // The previous row is read from disk: a damaged one must not turn the new row's size into text.
        (typeof previousRows[i]?.imageBytes === 'number' ? previousRows[i]!.imageBytes : 0);
    ops.push(quiet(articles.put(w.article)));
    ops.push(quiet(summaries.put(toListRow(w.article, imageBytes))));
    if (w.images) {
      const list = w.images;
      ops.push(quiet(deleteImages(tx, w.article.id).then(() => Promise.all(list.map((im) => images.put(im))))));
    }
    if (!w.keepIndex) index.set(w.article.id, weighTokens(searchableFields(w.article)));
  });
  const tail = index.size > 0 ? quiet(applyIndexChanges(tx, index)) : Promise.resolve(0);
  await Promise.all([...ops, tail]);
  return mergeIfLarge(tx, await tail);
}

async function mergeIfLarge(tx: WriteTx, tail: number): Promise<number> {
  if (tail < MERGE_IN_TX) return tail;
  await mergeTail(tx);
  return 0;
}

export async function deleteArticles(tx: WriteTx, ids: string[]): Promise<number> {
  const ops: Promise<unknown>[] = [];
  for (const id of ids) {
    ops.push(quiet(tx.objectStore('articles').delete(id)));
    ops.push(quiet(tx.objectStore('summaries').delete(id)));
    ops.push(quiet(deleteImages(tx, id)));
  }
  const tail = quiet(applyIndexChanges(tx, new Map(ids.map((id) => [id, null]))));
  await Promise.all([...ops, tail]);
  return mergeIfLarge(tx, await tail);
}
