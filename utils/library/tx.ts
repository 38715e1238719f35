// One place that runs a readwrite transaction and turns every way it can fail (a request error, a thrown
// wrapper, QuotaExceededError at commit) into an aborted transaction plus a LibraryError. Aborting is what
// guarantees "all or nothing": IndexedDB rolls back every request of an aborted transaction.
import type { LibraryDb, LibraryStore, WriteTx } from './schema';
import { toLibraryError } from './errors';

/** Every store a write may touch; one scope for all writes keeps them serialised against each other. */
export const WRITE_STORES: LibraryStore[] = ['articles', 'images', 'summaries', 'searchDocs', 'deadDocs', 'terms', 'meta', 'quarantine', 'trash'];

/** Marks a request promise as observed: if the transaction is aborted, its rejection is expected. */
export function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

export async function inWriteTx<T>(db: LibraryDb, fn: (tx: WriteTx) => Promise<T>): Promise<T> {
  let tx: WriteTx;
  try {
    tx = db.transaction(WRITE_STORES, 'readwrite') as unknown as WriteTx;
  } catch (e) {
    throw toLibraryError(e);
  }
  const done = quiet(tx.done);
  try {
    const result = await fn(tx);
    await done;
    return result;
  } catch (e) {
    try {
      tx.abort();
    } catch {
      // Already committed or aborted by the browser (e.g. quota at commit): nothing more to undo.
    }
    await done.catch(() => undefined);
    throw toLibraryError(e);
  }
}
