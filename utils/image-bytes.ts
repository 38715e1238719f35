// Limits for images kept offline with a saved article: only real images, never huge ones.
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const IMAGE_TYPES = /^image\/(jpeg|png|gif|webp|avif|bmp)$/i;

export function isAcceptableImage(type: string, size: number): boolean {
  // SVG is refused on purpose: it can carry script and is rendered as a document.
  return IMAGE_TYPES.test(type.split(';')[0]!.trim()) && size > 0 && size <= MAX_IMAGE_BYTES;
}

/** Fetches an image with a size cap; null on any failure (network, type, size). */
export async function fetchImageBlob(url: string, init?: RequestInit): Promise<Blob | null> {
  if (!/^https?:\/\//i.test(url)) return null;
  try {
    const res = await fetch(url, { credentials: 'omit', ...init });
    if (!res.ok) return null;
    const declared = Number(res.headers.get('content-length') ?? '0');
    if (declared > MAX_IMAGE_BYTES) return null;
    const blob = await res.blob();
    return isAcceptableImage(blob.type || res.headers.get('content-type') || '', blob.size) ? blob : null;
  } catch {
    return null;
  }
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
