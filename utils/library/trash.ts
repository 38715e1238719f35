// "Đã xoá gần đây": deleted articles stay restorable for TRASH_DAYS (removeArticle() puts them here), so no
// delete — from the list, a search result or the popup — loses an article for good by one click.
import type { LibraryDb } from './schema';
import { toLibraryError } from './errors';
import { inWriteTx } from './tx';
import { restoreArticle } from './update';
import { recoverText } from './check-list-row';

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

/** Restores a deleted article; false when it is no longer in the trash. */
export async function restoreFromTrash(db: LibraryDb, id: string): Promise<boolean> {
  const row = await db.get('trash', id).catch((e: unknown) => {
    throw toLibraryError(e);
  });
  if (!row) return false;
  await restoreArticle(db, { article: row.article, images: row.images });
  return true;
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
