// Stable article ids: the same article saved from a share link, a tracking link or with a trailing slash must
// land on the same record, so the URL is normalised before hashing.

// Tracking parameters that never change the page (Facebook shares add fbclid, newsletters add utm_*).
const TRACKING_PARAM = /^(utm_[a-z_]+|fbclid|gclid|zarsrc)$/i;

/** The canonical form used for ids: lower-case scheme/host, no hash, no tracking params, no trailing slash. */
export function normaliseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    // Not a URL (should not happen for extracted articles): hash the trimmed text as is.
    return raw.trim();
  }
  u.hash = '';
  // URL already lower-cases scheme and host; default ports are dropped by the parser too.
  const kept = [...u.searchParams].filter(([k]) => !TRACKING_PARAM.test(k));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  let s = u.toString();
  // "https://x.gov.vn/tin/" and "https://x.gov.vn/tin" are the same page on the portals we target.
  if (u.search === '' && s.endsWith('/')) s = s.replace(/\/+$/, '');
  else s = s.replace(/\/+\?/, '?');
  return s;
}

/** cyrb53-style 53-bit hash (two 32-bit FNV/Murmur-like lanes); plenty for a personal library. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Short stable id for an article: "a" + 11 base-36 chars of a 53-bit hash of the normalised URL. */
export function articleId(canonicalUrl: string): string {
  return 'a' + hash53(normaliseUrl(canonicalUrl)).toString(36).padStart(11, '0');
}

/**
 * True when `record` is the saved copy of the page at `pageUrl`: the page's own address is the record's address
 * or its canonical one. The popup's "Saved" toggle deletes what this matches, so a page that merely claims a
 * saved article's address as its canonical URL is not it.
 */
export function isRecordOfPage(record: { url: string; canonicalUrl: string }, pageUrl: string): boolean {
  const page = normaliseUrl(pageUrl);
  return normaliseUrl(record.url) === page || normaliseUrl(record.canonicalUrl) === page;
}
