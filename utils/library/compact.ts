// Merging the search tail into the postings, off the save path.
import type { LibraryDb } from './schema';
import { inWriteTx } from './tx';
import { mergeTail } from './search-index';

const scheduled = new WeakMap<LibraryDb, Promise<void>>();

/** Merges the tail now (one transaction). Safe to call at any time; a no-op when the tail is empty. */
export function compactSearchIndex(db: LibraryDb): Promise<void> {
  return inWriteTx(db, (tx) => mergeTail(tx));
}

/**
 * Merges soon, after the current save has returned: a merge rewrites every touched token's postings (about
 * a second at 10,000 articles), which the user should not wait for. Failures are ignored: the tail keeps
 * working for search, and the next save (or a bulk write) merges again.
 */
export function scheduleCompaction(db: LibraryDb): Promise<void> {
  const pending = scheduled.get(db);
  if (pending) return pending;
  const run = new Promise<void>((resolve) => setTimeout(resolve, 0))
    .then(() => compactSearchIndex(db))
    .catch(() => undefined)
    .finally(() => scheduled.delete(db));
  scheduled.set(db, run);
  return run;
}
