// Fetching other pages of a portal politely and safely: at most three requests at once, requests to one host
// spaced out, each with a timeout and a size cap, only http(s) pages of the site asked about, and a redirect to
// another site counted as a failure (its page is not this site's article). Portals are small government servers:
// a digest of twenty teasers must not look like a crawler to them.
import { isSameSite } from '../sites/same-site';
import { readCapped } from '../net/read-capped';

export interface FetchLimits {
  /** Requests in flight at once, all hosts together. */
  concurrency: number;
  /** Time between the starts of two requests to the same host. */
  hostGapMs: number;
  timeoutMs: number;
  /** A page larger than this is not read (a portal article is well under 1 MB). */
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { concurrency: 3, hostGapMs: 100, timeoutMs: 12_000, maxBytes: 4 * 1024 * 1024 };

/** 'moved': the page redirects and the new address could not be read (another site the extension may not read,
 *  or a server that is down); 'other-site': it redirects to another site, which is not this site's article. */
export type FetchFailure = 'timeout' | 'status' | 'network' | 'other-site' | 'moved' | 'too-large' | 'not-html';

export type FetchedPage =
  | { ok: true; url: string; html: string; etag: string | null; lastModified: string | null; notModified?: false }
  | { ok: true; url: string; notModified: true }
  | { ok: false; reason: FetchFailure; status?: number };

export interface FetchPageOptions {
  /** Conditional request headers (a followed page checked again). */
  etag?: string | null;
  lastModified?: string | null;
  signal?: AbortSignal;
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

const charsetOf = (type: string) => /charset\s*=\s*"?([\w-]+)/i.exec(type)?.[1]?.toLowerCase() ?? null;

/** The page's text: the server's charset, else UTF-8 when the bytes are UTF-8, else the page's own <meta charset>. */
export function decodePage(bytes: Uint8Array, contentType: string): string {
  const declared = charsetOf(contentType);
  const decode = (label: string, fatal = false) => new TextDecoder(label, { fatal }).decode(bytes);
  if (declared) {
    try {
      return decode(declared);
    } catch {
      // unknown label: go on guessing
    }
  }
  try {
    return decode('utf-8', true);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
    try {
      return decode(meta ?? 'utf-8');
    } catch {
      return decode('utf-8');
    }
  }
}

/** A fetcher with the limits above. `fetchPage(url, site)` fetches only pages of `site`'s site. */
export function createPageFetcher(fetchImpl: FetchLike, limits: FetchLimits = DEFAULT_FETCH_LIMITS, now: () => number = () => Date.now()) {
  let running = 0;
  const waiting: Array<() => void> = [];
  const lastStart = new Map<string, number>();
  const hostQueue = new Map<string, Promise<void>>();

  // A finished request hands its slot straight to the next waiting one, so no newcomer slips in between.
  const acquire = async () => {
    if (running < limits.concurrency) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else running--;
  };
  /** Waits this host's turn: one host's requests start one after another, at least hostGapMs apart (measured from
   *  when the previous one really started, so a late start never squeezes the next one closer). */
  const hostTurn = (host: string): Promise<void> => {
    const turn = (hostQueue.get(host) ?? Promise.resolve()).then(async () => {
      const wait = (lastStart.get(host) ?? -Infinity) + limits.hostGapMs - now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      lastStart.set(host, now());
    });
    hostQueue.set(host, turn);
    return turn;
  };

  async function fetchOnce(url: string, site: string, opts: FetchPageOptions): Promise<FetchedPage> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
    const onAbort = () => controller.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      const headers: Record<string, string> = { accept: 'text/html,application/xhtml+xml' };
      if (opts.etag) headers['if-none-match'] = opts.etag;
      if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
      // No cookies: what the digest shows is what anyone sees; the reader's session stays with the reader's tabs.
      const init: RequestInit = { credentials: 'omit', headers, signal: controller.signal, cache: 'no-cache' };
      // A redirect is seen first without being followed (its target is hidden from us), then followed: a browser
      // refuses a redirect to a host the extension may not read as a plain network error, which must not be
      // reported as "could not be loaded" when the server answered.
      let response = await fetchImpl(url, { ...init, redirect: 'manual' });
      if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400 && response.status !== 304)) {
        try {
          response = await fetchImpl(url, { ...init, redirect: 'follow' });
        } catch {
          return { ok: false, reason: controller.signal.aborted && !opts.signal?.aborted ? 'timeout' : 'moved' };
        }
      }
      const finalUrl = response.url || url;
      if (!/^https?:/i.test(finalUrl) || !isSameSite(finalUrl, site)) return { ok: false, reason: 'other-site' };
      if (response.status === 304) return { ok: true, url: finalUrl, notModified: true };
      if (!response.ok) return { ok: false, reason: 'status', status: response.status };
      const type = response.headers.get('content-type') ?? '';
      if (type && !/html|xml/i.test(type)) return { ok: false, reason: 'not-html' };
      const bytes = await readCapped(response, limits.maxBytes);
      if (!bytes) return { ok: false, reason: 'too-large' };
      return { ok: true, url: finalUrl, html: decodePage(bytes, type), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
    } catch {
      return { ok: false, reason: controller.signal.aborted && !opts.signal?.aborted ? 'timeout' : 'network' };
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', onAbort);
    }
  }

  /** Fetches `url` if it is an http(s) page of `site`'s site; waits for a free slot and the host's turn. */
  async function fetchPage(url: string, site: string, opts: FetchPageOptions = {}): Promise<FetchedPage> {
    let host: string;
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return { ok: false, reason: 'other-site' };
      host = u.host;
    } catch {
      return { ok: false, reason: 'other-site' };
    }
    if (!isSameSite(url, site)) return { ok: false, reason: 'other-site' };
    await acquire();
    try {
      if (opts.signal?.aborted) return { ok: false, reason: 'network' };
      await hostTurn(host);
      return await fetchOnce(url, site, opts);
    } finally {
      release();
    }
  }

  return { fetchPage, inFlight: () => running };
}

export type PageFetcher = ReturnType<typeof createPageFetcher>;
