// The library's site filter: one entry per host. Articles are indexed by siteKey (the page's site name, or the
// host when it had none), and one host can carry several names — "baothang.laocai.gov.vn" for a stub and
// "Cổng thông tin điện tử huyện Bảo Thắng" for a saved page, or "TUOI TRE ONLINE" next to "Tuổi Trẻ".
// The distinct siteKeys are few, so they are grouped by host here instead of adding an index (no schema change).
import type { LibraryDb } from './schema';
import { toLibraryError } from './errors';
import { cleanSiteName, siteDisplayName } from '../sites/site-display-name';
import { hostOf } from '../sites/same-site';

export interface SiteOption {
  /** The filter's value: the host, without "www." */
  host: string;
  /** What the reader sees: the known name, else the site name most of its articles carry, else the host. */
  name: string;
  /** The siteKeys of this host's articles (the index values the filter looks up). */
  keys: string[];
}

/** A siteKey that is only a host name is no name at all. */
function isHostLike(s: string): boolean {
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(s);
}

export async function listSiteOptions(db: LibraryDb): Promise<SiteOption[]> {
  try {
    const tx = db.transaction('summaries', 'readonly');
    const index = tx.store.index('siteKey');
    const firsts: { key: string; id: string }[] = [];
    let cursor = await index.openKeyCursor(null, 'nextunique');
    while (cursor) {
      // A damaged row can index a number as its site: not a site anyone can choose.
      if (typeof cursor.key === 'string') firsts.push({ key: cursor.key, id: cursor.primaryKey });
      cursor = await cursor.continue();
    }
    // One row and one count per distinct siteKey: its host comes from its first article.
    const [rows, counts] = await Promise.all([Promise.all(firsts.map((f) => tx.store.get(f.id))), Promise.all(firsts.map((f) => index.count(f.key)))]);
    await tx.done;
    const groups = new Map<string, { keys: string[]; names: Map<string, number> }>();
    firsts.forEach((f, i) => {
      const url: unknown = rows[i]?.url;
      const host = hostOf(typeof url === 'string' ? url : '') || f.key;
      const g = groups.get(host) ?? { keys: [], names: new Map<string, number>() };
      g.keys.push(f.key);
      if (!isHostLike(f.key)) g.names.set(f.key, (g.names.get(f.key) ?? 0) + (counts[i] ?? 0));
      groups.set(host, g);
    });
    const options = [...groups].map(([host, g]) => {
      const common = [...g.names].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi')).find(([name]) => cleanSiteName(name) !== null)?.[0];
      return { host, name: siteDisplayName(common ?? null, `https://${host}/`), keys: g.keys };
    });
    return options.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  } catch (e) {
    throw toLibraryError(e);
  }
}

/** The siteKeys to filter on for a host chosen in the filter (a plain siteKey is accepted too). */
export async function siteKeysForHost(db: LibraryDb, host: string): Promise<string[]> {
  const found = (await listSiteOptions(db)).find((o) => o.host === host);
  return found ? found.keys : [host];
}
