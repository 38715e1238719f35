// Data migrations run inside the upgrade transaction (see UPGRADE_STEPS in steps.ts).
import type { SavedArticle } from '../../model/saved-article';
import type { WriteTx } from '../schema';
import { writeArticles } from '../write';
import { mergeTail } from '../search-index';

/** Articles re-indexed per batch: bounds the in-memory postings merge on a large v1 library. */
const BATCH = 200;

/**
 * v1 → v2: v1 stored articles without `tags` and `missingImages`, and had no list rows or search index.
 * Fill the new fields, then write summaries and postings. Records that are not even objects with an id are
 * left as they are: getArticle() quarantines them on first read.
 */
export async function migrateToV2(tx: WriteTx): Promise<void> {
  const imageBytes = new Map<string, number>();
  let imgCursor = await tx.objectStore('images').openCursor();
  while (imgCursor) {
    const v = imgCursor.value as { articleId?: unknown; data?: unknown; blob?: unknown };
    const size = v.data instanceof ArrayBuffer ? v.data.byteLength : 0;
    if (typeof v.articleId === 'string') imageBytes.set(v.articleId, (imageBytes.get(v.articleId) ?? 0) + size);
    imgCursor = await imgCursor.continue();
  }
  const records = (await tx.objectStore('articles').getAll()) as unknown[];
  let batch: SavedArticle[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    await writeArticles(tx, batch.map((article) => ({ article })));
    batch = [];
  };
  for (const r of records) {
    if (typeof r !== 'object' || r === null || typeof (r as { id?: unknown }).id !== 'string') continue;
    const old = r as Partial<SavedArticle> & { id: string };
    if (typeof old.title !== 'string' || typeof old.text !== 'string' || typeof old.url !== 'string') continue;
    const article = {
      ...old,
      tags: Array.isArray(old.tags) ? old.tags : [],
      missingImages: Array.isArray(old.missingImages) ? old.missingImages : [],
      readAt: old.readAt ?? null,
      progress: typeof old.progress === 'number' ? old.progress : 0,
      updatedAt: old.updatedAt ?? old.savedAt,
    } as SavedArticle;
    batch.push(article);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await mergeTail(tx);
  // writeArticles reads summaries for image sizes (none exist yet in a v1 database): fix them up.
  const summaries = tx.objectStore('summaries');
  let cursor = await summaries.openCursor();
  while (cursor) {
    const bytes = imageBytes.get(cursor.value.id) ?? 0;
    if (bytes > 0) await cursor.update({ ...cursor.value, imageBytes: bytes, bytes: cursor.value.bytes + bytes });
    cursor = await cursor.continue();
  }
}
