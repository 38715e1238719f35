// What the library page needs from the library API (utils/library/*), as the page sees it. mount.tsx passes
// the real functions; the tests pass plain fakes. The shapes are the library's own types (type-only imports:
// nothing of the library module is bundled through them), narrowed to what the page reads.
import type { ImportReport } from '../../utils/library/backup';
import type { ListItem, ListQuery } from '../../utils/library/read';
import type { SearchHit } from '../../utils/library/search';
import type { LibraryStats } from '../../utils/library/stats';

export type LibrarySort = NonNullable<ListQuery['sort']>;

export interface LibraryQuery {
  sort: LibrarySort;
  /** A host from sites(). */
  site?: string;
  tag?: string;
  unreadOnly?: boolean;
  offset: number;
  limit: number;
}

/** A row of the list; `pending` marks a Pocket import not saved yet (a link to read). */
export type LibraryListItem = ListItem;

export type LibrarySearchHit = Pick<SearchHit, 'id' | 'title' | 'siteName' | 'snippet' | 'titleSegments'>;

export type LibraryStatsView = LibraryStats;

export type ImportReportView = ImportReport;

export interface LibraryDeps {
  list(q: LibraryQuery): Promise<{ items: LibraryListItem[]; total: number }>;
  search(query: string): Promise<LibrarySearchHit[]>;
  /** One entry per host: `value` goes into LibraryQuery.site, `label` is the site's own name. */
  sites(): Promise<{ value: string; label: string }[]>;
  tags(): Promise<string[]>;
  /** Returns an opaque token for undo (the removed record and its images), null if it was not there. */
  remove(id: string): Promise<unknown>;
  restore(token: unknown): Promise<void>;
  /** The file, and the titles of damaged records it carries as they are (never silently left out). */
  exportJson(withImages: boolean): Promise<string | { json: string; damaged: { title: string | null }[] }>;
  download(filename: string, text: string): void;
  importFile(file: File): Promise<ImportReportView>;
  stats(): Promise<LibraryStatsView>;
  readerHref(id: string): string;
  /** Fetches the article's missing photos again (asks for their image hosts first, within the click). */
  refetchPhotos?(id: string): Promise<{ saved: number; total: number }>;
  /** The saved article as a .md download (the one Markdown exporter, utils/export/markdown.ts). */
  downloadMarkdown(id: string): Promise<void>;
  /** A library failure in the UI language (LibraryError codes → LIBRARY_ERROR_MESSAGES). */
  errorText(e: unknown): string;
}
