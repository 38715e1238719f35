// What the library page needs from the library API (utils/library/*), as the page sees it. mount.tsx passes
// the real functions; TypeScript checks they fit these shapes, and the tests pass plain fakes.
import type { Segment } from '../Segments';

export type LibrarySort = 'saved-desc' | 'saved-asc' | 'published-desc' | 'title';

export interface LibraryQuery {
  sort: LibrarySort;
  site?: string;
  tag?: string;
  unreadOnly?: boolean;
  offset: number;
  limit: number;
}

export interface LibraryListItem {
  id: string;
  title: string;
  siteName: string | null;
  url: string;
  publishedAt: string | null;
  savedAt: string;
  readAt: string | null;
  readingMinutes: number;
  tags: string[];
  lead: string;
}

export interface LibrarySearchHit {
  id: string;
  title: string;
  siteName: string | null;
  snippet: Segment[];
  titleSegments: Segment[];
}

export interface LibraryStatsView {
  count: number;
  bytes: number;
  quota: number | null;
  usage: number | null;
  persisted: boolean | null;
}

export interface ImportReportView {
  added: number;
  updated: number;
  unchanged: number;
  skipped: { index: number; reason: string }[];
}

export interface LibraryDeps {
  list(q: LibraryQuery): Promise<{ items: LibraryListItem[]; total: number }>;
  search(query: string): Promise<LibrarySearchHit[]>;
  sites(): Promise<string[]>;
  tags(): Promise<string[]>;
  /** Returns an opaque token for undo (the removed record and its images), null if it was not there. */
  remove(id: string): Promise<unknown>;
  restore(token: unknown): Promise<void>;
  exportJson(withImages: boolean): Promise<string>;
  download(filename: string, text: string): void;
  importFile(file: File): Promise<ImportReportView>;
  stats(): Promise<LibraryStatsView>;
  readerHref(id: string): string;
  /** A library failure in the UI language (LibraryError codes → LIBRARY_ERROR_MESSAGES). */
  errorText(e: unknown): string;
}
