// What the reader saw, pinned: the popup fixes the page's address, canonical address and a digest of its title
// and text when it shows the article, and the save compares the page's answer then against it. A page may
// rewrite its address (history.replaceState to a saved article's path) or its text after the popup showed it;
// the library must store only what the reader saw, so any difference stops the save and the popup shows the
// new state first.
export interface PageIdentity {
  url: string;
  canonicalUrl: string;
  /** SHA-256 of the title and the text, hex. */
  hash: string;
}

const HEX_DIGEST = /^[0-9a-f]{64}$/;

export async function pageIdentity(a: { url: string; canonicalUrl: string; title: string; text: string }): Promise<PageIdentity> {
  const bytes = new TextEncoder().encode(`${a.title}\n${a.text}`);
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  const hash = Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  return { url: a.url, canonicalUrl: a.canonicalUrl, hash };
}

export function sameIdentity(a: PageIdentity, b: PageIdentity): boolean {
  return a.url === b.url && a.canonicalUrl === b.canonicalUrl && a.hash === b.hash;
}

/** A PageIdentity as it may arrive in a message (structured-cloned, from another of our pages), or null. */
export function parsePageIdentity(v: unknown): PageIdentity | null {
  if (typeof v !== 'object' || v === null || Object.getPrototypeOf(v) !== Object.prototype) return null;
  const o = v as Record<string, unknown>;
  const text = (x: unknown): x is string => typeof x === 'string' && x.length <= 4096;
  if (!text(o.url) || !text(o.canonicalUrl) || typeof o.hash !== 'string' || !HEX_DIGEST.test(o.hash)) return null;
  return { url: o.url, canonicalUrl: o.canonicalUrl, hash: o.hash };
}
