// Reading the library: one article, its images, the list page and its filters.
import type { SavedArticle } from '../model/saved-article';
import type { ListRow } from './schema';
import type { LibraryDb } from './schema';
import { LibraryError, toLibraryError } from './errors';
import { checkSavedArticle } from './validate';
import { quarantineArticle } from './quarantine';
import { checkListRow, recoverText } from './check-list-row';
import { articleId, isRecordOfPage } from './id';
import { identityUrl } from '../sites/same-site';

/**
 * The article, or undefined when there is none. A record that fails validation is moved to the quarantine store
 * and reported as LibraryError('corrupt') (with `articleId`); every other article keeps working.
 */
export async function getArticle(db: LibraryDb, id: string): Promise<SavedArticle | undefined> {
  let record: unknown;
  try {
    record = await db.get('articles', id);
  } catch (e) {
    throw toLibraryError(e);
  }
  if (record === undefined) return undefined;
  const problem = checkSavedArticle(record);
  if (problem === null) return record as SavedArticle;
  await quarantineArticle(db, id, problem);
  throw new LibraryError('corrupt', problem, { articleId: id });
}

/**
 * The record a page would be saved as (keyed by its identity, utils/sites/same-site.ts), and whether that record really is
 * this page's: the popup shows "Đã lưu ✓" (and its toggle deletes) only then, never for a page that merely
 * names a saved article's address as its canonical one (a forged rel=canonical).
 */
export async function findPageRecord(db: LibraryDb, url: string, canonicalUrl = url): Promise<{ id: string; record: SavedArticle | undefined; ofPage: boolean }> {
  const id = articleId(identityUrl({ url, canonicalUrl }));
  const record = await getArticle(db, id).catch(() => undefined);
  return { id, record, ofPage: record !== undefined && isRecordOfPage(record, url) };
}

/** The stored images of an article, keyed by their original URL. */
export async function getImages(db: LibraryDb, id: string): Promise<Map<string, Blob>> {
  const rows = await db.getAllFromIndex('images', 'articleId', id);
  const out = new Map<string, Blob>();
  for (const r of rows) out.set(r.url, new Blob([r.data], { type: r.type }));
  return out;
}

export interface ListQuery {
  sort?: 'saved-desc' | 'saved-asc' | 'published-desc' | 'title';
  site?: string;
  /** Any of these siteKeys (one host's names, see site-filter.ts); combined with `site` when both are given. */
  siteKeys?: string[];
  tag?: string;
  unreadOnly?: boolean;
  offset?: number;
  limit?: number;
}

export interface ListItem {
  id: string;
  title: string;
  siteName: string | null;
  url: string;
  publishedAt: string | null;
  savedAt: string;
  readAt: string | null;
  readingMinutes: number;
  tags: string[];
  /** At most 200 characters. */
  lead: string;
  /** A "to read" stub with no text yet (Pocket import). */
  pending: boolean;
  /** Photos not kept offline (0 or absent: none). */
  missingImages?: number;
  /** Set on a list row that failed checkListRow(): why. Only `id` and the recoverable `title`/`url`
   *  strings are meaningful then; the page shows it as a damaged row (remove / export as is). */
  damaged?: string;
}

const SORT_INDEX = {
  'saved-desc': ['savedAt', true],
  'saved-asc': ['savedAt', false],
  'published-desc': ['publishedKey', true],
  title: ['titleKey', false],
} as const;

/** A row that cannot be shown as an article: what is still readable of it, and why. */
function damagedItem(id: string, row: unknown, reason: string): ListItem {
  return {
    id,
    title: recoverText(row, 'title') ?? '',
    siteName: null,
    url: recoverText(row, 'url', 2000) ?? '',
    publishedAt: null,
    savedAt: '',
    readAt: null,
    readingMinutes: 0,
    tags: [],
    lead: '',
    pending: false,
    damaged: reason,
  };
}

function toItem(s: ListRow): ListItem {
  return {
    id: s.id,
    title: s.title,
    siteName: s.siteName,
    url: s.url,
    publishedAt: s.publishedAt,
    savedAt: s.savedAt,
    readAt: s.readAt,
    readingMinutes: s.readingMinutes,
    tags: s.tags,
    lead: s.lead,
    pending: s.pending,
    missingImages: typeof s.missingImages === 'number' ? s.missingImages : 0,
  };
}

/**
 * A page of the list. Only primary keys are read to sort and filter (getAllKeys on an index returns them in
 * index order), then only the page's light rows: the first page of 10,000 articles never loads 10,000 rows.
 */
export async function listArticles(db: LibraryDb, q: ListQuery = {}): Promise<{ items: ListItem[]; total: number }> {
  const [indexName, descending] = SORT_INDEX[q.sort ?? 'saved-desc'];
  const offset = Math.max(0, Math.floor(q.offset ?? 0));
  const limit = Math.max(0, Math.floor(q.limit ?? 50));
  try {
    const tx = db.transaction('summaries', 'readonly');
    const store = tx.store;
    const unfiltered = q.site === undefined && q.siteKeys === undefined && q.tag === undefined && !q.unreadOnly;
    const [ordered, everyKey, bySite, bySiteKeys, byTag, unread] = await Promise.all([
      store.index(indexName).getAllKeys(),
      // A damaged row may lack the sort field, and so be missing from the sort index: without this it would
      // be counted nowhere and shown nowhere.
      unfiltered ? store.getAllKeys() : undefined,
      q.site !== undefined ? store.index('siteKey').getAllKeys(q.site) : undefined,
      q.siteKeys !== undefined ? Promise.all(q.siteKeys.map((k) => store.index('siteKey').getAllKeys(k))).then((all) => all.flat()) : undefined,
      q.tag !== undefined ? store.index('tags').getAllKeys(q.tag) : undefined,
      q.unreadOnly ? store.index('unread').getAllKeys(1) : undefined,
    ]);
    const filters = [bySite, bySiteKeys, byTag, unread].filter((f): f is string[] => f !== undefined).map((f) => new Set(f));
    let ids = filters.length === 0 ? ordered : ordered.filter((id) => filters.every((f) => f.has(id)));
    if (descending) ids = ids.slice().reverse();
    if (everyKey && everyKey.length > ids.length) {
      const sorted = new Set(ids);
      ids = [...ids, ...everyKey.filter((id) => !sorted.has(id))];
    }
    const page = ids.slice(offset, offset + limit);
    const rows: unknown[] = await Promise.all(page.map((id) => store.get(id)));
    await tx.done;
    const items: ListItem[] = [];
    rows.forEach((row, i) => {
      if (row === undefined) return;
      const problem = checkListRow(row);
      items.push(problem === null ? toItem(row as ListRow) : damagedItem(page[i]!, row, problem));
    });
    return { items, total: ids.length };
  } catch (e) {
    throw toLibraryError(e);
  }
}

async function uniqueIndexKeys(db: LibraryDb, index: 'siteKey' | 'tags'): Promise<string[]> {
  const out: string[] = [];
  const tx = db.transaction('summaries', 'readonly');
  let cursor = await tx.store.index(index).openKeyCursor(null, 'nextunique');
  while (cursor) {
    // A damaged row can put a number or a date into the index; only text is a site or a tag.
    if (typeof cursor.key === 'string') out.push(cursor.key);
    cursor = await cursor.continue();
  }
  return out.sort((a, b) => a.localeCompare(b, 'vi'));
}

/** Distinct sites (site name, or host name when the page had none), for the site filter. */
export function listSites(db: LibraryDb): Promise<string[]> {
  return uniqueIndexKeys(db, 'siteKey');
}

export function listTags(db: LibraryDb): Promise<string[]> {
  return uniqueIndexKeys(db, 'tags');
}
