// Image fetches with limits, against a real local HTTP server (Node's fetch, real sockets): a body that never
// ends, a server that never answers, a lying content-length, error pages, and a byte budget per article.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ByteBudget, MAX_IMAGE_BYTES, readImage } from '../../utils/images/image-bytes';

const PNG_HEADER = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const png = (bytes: number) => Buffer.concat([PNG_HEADER, Buffer.alloc(bytes - PNG_HEADER.length, 7)]);

let server: http.Server;
let base = '';
/** Bytes the server managed to write for the endless image before the client hung up. */
let endlessSent = 0;
let endlessClosed: Promise<void> = Promise.resolve();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/photo.png') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(png(40_000));
    } else if (path === '/hang.jpg') {
      // Headers, then silence: the body never ends.
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.write(png(1000));
    } else if (path === '/no-answer.jpg') {
      // Not even headers.
    } else if (path === '/endless.png') {
      endlessSent = 0;
      res.writeHead(200, { 'content-type': 'image/png' });
      const chunk = Buffer.alloc(64 * 1024, 1);
      let stop = false;
      endlessClosed = new Promise((resolve) => res.on('close', () => { stop = true; resolve(); }));
      const pump = () => {
        while (!stop && res.write(chunk)) endlessSent += chunk.length;
        if (!stop) res.once('drain', pump);
      };
      pump();
    } else if (path === '/error-page.jpg') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<h1>Không tìm thấy trang</h1>');
    } else if (path === '/missing.jpg') {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    } else if (path === '/huge-declared.jpg') {
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-length': String(MAX_IMAGE_BYTES + 1) });
      res.write(png(1000));
    } else if (path === '/logo.svg') {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('readImage', () => {
  it('reads a photo with its type and every byte', async () => {
    const r = await readImage(`${base}/photo.png`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.blob.type).toBe('image/png');
    expect(r.blob.size).toBe(40_000);
  });

  it('gives up on a body that never ends after the timeout, and the next fetch still works', async () => {
    const started = Date.now();
    const r = await readImage(`${base}/hang.jpg`, {}, { timeoutMs: 300 });
    expect(r).toEqual({ ok: false, reason: 'timeout' });
    // A hang guard, not a speed measure: the fetch must not wait for the body.
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await readImage(`${base}/photo.png`)).ok).toBe(true);
  });

  it('gives up on a server that never sends headers', async () => {
    expect(await readImage(`${base}/no-answer.jpg`, {}, { timeoutMs: 300 })).toEqual({ ok: false, reason: 'timeout' });
  });

  it('stops reading an endless body at the byte cap and hangs up', async () => {
    const cap = 1024 * 1024;
    const r = await readImage(`${base}/endless.png`, {}, { maxBytes: cap, timeoutMs: 10_000 });
    expect(r).toEqual({ ok: false, reason: 'too-big' });
    await endlessClosed;
    // The socket buffers a little past the cap; the point is that it did not run on to gigabytes.
    expect(endlessSent).toBeLessThan(cap + 8 * 1024 * 1024);
  });

  it('aborts when the caller gives up (the whole save ran out of time)', async () => {
    const controller = new AbortController();
    const pending = readImage(`${base}/hang.jpg`, {}, { signal: controller.signal, timeoutMs: 60_000 });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toEqual({ ok: false, reason: 'network' });
  });

  it('refuses error pages, SVG, 404s and a declared size over the cap before reading the body', async () => {
    expect(await readImage(`${base}/error-page.jpg`)).toEqual({ ok: false, reason: 'type' });
    expect(await readImage(`${base}/logo.svg`)).toEqual({ ok: false, reason: 'type' });
    expect(await readImage(`${base}/missing.jpg`)).toEqual({ ok: false, reason: 'status' });
    expect(await readImage(`${base}/huge-declared.jpg`)).toEqual({ ok: false, reason: 'too-big' });
    expect(await readImage('data:image/png;base64,AAAA')).toEqual({ ok: false, reason: 'not-http' });
  });

  it('shares one byte budget between the images of an article and gives back what a failed image took', async () => {
    const budget = new ByteBudget(100_000);
    const first = await readImage(`${base}/photo.png`, {}, { budget });
    expect(first.ok).toBe(true);
    expect(budget.remaining).toBe(60_000);
    expect((await readImage(`${base}/photo.png`, {}, { budget })).ok).toBe(true);
    // 20,000 bytes left: the third photo does not fit, and what it had taken is returned.
    expect(await readImage(`${base}/photo.png`, {}, { budget })).toEqual({ ok: false, reason: 'budget' });
    expect(budget.remaining).toBe(20_000);
    const endless = await readImage(`${base}/endless.png`, {}, { budget: new ByteBudget(512 * 1024) });
    expect(endless).toEqual({ ok: false, reason: 'budget' });
  });
});
