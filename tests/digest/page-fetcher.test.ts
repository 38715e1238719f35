// The polite fetcher, against a real local HTTP server on 127.0.0.1: three requests at once at most, one host's
// requests spaced out, a timeout for a server that hangs, a size cap, another site refused before any request
// and after a redirect, the status of an error page kept, conditional requests answered by 304.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageFetcher, decodePage } from '../../utils/digest/page-fetcher';

let server: http.Server;
let base = '';
let inFlight = 0;
let maxInFlight = 0;
const seen: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push(req.url ?? '');
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const done = (status: number, body: string, headers: Record<string, string> = {}) => {
      setTimeout(() => {
        inFlight--;
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...headers });
        res.end(body);
      }, 40);
    };
    if (req.url === '/hang') return; // never answers
    if (req.url === '/big') return done(200, 'x'.repeat(5000));
    if (req.url === '/500') return done(500, 'error');
    if (req.url === '/pdf') return done(200, '%PDF', { 'content-type': 'application/pdf' });
    if (req.url === '/away') return done(302, '', { location: 'http://localhost:1/elsewhere' });
    if (req.url === '/etag') {
      if (req.headers['if-none-match'] === '"v1"') return done(304, '');
      return done(200, '<p>tin</p>', { etag: '"v1"' });
    }
    return done(200, `<p>${req.url}</p>`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const limits = { concurrency: 3, hostGapMs: 0, timeoutMs: 1500, maxBytes: 1000 };

describe('createPageFetcher', () => {
  it('keeps at most three requests in flight and answers each', async () => {
    const { fetchPage } = createPageFetcher(fetch, limits);
    maxInFlight = 0;
    const pages = await Promise.all(Array.from({ length: 9 }, (_, i) => fetchPage(`${base}/a${i}`, `${base}/list`)));
    expect(pages.every((p) => p.ok && !p.notModified && p.html === `<p>/a${pages.indexOf(p)}</p>`)).toBe(true);
    expect(maxInFlight).toBeLessThanOrEqual(3);
    expect(maxInFlight).toBeGreaterThan(1);
  });

  it("spaces one host's requests", async () => {
    // The times the fetcher starts each request (the server's arrival times jitter on a busy machine).
    const calls: number[] = [];
    const timed = (input: string, init?: RequestInit) => {
      calls.push(Date.now());
      return fetch(input, init);
    };
    const { fetchPage } = createPageFetcher(timed, { ...limits, hostGapMs: 120 });
    await Promise.all([1, 2, 3].map((i) => fetchPage(`${base}/g${i}`, `${base}/list`)));
    const gaps = calls.slice(1).map((t, i) => t - calls[i]!);
    expect(gaps).toHaveLength(2);
    expect(Math.min(...gaps), `gaps ${gaps.join(", ")} ms`).toBeGreaterThanOrEqual(115);
  });

  it('gives up on a server that hangs, refuses what is too large or not a page, keeps the status', async () => {
    const { fetchPage } = createPageFetcher(fetch, limits);
    expect(await fetchPage(`${base}/hang`, `${base}/list`)).toEqual({ ok: false, reason: 'timeout' });
    expect(await fetchPage(`${base}/big`, `${base}/list`)).toEqual({ ok: false, reason: 'too-large' });
    expect(await fetchPage(`${base}/500`, `${base}/list`)).toEqual({ ok: false, reason: 'status', status: 500 });
    expect(await fetchPage(`${base}/pdf`, `${base}/list`)).toEqual({ ok: false, reason: 'not-html' });
  });

  it('never requests another site, a javascript: or data: URL, and does not follow a redirect to another site', async () => {
    const { fetchPage } = createPageFetcher(fetch, limits);
    seen.length = 0;
    expect(await fetchPage('http://quang-cao.example.com/x', `${base}/list`)).toEqual({ ok: false, reason: 'other-site' });
    expect(await fetchPage('javascript:alert(1)', `${base}/list`)).toEqual({ ok: false, reason: 'other-site' });
    expect(await fetchPage('data:text/html,x', `${base}/list`)).toEqual({ ok: false, reason: 'other-site' });
    expect(seen).toEqual([]);
    const away = await fetchPage(`${base}/away`, `${base}/list`);
    expect(away.ok).toBe(false);
    expect(['other-site', 'moved']).toContain(!away.ok && away.reason);
  });

  it('asks conditionally and reports an unchanged page', async () => {
    const { fetchPage } = createPageFetcher(fetch, limits);
    const first = await fetchPage(`${base}/etag`, `${base}/list`);
    expect(first).toMatchObject({ ok: true, etag: '"v1"' });
    expect(await fetchPage(`${base}/etag`, `${base}/list`, { etag: '"v1"' })).toMatchObject({ ok: true, notModified: true });
  });
});

describe('decodePage', () => {
  it("uses the server's charset, else UTF-8, else the page's own <meta charset>", () => {
    const vi = new TextEncoder().encode('<p>Tin tức</p>');
    expect(decodePage(vi, 'text/html')).toBe('<p>Tin tức</p>');
    const latin = Uint8Array.from([...new TextEncoder().encode('<meta charset="windows-1252"><p>caf'), 0xe9, ...new TextEncoder().encode('</p>')]);
    expect(decodePage(latin, 'text/html')).toContain('café');
    expect(decodePage(latin, 'text/html; charset=windows-1252')).toContain('café');
  });
});
