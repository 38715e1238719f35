// Damaged records, from the reader's side: a damaged list row is set aside (quarantined, never deleted), every
// quarantined record can be read as it is, exported, deleted for good, or put back once it passes the same
// checks as an import — often after a repair as simple as rebuilding its list row from the article record.
import type { LibraryDb } from './schema';
import type { QuarantineRecord } from './schema';
import type { SavedArticle } from '../model/saved-article';
import { toLibraryError } from './errors';
import { inWriteTx, quiet } from './tx';
import { applyIndexChanges } from './search-index';
import { writeArticles } from './write';
import { checkListRow, recoverText } from './check-list-row';
import { isPlainObject } from './validate';
import { jsonDepthExceeds } from './import/json-depth';
import { readArticle } from './import/read-article';
import { stableStringify } from './stable-json';

/** A quarantined record as the library page lists it. Everything in it comes from the record: untrusted text. */
export interface QuarantineItem {
  /** The quarantine store's own key (records are kept even when two share an article id). */
  key: number;
  id: string;
  store: QuarantineRecord['store'];
  reason: string;
  quarantinedAt: string;
  title: string | null;
  url: string | null;
  /** The raw record as indented JSON, for "inspect", "export" and the editor. */
  json: string;
}

export type RepairFailure = 'not-json' | 'no-article' | 'invalid' | 'exists' | 'gone';
export type RepairResult = { ok: true; id: string; title: string } | { ok: false; reason: RepairFailure; detail?: string };

/** JSON of anything structured clone can hold: binary data is summarised, a cycle does not throw. */
export function rawJson(value: unknown): string {
  try {
    const out = JSON.stringify(
      value,
      (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v instanceof ArrayBuffer || ArrayBuffer.isView(v) ? `[${(v as ArrayBuffer).byteLength} bytes]` : v),
      2,
    );
    return out ?? 'null';
  } catch (e) {
    return JSON.stringify({ unreadable: String(e) });
  }
}

/** The article a quarantined record holds: the record itself, or the `article` beside a damaged list row. */
function articleOf(store: QuarantineRecord['store'], record: unknown): unknown {
  return store === 'summaries' ? (isPlainObject(record) ? record.article : undefined) : record;
}

function describe(store: QuarantineRecord['store'], record: unknown, field: string): string | null {
  const article = articleOf(store, record);
  const row = store === 'summaries' && isPlainObject(record) ? record.summary : undefined;
  return recoverText(article, field, 2000) ?? recoverText(row, field, 2000);
}

/** Newest first. */
export async function listQuarantineItems(db: LibraryDb): Promise<QuarantineItem[]> {
  try {
    const tx = db.transaction('quarantine', 'readonly');
    const out: QuarantineItem[] = [];
    let cursor = await tx.store.openCursor();
    while (cursor) {
      const q: unknown = cursor.value;
      const r = isPlainObject(q) ? q : {};
      const store = r.store === 'summaries' ? 'summaries' : 'articles';
      out.push({
        key: cursor.primaryKey,
        id: typeof r.id === 'string' ? r.id : '',
        store,
        reason: typeof r.reason === 'string' ? r.reason : '',
        quarantinedAt: typeof r.quarantinedAt === 'string' ? r.quarantinedAt : '',
        title: describe(store, r.record, 'title'),
        url: describe(store, r.record, 'url'),
        json: rawJson(r.record),
      });
      cursor = await cursor.continue();
    }
    return out.reverse();
  } catch (e) {
    throw toLibraryError(e);
  }
}

/** "Xuất nguyên trạng" of a damaged list row: its row and its article record, exactly as stored. */
export async function damagedRecordJson(db: LibraryDb, id: string, now = new Date()): Promise<string> {
  try {
    const tx = db.transaction(['summaries', 'articles'], 'readonly');
    const [summary, article] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('articles').get(id)]);
    const reason = checkListRow(summary);
    return rawJson({ format: 'tin-sach-damaged-record', exportedAt: now.toISOString(), id, reason, summary: summary ?? null, article: article ?? null });
  } catch (e) {
    throw toLibraryError(e);
  }
}

/**
 * "Gỡ bỏ" on a damaged list row: the row and its article record move, as they are, to the quarantine; the
 * article leaves the list and the search. Images stay (a repaired record or a new save uses them again).
 * Returns false when there was nothing under that id any more.
 */
export async function quarantineListRow(db: LibraryDb, id: string, now = new Date()): Promise<boolean> {
  return inWriteTx(db, async (tx) => {
    const [summary, article] = await Promise.all([tx.objectStore('summaries').get(id), tx.objectStore('articles').get(id)]);
    if (summary === undefined && article === undefined) return false;
    const reason = checkListRow(summary) ?? 'set aside by the reader';
    await Promise.all([
      quiet(tx.objectStore('quarantine').add({ id, store: 'summaries', reason, quarantinedAt: now.toISOString(), record: { summary, article } })),
      quiet(tx.objectStore('articles').delete(id)),
      quiet(tx.objectStore('summaries').delete(id)),
      quiet(applyIndexChanges(tx, new Map([[id, null]]))),
    ]);
    return true;
  });
}

export async function deleteQuarantined(db: LibraryDb, key: number): Promise<void> {
  await inWriteTx(db, (tx) => tx.objectStore('quarantine').delete(key));
}

const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isList = (v: unknown): v is unknown[] => Array.isArray(v);

/**
 * Fills the reader-state fields a damaged record most often lacks with their neutral values (no tags, unread,
 * progress 0, dates from the record's other dates). The content — title, addresses, text, html — is never
 * invented: if that is damaged, the record still fails the checks and the reader is told why.
 */
export function normaliseArticleFields(raw: unknown): unknown {
  if (!isPlainObject(raw)) return raw;
  const a: Record<string, unknown> = { ...raw };
  for (const k of ['images', 'attachments', 'figures', 'keyFigures', 'summary', 'missingImages']) if (!isList(a[k])) a[k] = [];
  a.tags = isList(a.tags) ? a.tags.filter((t): t is string => typeof t === 'string' && t.trim() !== '') : [];
  for (const k of ['byline', 'publishedAt', 'siteName']) if (a[k] === undefined) a[k] = null;
  if (typeof a.lead !== 'string') a.lead = '';
  if (typeof a.lang !== 'string') a.lang = 'vi';
  if (!Number.isInteger(a.wordCount) || (a.wordCount as number) < 0) {
    a.wordCount = typeof a.text === 'string' ? a.text.split(/\s+/).filter(Boolean).length : 0;
  }
  if (typeof a.readingMinutes !== 'number' || !Number.isFinite(a.readingMinutes) || a.readingMinutes < 0) a.readingMinutes = (a.wordCount as number) / 200;
  const someDate = [a.savedAt, a.updatedAt, a.extractedAt].find(isDate);
  if (someDate) for (const k of ['savedAt', 'updatedAt', 'extractedAt']) if (!isDate(a[k])) a[k] = someDate;
  if (a.readAt !== null && !isDate(a.readAt)) a.readAt = null;
  a.progress = typeof a.progress === 'number' && Number.isFinite(a.progress) ? Math.min(1, Math.max(0, a.progress)) : 0;
  if (a.pending !== undefined && typeof a.pending !== 'boolean') delete a.pending;
  return a;
}

export interface RestoreOptions {
  /** The record as the reader edited it (JSON text); without it, the stored record is used. */
  edited?: string;
  /** The import's sanitiser (utils/html/sanitize.ts in the pages): a repaired record is as untrusted as a file. */
  sanitizeHtml?: (html: string) => string;
}

/**
 * "Khôi phục": re-validates the record exactly as an import would (readArticle: shape, cleaning, sanitising,
 * id matching its URL) after normaliseArticleFields(), and if it passes writes it back — the list row and the
 * search entry are rebuilt from the article. Otherwise it stays in quarantine and the result says why.
 */
export async function restoreQuarantined(db: LibraryDb, key: number, opts: RestoreOptions = {}): Promise<RepairResult> {
  const stored = await db.get('quarantine', key).catch((e: unknown) => {
    throw toLibraryError(e);
  });
  if (!stored) return { ok: false, reason: 'gone' };
  let record: unknown = stored.record;
  if (opts.edited !== undefined) {
    if (jsonDepthExceeds(opts.edited, 16)) return { ok: false, reason: 'not-json', detail: 'nested too deep' };
    try {
      record = JSON.parse(opts.edited) as unknown;
    } catch (e) {
      return { ok: false, reason: 'not-json', detail: String(e) };
    }
  }
  const raw = articleOf(stored.store, record);
  if (!isPlainObject(raw)) return { ok: false, reason: 'no-article' };
  const checked = readArticle(normaliseArticleFields(raw), { sanitizeHtml: opts.sanitizeHtml });
  if (typeof checked === 'string') return { ok: false, reason: 'invalid', detail: checked };
  const article: SavedArticle = checked;
  return inWriteTx(db, async (tx): Promise<RepairResult> => {
    const existing = await tx.objectStore('articles').get(article.id);
    // Saved again since it was set aside: the library's copy wins, the damaged one is not written over it.
    if (existing && stableStringify(existing) !== stableStringify(article)) return { ok: false, reason: 'exists' };
    if (!existing) {
      const byArticle = tx.objectStore('images').index('articleId');
      let images = await byArticle.getAll(article.id);
      // A record from before DB v4 keyed by another site's canonical address moves to its own key (readArticle):
      // its photos were stored under the old key, and go with it, unless another article still holds that key.
      const oldId = typeof raw.id === 'string' ? raw.id : stored.id;
      if (images.length === 0 && oldId !== article.id && !(await tx.objectStore('articles').get(oldId))) {
        const old = await byArticle.getAll(oldId);
        images = old.map((im) => ({ ...im, articleId: article.id }));
        await Promise.all(old.map((im) => tx.objectStore('images').delete([im.articleId, im.url])));
      }
      await writeArticles(tx, [{ article, images }]);
    }
    await tx.objectStore('quarantine').delete(key);
    return { ok: true, id: article.id, title: article.title };
  });
}
