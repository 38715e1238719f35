// A link to read (a Pocket import) is stored under the address Pocket gave. The page the reader opens from it
// often has another one: the site redirected (http → https, "www." or "m." added or dropped, a trailing slash)
// or names a canonical address of its own. The popup must still recognise the page as that link — to save it
// in its place, with no duplicate left in the list — so the link is matched loosely, among the to-read links of
// the same site only: by its address without those differences, or by its title.
import type { LibraryDb } from './schema';
import type { ListRow } from './schema';
import { normaliseUrl } from './id';
import { inWriteTx } from './tx';
import { deleteArticles, writeArticles } from './write';
import { foldForSearch } from '../text/fold';

export interface PageToMatch {
  url: string;
  canonicalUrl: string;
  title?: string;
}

/** "https://m.baothang.laocai.gov.vn/Tin/a/" → "baothang.laocai.gov.vn/tin/a": what a redirect does not change. */
export function looseUrlKey(raw: string): string {
  const n = normaliseUrl(raw);
  return n
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/^(?:www|m|mobile)\./i, '')
    .replace(/\/(?:index|default)\.(?:html?|php|aspx?)(?=$|\?)/i, '')
    .replace(/\/+(?=$|\?)/, '')
    .toLowerCase();
}

/** Titles equal once folded, and long enough to say something ("Tin tức" on two pages is no match). */
const MIN_TITLE = 20;
function sameTitle(a: string, b: string): boolean {
  const fa = foldForSearch(a).replace(/\s+/g, ' ').trim();
  const fb = foldForSearch(b).replace(/\s+/g, ' ').trim();
  if (fa.length < MIN_TITLE || fb.length < MIN_TITLE) return false;
  // Pocket keeps the title the page had, often with the site's name after it ("… - Báo Lào Cai").
  return fa === fb || fa.startsWith(`${fb} `) || fb.startsWith(`${fa} `);
}

function hostVariants(raw: string): string[] {
  try {
    const host = new URL(raw).hostname.replace(/^(?:www|m|mobile)\./, '');
    return [host, `www.${host}`, `m.${host}`];
  } catch {
    return [];
  }
}

/** The id of the to-read link this page is, or null. Only the links of the page's own site are looked at. */
export async function findPendingFor(db: LibraryDb, page: PageToMatch): Promise<string | null> {
  const keys = new Set([looseUrlKey(page.url), looseUrlKey(page.canonicalUrl)]);
  const tx = db.transaction('summaries', 'readonly');
  const index = tx.store.index('siteKey');
  // A to-read link has no site name yet: its siteKey is its host (list-row.ts).
  const hosts = [...new Set([...hostVariants(page.url), ...hostVariants(page.canonicalUrl)])];
  const rows = (await Promise.all(hosts.map((h) => index.getAll(h)))).flat() as ListRow[];
  await tx.done;
  const pending = rows.filter((r) => r.pending === true && typeof r.url === 'string');
  const byUrl = pending.find((r) => keys.has(looseUrlKey(r.url)));
  if (byUrl) return byUrl.id;
  const title = page.title;
  const byTitle = title ? pending.filter((r) => typeof r.title === 'string' && sameTitle(r.title, title)) : [];
  // Two links with the same title: not knowing which, neither is taken.
  return byTitle.length === 1 ? byTitle[0]!.id : null;
}

/**
 * The saved article `savedId` takes the place of the to-read link `linkId`: the link's tags go to the article
 * (the link has no text, so nothing else is lost) and the link leaves the list. False when `linkId` is not a
 * link to read (a saved article is never removed here) or `savedId` is not saved.
 */
export async function dropPendingLink(db: LibraryDb, linkId: string, savedId: string): Promise<boolean> {
  if (linkId === savedId) return false;
  return inWriteTx(db, async (tx) => {
    const [link, saved] = await Promise.all([tx.objectStore('articles').get(linkId), tx.objectStore('articles').get(savedId)]);
    if (!link || link.pending !== true || !saved || saved.pending === true) return false;
    const tags = [...new Set([...saved.tags, ...(Array.isArray(link.tags) ? link.tags : [])])];
    if (tags.length !== saved.tags.length) await writeArticles(tx, [{ article: { ...saved, tags } }]);
    await deleteArticles(tx, [linkId]);
    return true;
  });
}
