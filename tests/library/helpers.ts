import 'fake-indexeddb/auto';
import { openLibrary } from '../../utils/library/db';
import type { LibraryDb } from '../../utils/library/schema';

let n = 0;
/** A database name no other test uses (fake-indexeddb is one global factory per test file). */
export function uniqueName(prefix = 'test'): string {
  return `${prefix}-${++n}-${Math.random().toString(36).slice(2, 8)}`;
}

export async function freshLibrary(): Promise<LibraryDb> {
  return openLibrary({ name: uniqueName() });
}

/** Everything in every store, for "the library is exactly as before" comparisons. */
export async function snapshot(db: LibraryDb): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of db.objectStoreNames) out[name] = await db.getAll(name);
  return out;
}
