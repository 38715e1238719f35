// ArrayBuffer ↔ base64 with btoa/atob (present in browsers, workers and Node ≥ 16), chunked so a large image
// never builds one huge argument list.
const CHUNK = 0x8000;

export function bytesToBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += CHUNK) bin += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(bin);
}

/** null when the text is not valid base64. */
export function base64ToBytes(b64: string): ArrayBuffer | null {
  let bin: string;
  try {
    bin = atob(b64);
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out.buffer;
}
