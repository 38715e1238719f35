// What the library page needs from the library API (utils/library/index.ts), as the page sees it. mount.tsx passes
// the real functions; the tests pass plain fakes. The shapes are the library's own types (type-only imports:
// nothing of the library module is bundled through them), narrowed to what the page reads.
import type {
  ImportReport,
  ListItem,
  ListQuery,
  SearchHit,
  LibraryStats,
  TrashItem,
  RestoreChoice,
  RestoreOutcome,
  QuarantineItem,
  RepairResult,
} from '../../utils/library';
import type { SyncSettingsDeps } from './SyncSettings';

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

export type TrashItemView = TrashItem;
export type QuarantineItemView = QuarantineItem;
export type RepairResultView = RepairResult;

/** "Đã xoá gần đây": the trash (utils/library/trash.ts). */
export interface TrashDeps {
  /** Newest first. */
  list(): Promise<TrashItemView[]>;
  /** Without `choice`, a different copy saved since at the same address is not replaced: the outcome asks. */
  restore(id: string, choice?: RestoreChoice): Promise<RestoreOutcome>;
  deleteForever(id: string): Promise<void>;
}

/** Damaged list rows and the quarantine (utils/library/repair.ts). */
export interface RepairDeps {
  /** The damaged row's raw records as JSON text ("Xuất nguyên trạng"). */
  exportDamaged(id: string): Promise<string>;
  /** "Gỡ bỏ": moves the damaged row (and its article record) to the quarantine. */
  removeDamaged(id: string): Promise<boolean>;
  /** Newest first. */
  quarantine(): Promise<QuarantineItemView[]>;
  /** Re-validated like an import; `edited` is the reader's corrected JSON, if any. */
  restoreQuarantined(key: number, edited?: string): Promise<RepairResultView>;
  deleteQuarantined(key: number): Promise<void>;
}

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
  /** The sync card ("Đồng bộ"); absent where sync is not offered (the tests' fakes). */
  sync?: SyncSettingsDeps;
  /** The saved article as a .md download (the one Markdown exporter, utils/export/markdown.ts). */
  downloadMarkdown(id: string): Promise<void>;
  /** A library failure in the UI language (LibraryError codes → LIBRARY_ERROR_MESSAGES). */
  errorText(e: unknown): string;
  /** Optional so a page (or a test) without a trash or a quarantine still works; mount.tsx passes both. */
  trash?: TrashDeps;
  repair?: RepairDeps;
}
