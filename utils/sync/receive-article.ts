// An article file from the sync server into this device's library. It is untrusted: it goes through the very
// import a backup file goes through (validation, sanitising with the one DOMPurify configuration, photos checked to be raster images, "the library
// has a newer copy", a replaced copy kept in the trash), and a file that cannot be decrypted, parsed or accepted
// is kept in the quarantine with the reason, never silently dropped and never written as an article.
import { importLibrary, type LibraryDb } from '../library';
import { DamagedFileError, type SyncKeys } from './crypto';
import { openArticle, type ArrivingHtmlSanitiser } from './article-file';

export type Received = { outcome: 'added' | 'updated' | 'unchanged' | 'kept-newer' } | { outcome: 'quarantined'; reason: string };

async function quarantine(db: LibraryDb, logicalName: string, reason: string, record: unknown, now: Date): Promise<Received> {
  const id = logicalName.split('/')[1] ?? logicalName;
  await db.add('quarantine', { id, store: 'articles', reason: `sync: ${reason}`, quarantinedAt: now.toISOString(), record });
  return { outcome: 'quarantined', reason };
}

export async function receiveArticle(
  db: LibraryDb,
  keys: SyncKeys,
  logicalName: string,
  sealed: Uint8Array,
  sanitise?: ArrivingHtmlSanitiser,
  now = new Date(),
): Promise<Received> {
  let opened: Awaited<ReturnType<typeof openArticle>>;
  try {
    opened = await openArticle(keys, logicalName, sealed, sanitise);
  } catch (error) {
    if (!(error instanceof DamagedFileError)) throw error;
    return quarantine(db, logicalName, 'the file is damaged or was altered', { logicalName, bytes: sealed.length }, now);
  }
  if ('problem' in opened) return quarantine(db, logicalName, opened.problem, { logicalName }, now);
  const report = await importLibrary(db, opened.text, opened.sanitizeHtml ? { sanitizeHtml: opened.sanitizeHtml } : {});
  if (report.added) return { outcome: 'added' };
  if (report.updated) return { outcome: 'updated' };
  if (report.unchanged) return { outcome: 'unchanged' };
  const skipped = report.skipped[0]?.reason ?? 'not accepted by the import';
  if (skipped === 'the library has a newer copy') return { outcome: 'kept-newer' };
  return quarantine(db, logicalName, skipped, { logicalName, article: opened.article }, now);
}
