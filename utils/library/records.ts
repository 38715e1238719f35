// Shapes of the records kept beside the articles. Separate from types.ts (the shared contract) because only
// the library code reads them.
import type { SavedArticle } from './types';

/** Image bytes are stored as an ArrayBuffer, not a Blob: Blob-in-IndexedDB has had browser bugs (Chrome
 *  incognito, old Safari) and an ArrayBuffer is cloned the same way everywhere. */
export interface StoredImage {
  articleId: string;
  /** The image's original URL (the key the reader looks it up by). */
  url: string;
  type: string;
  data: ArrayBuffer;
}

/** The light row the library list reads: no html/text, so a page of 10,000 articles stays fast. */
export interface SummaryRecord {
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
