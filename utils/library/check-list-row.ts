// Shape check for the light list rows (`summaries`). They are written by writeArticles() from a validated
// article, but an older build, a bug or disk damage can leave a row with `title: 42` or `tags: null`; the list,
// search, site and tag readers check every row before showing it, so one bad row never blanks the library.
import type { ListRow } from './schema';
import { isPlainObject } from './validate';

type Check = string | null;

const str = (v: unknown): v is string => typeof v === 'string';
const strOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const count = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const date = (v: unknown): boolean => typeof v === 'string' && !Number.isNaN(Date.parse(v));

const FIELDS: Record<string, (v: unknown) => boolean> = {
  id: (v) => str(v) && v.length > 0,
  title: str,
  siteName: strOrNull,
  url: str,
  publishedAt: strOrNull,
  savedAt: date,
  readAt: (v) => v === null || date(v),
  readingMinutes: count,
  tags: (v) => Array.isArray(v) && v.every((t) => typeof t === 'string'),
  lead: str,
  pending: (v) => typeof v === 'boolean',
};

/** The first problem with a list row (only the fields the list, search and filters read), or null. */
export function checkListRow(v: unknown): Check {
  if (!isPlainObject(v)) return 'not an object';
  for (const [k, ok] of Object.entries(FIELDS)) if (!ok(v[k])) return `bad or missing "${k}"`;
  if (v.missingImages !== undefined && !count(v.missingImages)) return 'bad "missingImages"';
  return null;
}

export function isListRow(v: unknown): v is ListRow {
  return checkListRow(v) === null;
}

/** What can still be shown of a damaged record: its strings only (title, url), trimmed and capped. */
export function recoverText(record: unknown, field: string, max = 300): string | null {
  const v = isPlainObject(record) ? record[field] : undefined;
  return typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null;
}
