// "Đã xoá gần đây": deleted articles stay restorable for TRASH_DAYS (removeArticle() puts them here), so no
// delete — from the list, a search result or the popup — loses an article for good by one click.
import type { LibraryDb } from './schema';
import { LibraryError, toLibraryError } from './errors';
import { inWriteTx } from './tx';
import { recoverText } from './check-list-row';
import type { SavedArticle } from '../model/saved-article';
import { articleId } from './id';
import { checkSavedArticle } from './validate';
import { deleteArticles, writeArticles } from './write';
import { stableStringify } from './stable-json';

export const TRASH_DAYS = 30;

export interface TrashItem {
  id: string;
  title: string;
  url: string;
  deletedAt: string;
  /** When purgeTrash() will drop it (deletedAt + TRASH_DAYS); '' when the row has no readable date. */
  keptUntil: string;
}

function keptUntil(deletedAt: string): string {
  const t = Date.parse(deletedAt);
  return Number.isNaN(t) ? '' : new Date(t + TRASH_DAYS * 86_400_000).toISOString();
}

/** Newest first. */
export async function listTrash(db: LibraryDb): Promise<TrashItem[]> {
  try {
    const rows = await db.getAllFromIndex('trash', 'deletedAt');
    // Read like any record on disk: a damaged trash row still lists (and can be deleted), it never throws.
    return rows.reverse().map((r) => ({
      id: String(r.id),
      title: recoverText(r.article, 'title') ?? '',
      url: recoverText(r.article, 'url', 2000) ?? '',
      deletedAt: typeof r.deletedAt === 'string' ? r.deletedAt : '',
      keptUntil: keptUntil(String(r.deletedAt)),
    }));
  } catch (e) {
    throw toLibraryError(e);
  }
}

/**
 * What "Khôi phục" may do when the library already holds a copy at the trashed article's address (the reader
 * saved the page again after deleting it): 'replace' puts the trashed copy back and moves the current one to
 * the trash; 'both' puts the trashed copy back beside the current one, under an id of its own.
 */
export type RestoreChoice = 'replace' | 'both';

export type RestoreOutcome =
  | { kind: 'restored'; id: string }
  /** No longer in the trash (restored or deleted elsewhere). */
  | { kind: 'gone' }
  /** Nothing changed: the reader is asked first. `trashedOlder`: the trashed copy was updated before the current one. */
  | { kind: 'ask'; trashedOlder: boolean; current: { title: string; updatedAt: string } };

/** The same article in every field the reader can see or has set (dates of saving aside). */
export function sameCopy(a: SavedArticle, b: SavedArticle): boolean {
  return a.title === b.title && a.text === b.text && a.readAt === b.readAt && a.progress === b.progress && stableStringify(a.tags) === stableStringify(b.tags);
}

/**
 * Restores a deleted article. A newer or different copy at the same address is never replaced without the
 * reader's choice, and what a choice replaces goes to the trash in its stead, so no restore loses a copy.
 */
export async function restoreFromTrash(db: LibraryDb, id: string, choice?: RestoreChoice, now = new Date()): Promise<RestoreOutcome> {
  try {
    return await inWriteTx(db, async (tx): Promise<RestoreOutcome> => {
      const row = await tx.objectStore('trash').get(id);
      if (!row) return { kind: 'gone' };
      if (checkSavedArticle(row.article) !== null) throw new LibraryError('corrupt', `trash row ${id}`, { articleId: id });
      const current = await tx.objectStore('articles').get(id);
      const images = row.images;
      if (!current || sameCopy(current, row.article)) {
        await writeArticles(tx, [{ article: row.article, images }]);
        await tx.objectStore('trash').delete(id);
        return { kind: 'restored', id };
      }
      if (!choice) return { kind: 'ask', trashedOlder: row.article.updatedAt <= current.updatedAt, current: { title: current.title, updatedAt: current.updatedAt } };
      if (choice === 'both') {
        // Its own id (from the address and the time it was deleted): both copies list, neither is the other.
        const copyId = articleId(`${id}|${String(row.deletedAt)}`);
        await writeArticles(tx, [{ article: { ...row.article, id: copyId }, images: images.map((im) => ({ ...im, articleId: copyId })) }]);
        await tx.objectStore('trash').delete(id);
        return { kind: 'restored', id: copyId };
      }
      const currentImages = await tx.objectStore('images').index('articleId').getAll(id);
      await deleteArticles(tx, [id]);
      await writeArticles(tx, [{ article: row.article, images }]);
      // The trash is keyed by article id: the current copy takes the restored one's place there.
      await tx.objectStore('trash').put({ id, deletedAt: now.toISOString(), article: current, images: currentImages });
      return { kind: 'restored', id };
    });
  } catch (e) {
    throw toLibraryError(e);
  }
}

export async function deleteForever(db: LibraryDb, id: string): Promise<void> {
  await inWriteTx(db, (tx) => tx.objectStore('trash').delete(id));
}

/** Drops what was deleted more than TRASH_DAYS ago; returns how many. Run when the library opens. */
export async function purgeTrash(db: LibraryDb, now = new Date(), days = TRASH_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 86_400_000).toISOString();
  return inWriteTx(db, async (tx) => {
    const index = tx.objectStore('trash').index('deletedAt');
    const keys = await index.getAllKeys(IDBKeyRange.upperBound(cutoff, true));
    await Promise.all(keys.map((k) => tx.objectStore('trash').delete(k)));
    return keys.length;
  });
}
