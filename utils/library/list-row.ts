// The light list row derived from a saved article.
import type { SavedArticle } from '../model/saved-article';
import type { ListRow } from './schema';
import { foldForSearch } from '../text/fold';

export const LEAD_MAX = 200;

function host(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Cut at a word boundary so the list never shows half a syllable. */
export function shortLead(s: string, max = LEAD_MAX): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut) + '…';
}

/** Approximate bytes of the record: strings count 2 bytes per UTF-16 unit, as browsers report them. */
export function articleBytes(a: SavedArticle): number {
  return JSON.stringify(a).length * 2;
}

export function toListRow(a: SavedArticle, imageBytes: number): ListRow {
  return {
    id: a.id,
    title: a.title,
    titleKey: foldForSearch(a.title).trim(),
    siteName: a.siteName,
    siteKey: a.siteName?.trim() || host(a.url),
    url: a.url,
    publishedAt: a.publishedAt,
    publishedKey: a.publishedAt ?? '',
    savedAt: a.savedAt,
    readAt: a.readAt,
    unread: a.readAt === null ? 1 : 0,
    readingMinutes: a.readingMinutes,
    tags: a.tags,
    lead: shortLead(a.lead || a.text),
    bytes: articleBytes(a) + imageBytes,
    imageBytes,
    pending: a.pending === true,
    missingImages: a.missingImages.length,
  };
}
