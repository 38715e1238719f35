// How much the library holds and how much room the browser gives it.
import type { LibraryDb } from './schema';

/** The parts of navigator.storage used here (injectable for tests and for the background worker). */
export interface StorageManagerLike {
  estimate?: () => Promise<{ quota?: number; usage?: number }>;
  persisted?: () => Promise<boolean>;
  persist?: () => Promise<boolean>;
}

export interface LibraryStats {
  count: number;
  /** Approximate bytes of the saved articles and their images. */
  bytes: number;
  quota: number | null;
  usage: number | null;
  persisted: boolean | null;
}

// The parameters below are not named `storage`: WXT's import injection takes a bare `storage` for its own storage
// API and would bundle that module into every page that reaches this file.
function defaultStorage(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

export async function libraryStats(db: LibraryDb, manager: StorageManagerLike | undefined = defaultStorage()): Promise<LibraryStats> {
  const tx = db.transaction(['articles', 'summaries'], 'readonly');
  const [count, rows] = await Promise.all([tx.objectStore('articles').count(), tx.objectStore('summaries').getAll()]);
  const bytes = rows.reduce((n, r) => n + (typeof r.bytes === 'number' ? r.bytes : 0), 0);
  let quota: number | null = null;
  let usage: number | null = null;
  let persisted: boolean | null = null;
  try {
    const est = await manager?.estimate?.();
    quota = typeof est?.quota === 'number' ? est.quota : null;
    usage = typeof est?.usage === 'number' ? est.usage : null;
  } catch {
    // Some contexts (private windows) refuse estimate(): report unknown rather than fail the stats panel.
  }
  try {
    const p = await manager?.persisted?.();
    persisted = typeof p === 'boolean' ? p : null;
  } catch {
    persisted = null;
  }
  return { count, bytes, quota, usage, persisted };
}

/** Asks the browser not to evict the library under storage pressure; null where the API does not exist. */
export async function requestPersistence(manager: StorageManagerLike | undefined = defaultStorage()): Promise<boolean | null> {
  if (!manager?.persist) return null;
  try {
    return await manager.persist();
  } catch {
    return null;
  }
}
