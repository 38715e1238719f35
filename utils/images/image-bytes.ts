// Fetching the bytes of one image, with limits: a page (or the server behind it) decides how big an image is
// and how slowly it arrives, so every fetch has a timeout, can be aborted, is read as a stream and stops at a
// byte cap (per image, and from a budget shared by all images of one article). Only real images are kept.
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** One image that has not fully arrived after this long is given up (and counted as missing). */
export const IMAGE_TIMEOUT_MS = 15_000;
const IMAGE_TYPES = /^image\/(jpeg|png|gif|webp|avif|bmp)$/i;

export function isAcceptableImage(type: string, size: number): boolean {
  // SVG is refused on purpose: it can carry script and is rendered as a document.
  return IMAGE_TYPES.test(type.split(';')[0]!.trim()) && size > 0 && size <= MAX_IMAGE_BYTES;
}

/** Bytes all images of one article may still use; shared by parallel fetches, which take from it as bytes arrive. */
export class ByteBudget {
  constructor(private left: number) {}
  get remaining(): number {
    return this.left;
  }
  take(n: number): boolean {
    if (n > this.left) return false;
    this.left -= n;
    return true;
  }
  give(n: number): void {
    this.left += n;
  }
}

export interface ImageLimits {
  timeoutMs?: number;
  /** Per image; default MAX_IMAGE_BYTES. */
  maxBytes?: number;
  /** Aborts this fetch (the whole save gave up, or the caller went away). */
  signal?: AbortSignal;
  budget?: ByteBudget;
}

export type ImageFailure = 'not-http' | 'network' | 'status' | 'type' | 'too-big' | 'budget' | 'timeout';
export type ImageFetch = { ok: true; blob: Blob } | { ok: false; reason: ImageFailure };

const fail = (reason: ImageFailure): ImageFetch => ({ ok: false, reason });

/** Fetches one image within the limits; never throws. */
export async function readImage(url: string, init: RequestInit = {}, limits: ImageLimits = {}): Promise<ImageFetch> {
  if (!/^https?:\/\//i.test(url)) return fail('not-http');
  const maxBytes = Math.min(limits.maxBytes ?? MAX_IMAGE_BYTES, MAX_IMAGE_BYTES);
  const controller = new AbortController();
  let timedOut = false;
  // One promise that settles when the fetch must stop, raced against every await: a mocked or odd body stream
  // may not honour the signal, and a hung read must still end.
  let stop: () => void = () => undefined;
  const stopped = new Promise<'stopped'>((resolve) => (stop = () => resolve('stopped')));
  const abort = () => {
    controller.abort();
    stop();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    abort();
  }, limits.timeoutMs ?? IMAGE_TIMEOUT_MS);
  if (limits.signal?.aborted) abort();
  limits.signal?.addEventListener('abort', abort, { once: true });
  let taken = 0;
  const release = () => {
    limits.budget?.give(taken);
    taken = 0;
  };
  try {
    const res = await Promise.race([fetch(url, { credentials: 'omit', ...init, signal: controller.signal }), stopped]);
    if (res === 'stopped') return fail('timeout');
    if (!res.ok) {
      void res.body?.cancel().catch(() => undefined);
      return fail('status');
    }
    const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
    // Refused before a byte of the body is read: error pages come back as text/html.
    if (!isAcceptableImage(type, 1)) {
      void res.body?.cancel().catch(() => undefined);
      return fail('type');
    }
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > maxBytes) {
      void res.body?.cancel().catch(() => undefined);
      return fail('too-big');
    }
    if (!res.body) return fail('network');
    const reader = res.body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const step = await Promise.race([reader.read(), stopped]);
      if (step === 'stopped') {
        void reader.cancel().catch(() => undefined);
        release();
        return fail(timedOut ? 'timeout' : 'network');
      }
      if (step.done) break;
      size += step.value.byteLength;
      if (size > maxBytes) {
        void reader.cancel().catch(() => undefined);
        release();
        return fail('too-big');
      }
      if (limits.budget && !limits.budget.take(step.value.byteLength)) {
        void reader.cancel().catch(() => undefined);
        release();
        return fail('budget');
      }
      taken += limits.budget ? step.value.byteLength : 0;
      chunks.push(step.value);
    }
    if (size === 0) return fail('type');
    return { ok: true, blob: new Blob(chunks as BlobPart[], { type }) };
  } catch {
    release();
    return fail(timedOut ? 'timeout' : 'network');
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', abort);
  }
}

/** Fetches an image within the limits; null on any failure (network, status, type, size, time). */
export async function fetchImageBlob(url: string, init?: RequestInit, limits?: ImageLimits): Promise<Blob | null> {
  const r = await readImage(url, init, limits);
  return r.ok ? r.blob : null;
}

export function blobToDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}

export function dataUrlToBlob(dataUrl: string): Blob | null {
  const m = /^data:([^;,]+)(;base64)?,(.*)$/s.exec(dataUrl);
  if (!m) return null;
  const type = m[1]!;
  const body = m[3]!;
  const bytes = m[2] ? Uint8Array.from(atob(body), (c) => c.charCodeAt(0)) : new TextEncoder().encode(decodeURIComponent(body));
  return isAcceptableImage(type, bytes.byteLength) ? new Blob([bytes], { type }) : null;
}
