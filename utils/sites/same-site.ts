// "Same site" for page identity: two hosts belong to the same site when they share a registrable domain (the
// public suffix plus one label). A page may name its own canonical address, but it must not name another site's
// (the attack: a page set rel=canonical to an article already saved and overwrote or deleted it).
//
// Not the whole Public Suffix List (150 KB): the suffixes our pages live under. Viet Nam registers under
// second-level names (gov.vn, com.vn, …), so "laocai.gov.vn" is one registrable domain and every district portal
// under it ("baothang.laocai.gov.vn") is the same site, while "laocai.gov.vn" and "yenbai.gov.vn" are not.
// Other country codes follow the same pattern for their usual second levels (co.uk, com.au, gov.cn, …).

/** Second-level names that are public suffixes under a two-letter country code. */
const SECOND_LEVEL = new Set(['gov', 'com', 'org', 'edu', 'net', 'ac', 'co', 'int', 'info', 'biz', 'name', 'pro', 'health', 'mil', 'or', 'ne', 'go']);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The registrable domain of a host name ("baothang.laocai.gov.vn" → "laocai.gov.vn"); IPs and one-label hosts as they are. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.startsWith('[') || !h.includes('.')) return h;
  const labels = h.split('.');
  const n = labels.length;
  const publicLabels = n >= 3 && labels[n - 1]!.length === 2 && SECOND_LEVEL.has(labels[n - 2]!) ? 2 : 1;
  return labels.slice(-(publicLabels + 1)).join('.');
}

/** The URL when it is an http(s) one, else null. */
export function webUrl(raw: string): URL | null {
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/** Host name for display and grouping ("ubnd.hanoi.gov.vn", without "www."), '' when the URL does not parse. */
export function hostOf(raw: string | null | undefined): string {
  try {
    return raw ? new URL(raw).hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** True when both are http(s) URLs whose hosts share a registrable domain. */
export function isSameSite(a: string, b: string): boolean {
  const x = webUrl(a);
  const y = webUrl(b);
  return x !== null && y !== null && registrableDomain(x.hostname) === registrableDomain(y.hostname);
}

/**
 * The address an article is keyed by: its canonical address when that is on the page's own site, else the
 * page's own address (the tab's URL). What a page claims about another site is ignored.
 */
export function identityUrl(a: { url: string; canonicalUrl: string }): string {
  return a.canonicalUrl && isSameSite(a.canonicalUrl, a.url) ? a.canonicalUrl : a.url;
}
