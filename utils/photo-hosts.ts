// Which image hosts a save needs the reader's permission for. National papers and baochinhphu.vn serve their
// photos from separate image hosts (vnecdn.net, cdn.tuoitre.vn, bcp.cdnchinhphu.vn…) that send no CORS
// headers: neither the background (no host access) nor the page's own origin may read those bytes, and a canvas
// that draws them is tainted. The one way is host access to that image host, asked for at the save that needs
// it (optional host permissions). Images on the page's own host need nothing: the extractor fetches them from
// the page's origin. Plain functions over URLs; the browser call lives in the popup and library glue.
import { REGISTERED_MATCHES } from './page-access';

// Second-level labels under which a registrable domain has three labels (baothang.laocai.gov.vn → laocai.gov.vn,
// tuoitre.com.vn → tuoitre.com.vn). Enough for the Vietnamese press and the common generic ones; an unknown
// suffix only makes the request narrower (one more label), never wider.
const SECOND_LEVEL = new Set(['com', 'net', 'org', 'gov', 'edu', 'ac', 'co', 'info', 'biz', 'name', 'pro', 'health', 'int', 'vn']);

/** laocai.gov.vn for baothang.laocai.gov.vn, vnecdn.net for i1-vnexpress.vnecdn.net; IPs and single labels as they are. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (/^[\d.]+$/.test(h) || h.includes(':') || !h.includes('.')) return h;
  const labels = h.split('.');
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && SECOND_LEVEL.has(second) && labels.length >= 3 ? 3 : 2;
  return labels.slice(-take).join('.');
}

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

function hostOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/**
 * The origin patterns to ask for so that these images can be saved, sorted and unique, for every image host that
 * is not already covered (the registered site families, or `granted`) nor — unless `includePageHost` (the library
 * fetching again, with no tab) — the page's own host. A separate image domain (vnecdn.net, cafefcdn.com) is asked
 * for whole, `*://*.domain/*`, so that its many hosts (i1-vnexpress, i1-kinhdoanh…) cost one question; an image
 * host on the paper's own domain (cdn2.tuoitre.vn on tuoitre.vn) only as that host, so that allowing its photos
 * never opens the paper's pages themselves to the extension.
 */
export function photoOriginsToAsk(
  pageUrl: string,
  imageUrls: readonly string[],
  granted: readonly string[] = [],
  { includePageHost = false } = {},
): string[] {
  const pageHost = hostOf(pageUrl);
  const pageDomain = pageHost ? registrableDomain(pageHost) : null;
  const covered = [...REGISTERED_MATCHES, ...granted];
  const out = new Set<string>();
  for (const src of imageUrls) {
    const host = hostOf(src);
    if (!host || (host === pageHost && !includePageHost)) continue;
    if (covered.some((p) => patternCoversHost(p, host))) continue;
    const domain = registrableDomain(host);
    // An IP or a single label cannot take a wildcard.
    const wildcard = domain !== pageDomain && domain.includes('.') && !/^[\d.]+$/.test(domain);
    out.add(wildcard ? `*://*.${domain}/*` : `*://${host}/*`);
  }
  return [...out].sort();
}

/** `*://*.vnecdn.net/*` → `vnecdn.net`: how the popup names the hosts to the reader. */
export function originLabel(pattern: string): string {
  return pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
}
