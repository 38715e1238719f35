// The library as a sync run sees it: each article's reader values and when it last changed, and when each
// article in the trash was deleted. Read with cursors, one record at a time, so a large library is never held
// whole; a record too damaged to read is left to the library's own repair and not synced.
import type { LibraryDb } from '../library';
import type { SeenValues } from './memory';

export interface LocalArticle extends SeenValues {
  id: string;
  updatedAt: string;
}

export async function scanLibrary(db: LibraryDb): Promise<Map<string, LocalArticle>> {
  const out = new Map<string, LocalArticle>();
  let cursor = await db.transaction('articles').store.openCursor();
  while (cursor) {
    const a = cursor.value as unknown as Record<string, unknown>;
    if (typeof a.id === 'string' && typeof a.updatedAt === 'string' && Array.isArray(a.tags)) {
      out.set(a.id, {
        id: a.id,
        read: typeof a.readAt === 'string',
        progress: typeof a.progress === 'number' && Number.isFinite(a.progress) ? a.progress : 0,
        tags: a.tags.filter((t): t is string => typeof t === 'string'),
        updatedAt: a.updatedAt,
      });
    }
    cursor = await cursor.continue();
  }
  return out;
}

/** Article id → when it went to the trash (milliseconds). Keys only: the trashed articles and photos stay on disk. */
export async function trashDates(db: LibraryDb): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let cursor = await db.transaction('trash').store.index('deletedAt').openKeyCursor();
  while (cursor) {
    const at = Date.parse(String(cursor.key));
    if (Number.isFinite(at)) out.set(String(cursor.primaryKey), at);
    cursor = await cursor.continue();
  }
  return out;
}
