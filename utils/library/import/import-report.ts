// What an import did, for the reader: how many articles it added, updated or found unchanged, and every one it
// left out with why (a backup file and a Pocket CSV report the same way).

export interface SkippedItem {
  /** Position in the file's "articles" (or "damaged") list. */
  index: number;
  /** The article's title when the file gives one: the reader recognises titles, not positions. */
  title?: string;
  reason: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  skipped: SkippedItem[];
}
