// Changing saved articles: delete (with undo), read state, reading progress, tags.
import type { SavedArticle } from '../model/saved-article';
import type { StoredImage } from './schema';
import type { LibraryDb, WriteTx } from './schema';
import { LibraryError } from './errors';
import { inWriteTx } from './tx';
import { deleteArticles, writeArticles } from './write';
import { checkSavedArticle } from './validate';
import { scheduleCompaction } from './compact';
import { TAIL_LIMIT } from './search-index';
import { sameCopy } from './trash';

/** Everything restoreArticle() needs to undo a delete exactly (same id, dates, tags, images). */
export interface RemovedArticle {
  article: SavedArticle;
  images: StoredImage[];
}

export interface UpdateOptions {
  now?: () => Date;
}

/**
 * Deletes an article and keeps it, with its images, in the trash for TRASH_DAYS: the list's and the popup's
 * undo, and "Đã xoá gần đây", restore it from there. Every delete is undoable, however many come in a row.
 */
export async function removeArticle(db: LibraryDb, id: string, opts?: UpdateOptions): Promise<RemovedArticle | null> {
  const deletedAt = stamp(opts);
  return inWriteTx(db, async (tx) => {
    const [article, images] = await Promise.all([
      tx.objectStore('articles').get(id),
      tx.objectStore('images').index('articleId').getAll(id),
    ]);
    if (!article) return null;
    const tail = await deleteArticles(tx, [id]);
    await tx.objectStore('trash').put({ id, deletedAt, article, images });
    if (tail >= TAIL_LIMIT) void scheduleCompaction(db);
    return { article, images };
  });
}

/** Puts a deleted article back exactly as it was and takes it out of the trash. */
export async function restoreArticle(db: LibraryDb, removed: RemovedArticle): Promise<void> {
  const problem = checkSavedArticle(removed.article);
  if (problem) throw new TypeError(`restoreArticle: not a saved article (${problem})`);
  await inWriteTx(db, async (tx) => {
    // Saved again since the delete (another copy now at this address): that copy is not overwritten; the
    // deleted one stays in the trash, where "Khôi phục" asks which to keep.
    const current = await tx.objectStore('articles').get(removed.article.id);
    if (current && !sameCopy(current, removed.article)) throw new LibraryError('conflict', removed.article.title, { articleId: removed.article.id });
    await writeArticles(tx, [{ article: removed.article, images: removed.images }]);
    await tx.objectStore('trash').delete(removed.article.id);
  });
}

const stamp = (opts?: UpdateOptions): string => (opts?.now ?? (() => new Date()))().toISOString();

/** Reads the article inside the write transaction, applies `change`, writes it back (and re-indexes if asked). */
async function modify(
  db: LibraryDb,
  id: string,
  change: (a: SavedArticle) => SavedArticle,
  reindex: boolean,
): Promise<void> {
  await inWriteTx(db, async (tx: WriteTx) => {
    const article = await tx.objectStore('articles').get(id);
    if (!article) throw new LibraryError('not-found', id, { articleId: id });
    const tail = await writeArticles(tx, [{ article: change(article), keepIndex: !reindex }]);
    if (tail >= TAIL_LIMIT) void scheduleCompaction(db);
  });
}

export function markRead(db: LibraryDb, id: string, read = true, opts?: UpdateOptions): Promise<void> {
  const now = stamp(opts);
  // Marking an already-read article read again keeps the first reading date.
  return modify(db, id, (a) => ({ ...a, readAt: read ? (a.readAt ?? now) : null, updatedAt: now }), false);
}

export async function setProgress(db: LibraryDb, id: string, progress: number, opts?: UpdateOptions): Promise<void> {
  if (!Number.isFinite(progress)) throw new RangeError(`setProgress: progress must be a number, got ${progress}`);
  const p = Math.min(1, Math.max(0, progress));
  await modify(db, id, (a) => ({ ...a, progress: p, updatedAt: stamp(opts) }), false);
}

/** Trimmed, inner whitespace collapsed, duplicates (ignoring case) dropped, at most 50 tags of 100 chars. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.replace(/\s+/g, ' ').trim().normalize('NFC').slice(0, 100);
    const key = t.toLocaleLowerCase('vi');
    if (t === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
    if (out.length === 50) break;
  }
  return out;
}

export function setTags(db: LibraryDb, id: string, tags: string[], opts?: UpdateOptions): Promise<void> {
  const clean = normaliseTags(tags);
  // Tags are searchable, so the postings are rewritten.
  return modify(db, id, (a) => ({ ...a, tags: clean, updatedAt: stamp(opts) }), true);
}
