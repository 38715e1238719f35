// Which image hosts a save needs the reader's permission for. National papers and baochinhphu.vn serve their
// photos from separate image hosts (vnecdn.net, cdn.tuoitre.vn, bcp.cdnchinhphu.vn…) that send no CORS
// headers: neither the background (no host access) nor the page's own origin may read those bytes, and a canvas
// that draws them is tainted. The one way is host access to that image host, asked for at the save that needs
// it (optional host permissions). Images on the page's own host need nothing: the extractor fetches them from
// the page's origin. Plain functions over URLs; the browser call lives in the popup and library glue.
import { REGISTERED_MATCHES } from '../sites/page-access';
import { webUrl } from '../sites/same-site';
import { isInternalHost } from '../sites/internal-address';

/** True when a `*://*.x.y/*` or `*://host/*` match pattern covers this host. */
export function patternCoversHost(pattern: string, host: string): boolean {
  const m = /^(?:\*|https?):\/\/([^/]+)\/\*?$/.exec(pattern) ?? /^(?:\*|https?):\/\/([^/]+)\//.exec(pattern);
  if (!m) return false;
  const h = host.toLowerCase();
  const p = m[1]!.toLowerCase();
  if (p === '*') return true;
  if (p.startsWith('*.')) return h === p.slice(2) || h.endsWith(p.slice(1));
  return h === p;
}

/** The host of an http(s) URL as it is (www. kept: it is a permission pattern), or null. */
const webHost = (url: string): string | null => webUrl(url)?.hostname ?? null;

/**
 * The origin patterns to ask for so that these images can be saved, sorted and unique, for every image host that
 * is not already covered (the registered site families, or `granted`) nor — unless `includePageHost` (the library
 * fetching again, with no tab) — the page's own host. Always the photo's exact host (`*://i1.vnecdn.net/*`),
 * never a wildcard over its domain: one photo must not open a whole registrable domain that unrelated owners
 * share (sites.google.com, blogspot.com, github.io, a co.uk we do not list) to the extension. A host named by
 * an IP, localhost or a one-label name is never asked for: those photos are not fetched at all
 * (utils/sites/internal-address.ts).
 */
export function photoOriginsToAsk(
  pageUrl: string,
  imageUrls: readonly string[],
  granted: readonly string[] = [],
  { includePageHost = false } = {},
): string[] {
  const pageHost = webHost(pageUrl);
  const covered = [...REGISTERED_MATCHES, ...granted];
  const out = new Set<string>();
  for (const src of imageUrls) {
    const host = webHost(src);
    if (!host || (host === pageHost && !includePageHost) || isInternalHost(host)) continue;
    if (covered.some((p) => patternCoversHost(p, host))) continue;
    out.add(`*://${host}/*`);
  }
  return [...out].sort();
}

/** `*://*.vnecdn.net/*` → `vnecdn.net`: how the popup names the hosts to the reader. */
export function originLabel(pattern: string): string {
  return pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}
