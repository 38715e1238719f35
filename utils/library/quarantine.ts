// Damaged records are moved aside, not deleted: the user's data may still be recoverable by hand, and one bad
// record must never stop the rest of the library from opening, listing or searching.
import type { LibraryDb } from './schema';
import type { QuarantineRecord } from './schema';
import { inWriteTx, quiet } from './tx';
import { applyIndexChanges } from './search-index';

export async function quarantineArticle(db: LibraryDb, id: string, reason: string, now = new Date()): Promise<void> {
  await inWriteTx(db, async (tx) => {
    const record: unknown = await tx.objectStore('articles').get(id);
    if (record === undefined) return; // another caller got here first
    await Promise.all([
      quiet(tx.objectStore('quarantine').add({ id, store: 'articles', reason, quarantinedAt: now.toISOString(), record })),
      quiet(tx.objectStore('articles').delete(id)),
      quiet(tx.objectStore('summaries').delete(id)),
      // Images stay: saving the page again reuses the same id and replaces them.
      quiet(applyIndexChanges(tx, new Map([[id, null]]))),
    ]);
  });
}

export async function listQuarantine(db: LibraryDb): Promise<QuarantineRecord[]> {
  return db.getAll('quarantine');
}
