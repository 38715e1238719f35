// The library's front door: everything the extension's pages, background and glue code use of the saved
// articles. Code outside utils/library imports the library from here only (an ESLint rule holds components/,
// entrypoints/ and utils/extension/ to it), so the files behind it can change without touching the pages.
// Tests may still reach single modules for their internals.

// Opening the database, and the types of what it holds.
export { openLibrary, type OpenLibraryOptions } from './db';
export type { LibraryDb } from './schema';
export { LibraryError, LIBRARY_ERROR_MESSAGES, type LibraryErrorCode } from './errors';

// Saving an article from a page, and fetching its photos again later.
export { saveArticle, type SaveOptions, type SaveResult } from './save';
export { photoCount, refetchMissingImages, type PhotoCount } from './refetch';
export { articlesMissingPhotosOn } from './missing-on-hosts';
export { findPendingFor, dropPendingLink } from './pending-match';

// Reading: one article, its photos, the list, and the filters beside it.
export { getArticle, getImages, findPageRecord, listArticles, listTags, type ListItem, type ListQuery } from './read';
export { listSiteOptions, siteKeysForHost, type SiteOption } from './site-filter';
export { searchLibrary, type SearchHit, type SearchOptions } from './search';
export type { Segment } from './snippet';
export { libraryStats, requestPersistence, type LibraryStats } from './stats';

// The reader's own changes: read or not, how far, and delete with undo.
export { markRead, setProgress, removeArticle, restoreArticle, type RemovedArticle } from './update';
export { listTrash, restoreFromTrash, deleteForever, purgeTrash, type TrashItem, type RestoreChoice, type RestoreOutcome } from './trash';

// Damaged records set aside, and putting them back.
export {
  listQuarantineItems,
  damagedRecordJson,
  quarantineListRow,
  deleteQuarantined,
  restoreQuarantined,
  type QuarantineItem,
  type RepairResult,
} from './repair';

// Backup files and the Pocket import.
export { exportLibraryWithReport, importLibrary } from './import/backup';
export { importPocketCsv } from './import/pocket';
export type { ImportReport } from './import/import-report';
export { skipKind, type SkipKind } from './import/skip-kind';
export { checkSavedArticle } from './validate';
