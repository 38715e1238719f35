// The library database as a type: every store, its key, its indexes and the shape of its records (idb's
// DBSchema), with the database's name and version. Everything that opens, reads or writes the database takes
// its types from here; this file imports nothing else of the library, so no library module depends on another
// only to learn the schema.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { SavedArticle } from '../model/saved-article';

export const DB_NAME = 'tin-sach';
export const DB_VERSION = 4;

export interface LibrarySchema extends DBSchema {
  /** v1. Full articles (html, text, figures), keyed by articleId(canonicalUrl). */
  articles: { key: string; value: SavedArticle; indexes: { savedAt: string } };
  /** v1. Image bytes, keyed by [articleId, original URL]. */
  images: { key: [string, string]; value: StoredImage; indexes: { articleId: string } };
  /** v2. Light rows for the list. The store keeps its first name, `summaries`, although its rows are list rows
   *  (ListRow), not article summaries: a store's name is part of the data already on readers' disks, and
   *  renaming it would need an upgrade step that copies every row. */
  summaries: {
    key: string;
    value: ListRow;
    indexes: { savedAt: string; publishedKey: string; titleKey: string; siteKey: string; tags: string; unread: number };
  };
  /** v2. Search: article id → docNo and indexed tokens (needed to remove an article from the postings). */
  searchDocs: { key: string; value: SearchDocRecord; indexes: { docNo: number; merged: number } };
  /** v2. Search: tombstones for documents still present in `terms` (removed at the next merge). */
  deadDocs: { key: number; value: DeadDocRecord };
  /** v2. Search: folded token → postings. */
  terms: { key: string; value: TermRecord };
  /** v2. Counters (nextDocNo). */
  meta: { key: string; value: MetaRecord };
  /** v3. Records that failed validation on read, kept for recovery instead of being deleted. */
  quarantine: { key: number; value: QuarantineRecord };
  /** v4. Deleted articles with their images, kept 30 days so every delete can be undone. */
  trash: { key: string; value: TrashRecord; indexes: { deletedAt: string } };
}

export type LibraryDb = IDBPDatabase<LibrarySchema>;
export type LibraryStore = StoreNames<LibrarySchema>;
/** A transaction that may write (a normal readwrite one, or the upgrade transaction). */
export type WriteTx = IDBPTransaction<LibrarySchema, ArrayLike<LibraryStore>, 'readwrite' | 'versionchange'>;

/** Image bytes are stored as an ArrayBuffer, not a Blob: Blob-in-IndexedDB has had browser bugs (Chrome
 *  incognito, old Safari) and an ArrayBuffer is cloned the same way everywhere. */
export interface StoredImage {
  articleId: string;
  /** The image's original URL (the key the reader looks it up by). */
  url: string;
  type: string;
  data: ArrayBuffer;
}

/** The light row the library list reads: no html/text, so a page of 10,000 articles stays fast. Kept in the
 *  store named `summaries` (see LibrarySchema). */
export interface ListRow {
  id: string;
  title: string;
  /** Folded title, for the "title" sort. */
  titleKey: string;
  siteName: string | null;
  /** siteName, or the host name when the page has none: the "site" filter and listSites(). */
  siteKey: string;
  url: string;
  publishedAt: string | null;
  /** publishedAt or '' (null is not a valid IndexedDB key; '' sorts after every date in "desc"). */
  publishedKey: string;
  savedAt: string;
  readAt: string | null;
  /** 1 while unread (booleans are not valid IndexedDB keys). */
  unread: 0 | 1;
  readingMinutes: number;
  tags: string[];
  /** At most 200 characters. */
  lead: string;
  /** Approximate stored size of the article and its images (UTF-16 text counted as 2 bytes per unit). */
  bytes: number;
  /** Bytes of its stored images (kept so metadata updates can recompute `bytes` without reading them). */
  imageBytes: number;
  /** A "to read" stub (Pocket import) with no text yet. */
  pending: boolean;
  /** Photos that could not be kept offline (the list marks the article; "Tải lại ảnh" fetches them again).
   *  Absent on rows written before it existed: read as 0. */
  missingImages?: number;
}

/** Per-article search bookkeeping: its number in the postings and the tokens it was indexed under. */
export interface SearchDocRecord {
  id: string;
  docNo: number;
  /** The indexed tokens, space-separated (one string clones far cheaper than 1,000 small ones). */
  tokens: string;
  /** Weight of each token, same order; kept until the document is merged into `terms`. */
  weights: Uint16Array | null;
  /** 0 while the document is only in the tail (not yet in the `terms` postings), 1 once merged. */
  merged: 0 | 1;
}

/** A document number that is still in the `terms` postings but no longer valid (deleted or re-indexed). */
export interface DeadDocRecord {
  docNo: number;
  tokens: string;
}

/** One token's postings: parallel arrays sorted by docNo. */
export interface TermRecord {
  token: string;
  docs: Uint32Array;
  weights: Uint16Array;
}

export interface MetaRecord {
  key: string;
  value: number;
}

export interface QuarantineRecord {
  id: string;
  store: 'articles' | 'summaries';
  reason: string;
  quarantinedAt: string;
  record: unknown;
}

/** A deleted article, restorable exactly (same id, dates, tags, images) for 30 days. */
export interface TrashRecord {
  id: string;
  deletedAt: string;
  article: SavedArticle;
  images: StoredImage[];
}
