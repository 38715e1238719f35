// The WebDAV client against a hostile or broken server (a fake fetch): each failure is a clear error, never a hang
// or a guess, and the reader's password never follows a redirect to another host.
import { describe, expect, it } from 'vitest';
import { parseFolderListing, WebDavClient, WebDavError } from '../../utils/sync/webdav';

const FOLDER = 'https://dav.example.vn/tin-sach/';

function client(fetcher: (url: string, init: RequestInit) => Promise<Response>, extra: { timeoutMs?: number; maxBytes?: number } = {}) {
  return new WebDavClient({ folder: FOLDER, username: 'lan', password: 'bí mật', fetch: fetcher as typeof fetch, ...extra });
}

async function kindOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'no error';
  } catch (error) {
    return error instanceof WebDavError ? error.kind : String(error);
  }
}

describe('WebDavClient', () => {
  it('sends create-only and conditional writes, and reports a 412 as a conflict', async () => {
    const seen: Record<string, string>[] = [];
    const dav = client(async (_url, init) => {
      seen.push(init.headers as Record<string, string>);
      return new Response(null, { status: seen.length === 1 ? 201 : 412 });
    });
    await expect(dav.create('abc123', new Uint8Array([1]))).resolves.toEqual({ ok: true, etag: null });
    await expect(dav.replace('abc123', new Uint8Array([2]), '"etag-1"')).resolves.toEqual({ ok: false, reason: 'conflict' });
    expect(seen[0]?.['If-None-Match']).toBe('*');
    expect(seen[1]?.['If-Match']).toBe('"etag-1"');
    expect(seen[0]?.Authorization).toMatch(/^Basic /);
  });

  it('turns a 500, a 401 and an unreachable server into clear errors', async () => {
    expect(await kindOf(client(async () => new Response('boom', { status: 500 })).get('abc'))).toBe('server');
    expect(await kindOf(client(async () => new Response('', { status: 401 })).get('abc'))).toBe('auth');
    expect(await kindOf(client(async () => Promise.reject(new TypeError('fetch failed'))).get('abc'))).toBe('network');
    await expect(client(async () => new Response('boom', { status: 503 })).get('abc')).rejects.toThrow(/Máy chủ đồng bộ gặp lỗi \(503\)/);
  });

  it('returns null for a missing file', async () => {
    await expect(client(async () => new Response('', { status: 404 })).get('abc')).resolves.toBeNull();
  });

  it('refuses a redirect to another host, and follows one within the same server', async () => {
    const asked: string[] = [];
    const away = client(async (url) => {
      asked.push(url);
      return new Response(null, { status: 302, headers: { location: 'https://attacker.example/steal' } });
    });
    expect(await kindOf(away.get('abc'))).toBe('redirect');
    expect(asked).toEqual([`${FOLDER}abc`]);
    const within = client(async (url) =>
      url === `${FOLDER}abc` ? new Response(null, { status: 301, headers: { location: '/moved/abc' } }) : new Response('ok', { status: 200, headers: { etag: '"1"' } }),
    );
    await expect(within.get('abc')).resolves.toMatchObject({ etag: '"1"' });
  });

  it('cuts off an endless body at the byte cap', async () => {
    let sent = 0;
    const endless = () =>
      new Response(new ReadableStream({ pull(c) { sent += 65_536; c.enqueue(new Uint8Array(65_536)); } }), { status: 200 });
    expect(await kindOf(client(async () => endless(), { maxBytes: 1_000_000 }).get('abc'))).toBe('too-large');
    expect(sent).toBeLessThan(2_000_000);
    const declared = new Response('x', { status: 200, headers: { 'content-length': '999999999' } });
    expect(await kindOf(client(async () => declared, { maxBytes: 1_000_000 }).get('abc'))).toBe('too-large');
  });

  it('gives up on a server that never answers, within the deadline', async () => {
    const silent = client((_url, init) => new Promise((_resolve, reject) => init.signal?.addEventListener('abort', () => reject(init.signal?.reason))), { timeoutMs: 200 });
    const started = Date.now();
    expect(await kindOf(silent.get('abc'))).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('never sends a name that could climb out of the sync folder', async () => {
    const dav = client(async () => new Response('', { status: 200 }));
    for (const name of ['../secret', 'a/b', '', '%2e%2e']) expect(await kindOf(dav.get(name))).toBe('unexpected');
  });
});

describe('parseFolderListing', () => {
  it('lists the files directly in the folder, whatever the namespace prefix', () => {
    const xml = `<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">
      <d:response><d:href>/tin-sach/</d:href></d:response>
      <d:response><d:href>/tin-sach/keycheck</d:href></d:response>
      <d:response><d:href>https://dav.example.vn/tin-sach/0a1b2c</d:href></d:response>
      <d:response><d:href>/tin-sach/sub/inner</d:href></d:response>
      <d:response><d:href>/elsewhere/x</d:href></d:response>
      <d:response><d:href>/tin-sach/%zz</d:href></d:response>
    </d:multistatus>`;
    expect(parseFolderListing(xml, FOLDER)).toEqual(['0a1b2c', 'keycheck']);
  });

  it('refuses what is not a multistatus, and survives broken XML', () => {
    expect(() => parseFolderListing('<html>Đăng nhập</html>', FOLDER)).toThrow(WebDavError);
    expect(parseFolderListing('<D:multistatus><D:href>/tin-sach/abc</D:href><D:href>/tin-sach/unclosed', FOLDER)).toEqual(['abc']);
  });
});
