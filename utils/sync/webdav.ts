// A small WebDAV client for the sync folder, written for a server we do not control: every answer is read
// with a byte cap and a deadline, redirects to another host are refused (they would carry the reader's
// password there), and a status we do not expect becomes a clear error instead of a guess.
import { readCapped } from '../net/read-capped';

export type WebDavErrorKind = 'auth' | 'server' | 'timeout' | 'too-large' | 'redirect' | 'malformed' | 'network' | 'unexpected';

export class WebDavError extends Error {
  constructor(
    readonly kind: WebDavErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'WebDavError';
  }
}

export interface WebDavOptions {
  /** The sync folder, ending in '/': https://cloud.example/remote.php/dav/files/me/tin-sach/ */
  folder: string;
  username: string;
  password: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
  maxBytes?: number;
}

export interface RemoteFile {
  bytes: Uint8Array;
  etag: string | null;
}

/** Outcome of a conditional write: 'conflict' is the server's 412 (someone wrote first); the caller re-reads and retries. */
export type PutResult = { ok: true; etag: string | null } | { ok: false; reason: 'conflict' };

const DEFAULT_TIMEOUT_MS = 30_000;
/** The largest file we accept: an article with its photos, encrypted. */
const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const MAX_REDIRECTS = 3;

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return `Basic ${btoa(s)}`;
}

/** Reads a body up to `max` bytes; an endless or oversized body is cut off and refused. */
async function readBody(response: Response, max: number): Promise<Uint8Array> {
  const bytes = await readCapped(response, max);
  if (!bytes) throw new WebDavError('too-large', `Máy chủ gửi tệp quá lớn (hơn ${max} byte).`);
  return bytes;
}

/** Logical names are opaque hex (see crypto.ts) or the fixed 'keycheck': nothing else is ever sent as a path. */
function checkName(name: string): string {
  if (!/^[a-z0-9][a-z0-9.-]{0,127}$/.test(name)) throw new WebDavError('unexpected', `Tên tệp không hợp lệ: ${name}`);
  return name;
}

/** The file names PROPFIND lists directly inside `folder`. Malformed XML gives an error, never a guess. */
export function parseFolderListing(xml: string, folder: string): string[] {
  if (!/<(?:[A-Za-z][\w.-]*:)?multistatus[\s>]/.test(xml)) throw new WebDavError('malformed', 'Máy chủ trả lời danh sách tệp không đúng dạng.');
  const folderPath = new URL(folder).pathname;
  const names = new Set<string>();
  const href = /<(?:[A-Za-z][\w.-]*:)?href\b[^>]*>([^<]{1,4096})<\/(?:[A-Za-z][\w.-]*:)?href\s*>/g;
  for (const match of xml.matchAll(href)) {
    const text = match[1]!.trim().replace(/&amp;/g, '&');
    let path: string;
    try {
      path = decodeURIComponent(new URL(text, folder).pathname);
    } catch {
      continue;
    }
    if (!path.startsWith(decodeURIComponent(folderPath))) continue;
    const rest = path.slice(decodeURIComponent(folderPath).length);
    if (rest && !rest.includes('/') && /^[a-z0-9][a-z0-9.-]{0,127}$/.test(rest)) names.add(rest);
  }
  return [...names].sort();
}

export class WebDavClient {
  private readonly auth: string;
  private readonly fetcher: typeof fetch;
  private readonly timeoutMs: number;
  private readonly maxBytes: number;
  private readonly origin: string;

  constructor(private readonly options: WebDavOptions) {
    const url = new URL(options.folder);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new WebDavError('unexpected', 'Địa chỉ máy chủ phải bắt đầu bằng https://');
    if (!url.pathname.endsWith('/')) throw new WebDavError('unexpected', 'Địa chỉ thư mục đồng bộ phải kết thúc bằng "/".');
    this.origin = url.origin;
    this.auth = basicAuth(options.username, options.password);
    this.fetcher = options.fetch ?? ((...args) => fetch(...args));
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  }

  /** One request; redirects are followed only within the same origin, and the deadline covers the whole body. */
  private async request(method: string, url: string, init: { headers?: Record<string, string>; body?: Uint8Array | string } = {}) {
    const signal = AbortSignal.timeout(this.timeoutMs);
    let target = url;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      let response: Response;
      try {
        response = await this.fetcher(target, {
          method,
          headers: { Authorization: this.auth, ...init.headers },
          body: init.body as BodyInit | undefined,
          redirect: 'manual',
          signal,
          credentials: 'omit',
          cache: 'no-store',
        });
      } catch (error) {
        if (signal.aborted) throw new WebDavError('timeout', 'Máy chủ đồng bộ không trả lời kịp.');
        throw new WebDavError('network', `Không kết nối được máy chủ đồng bộ (${(error as Error).message}).`);
      }
      // An extension's fetch with redirect 'manual' may hide the redirect's address (an opaque redirect): it is
      // refused like a redirect to another host, since where it leads cannot be checked.
      if (response.type === 'opaqueredirect') throw new WebDavError('redirect', 'Máy chủ đồng bộ chuyển hướng sang nơi khác; Tin Sạch không đi theo.');
      if (response.status >= 300 && response.status < 400 && response.status !== 304) {
        const location = response.headers.get('location');
        await response.body?.cancel().catch(() => undefined);
        const next = location ? new URL(location, target) : null;
        if (!next || next.origin !== this.origin) throw new WebDavError('redirect', 'Máy chủ đồng bộ chuyển hướng sang nơi khác; Tin Sạch không đi theo.', response.status);
        target = next.href;
        continue;
      }
      if (response.status === 401 || response.status === 403) {
        await response.body?.cancel().catch(() => undefined);
        throw new WebDavError('auth', 'Tên đăng nhập hoặc mật khẩu máy chủ đồng bộ không đúng.', response.status);
      }
      if (response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        throw new WebDavError('server', `Máy chủ đồng bộ gặp lỗi (${response.status}). Hãy thử lại sau.`, response.status);
      }
      return { response, signal };
    }
    throw new WebDavError('redirect', 'Máy chủ đồng bộ chuyển hướng quá nhiều lần.');
  }

  private async body(response: Response, signal: AbortSignal): Promise<Uint8Array> {
    try {
      return await readBody(response, this.maxBytes);
    } catch (error) {
      if (signal.aborted) throw new WebDavError('timeout', 'Máy chủ đồng bộ không trả lời kịp.');
      throw error;
    }
  }

  private url(name: string): string {
    return new URL(checkName(name), this.options.folder).href;
  }

  /** The file, or null when it does not exist (404). */
  async get(name: string): Promise<RemoteFile | null> {
    const { response, signal } = await this.request('GET', this.url(name));
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined);
      return null;
    }
    if (response.status !== 200) throw new WebDavError('unexpected', `Máy chủ trả lời ${response.status} khi đọc tệp.`, response.status);
    const bytes = await this.body(response, signal);
    return { bytes, etag: response.headers.get('etag') };
  }

  /**
   * Writes a file only if none exists by that name (If-None-Match: *). Articles and photos are written once:
   * 'conflict' means the same name is already there, which for a content-hashed name is the same content.
   */
  async create(name: string, bytes: Uint8Array): Promise<PutResult> {
    return this.put(name, bytes, { 'If-None-Match': '*' });
  }

  /** Replaces a file only if it is still the version read (If-Match), or creates it when `etag` is null. */
  async replace(name: string, bytes: Uint8Array, etag: string | null): Promise<PutResult> {
    return this.put(name, bytes, etag === null ? { 'If-None-Match': '*' } : { 'If-Match': etag });
  }

  private async put(name: string, bytes: Uint8Array, condition: Record<string, string>): Promise<PutResult> {
    const { response } = await this.request('PUT', this.url(name), {
      headers: { ...condition, 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 412) return { ok: false, reason: 'conflict' };
    if (response.status === 200 || response.status === 201 || response.status === 204) return { ok: true, etag: response.headers.get('etag') };
    throw new WebDavError('unexpected', `Máy chủ trả lời ${response.status} khi ghi tệp.`, response.status);
  }

  /** Creates the sync folder (MKCOL); a folder that is already there is fine. */
  async makeFolder(): Promise<void> {
    const { response } = await this.request('MKCOL', this.options.folder);
    await response.body?.cancel().catch(() => undefined);
    if (response.status === 201 || response.status === 405) return;
    throw new WebDavError('unexpected', `Máy chủ trả lời ${response.status} khi tạo thư mục đồng bộ.`, response.status);
  }

  /** The names of the files in the sync folder (PROPFIND, Depth: 1). */
  async list(): Promise<string[]> {
    const { response, signal } = await this.request('PROPFIND', this.options.folder, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/></d:prop></d:propfind>',
    });
    if (response.status === 404) {
      await response.body?.cancel().catch(() => undefined);
      throw new WebDavError('unexpected', 'Không tìm thấy thư mục đồng bộ trên máy chủ.', 404);
    }
    if (response.status !== 207) throw new WebDavError('unexpected', `Máy chủ trả lời ${response.status} khi liệt kê tệp.`, response.status);
    const xml = new TextDecoder().decode(await this.body(response, signal));
    return parseFolderListing(xml, this.options.folder);
  }
}
