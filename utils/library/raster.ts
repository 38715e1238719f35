// Which images may be stored: raster formats only (JPEG, PNG, GIF, WebP, AVIF), judged by their first bytes.
// The declared type (a server's Content-Type, a backup's "type") is the attacker's to choose: an SVG is a
// document that can carry script and opens as one from a blob: URL, so "image/png" on SVG text must not pass.

export type RasterType = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp' | 'image/avif';

const ascii = (b: Uint8Array, at: number, len: number): string => String.fromCharCode(...b.subarray(at, at + len));

/** AVIF is an ISO-BMFF file: an `ftyp` box whose major or a compatible brand is avif (still) or avis (sequence). */
function isAvif(b: Uint8Array): boolean {
  if (b.length < 16 || ascii(b, 4, 4) !== 'ftyp') return false;
  const boxSize = ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
  const end = Math.min(b.length, boxSize >= 16 ? boxSize : 16);
  for (let at = 8; at + 4 <= end; at += 4) {
    if (at === 12) continue; // minor_version, not a brand
    const brand = ascii(b, at, 4);
    if (brand === 'avif' || brand === 'avis') return true;
  }
  return false;
}

/** The raster type the bytes really are, or null (SVG, HTML, text, anything else). */
export function sniffRasterType(data: ArrayBuffer | Uint8Array): RasterType | null {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && b[0] === 0x89 && ascii(b, 1, 3) === 'PNG' && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'image/gif';
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return 'image/webp';
  if (isAvif(b)) return 'image/avif';
  return null;
}
