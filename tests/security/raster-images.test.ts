// Only raster images (JPEG, PNG, GIF, WebP, AVIF) are stored, judged by their bytes, whether they
// come from a page being saved or from a backup being imported.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from '../library/helpers';
import { makeArticle } from '../library/fixtures/articles';
import { sniffRasterType } from '../../utils/library/raster';
import { saveArticle } from '../../utils/library/save';
import { getImages } from '../../utils/library/read';

const bytes = (...parts: (number[] | string)[]): Uint8Array<ArrayBuffer> =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));

const SAMPLES = {
  png: bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'),
  jpeg: bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF'),
  gif: bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0]),
  webp: bytes('RIFF', [36, 0, 0, 0], 'WEBPVP8 '),
  avif: bytes([0, 0, 0, 28], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf'),
  avifCompatible: bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1avif'),
  svg: bytes('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
  svgWithBom: bytes([0xef, 0xbb, 0xbf], '<?xml version="1.0"?><svg/>'),
  html: bytes('<!doctype html><script>alert(1)</script>'),
  heic: bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic'),
};

describe('sniffRasterType', () => {
  it('knows the five raster formats by their signatures', () => {
    expect(sniffRasterType(SAMPLES.jpeg)).toBe('image/jpeg');
    expect(sniffRasterType(SAMPLES.png)).toBe('image/png');
    expect(sniffRasterType(SAMPLES.gif)).toBe('image/gif');
    expect(sniffRasterType(SAMPLES.webp)).toBe('image/webp');
    expect(sniffRasterType(SAMPLES.avif)).toBe('image/avif');
    expect(sniffRasterType(SAMPLES.avifCompatible)).toBe('image/avif');
  });

  it('refuses SVG, HTML, other ISO-BMFF files, short and empty input', () => {
    for (const b of [SAMPLES.svg, SAMPLES.svgWithBom, SAMPLES.html, SAMPLES.heic, new Uint8Array([0xff, 0xd8]), new Uint8Array()]) {
      expect(sniffRasterType(b)).toBeNull();
    }
  });
});

describe('saving from a page', () => {
  it('stores raster bytes under the type they really are and counts everything else as missing', async () => {
    const db = await freshLibrary();
    const base = 'https://baothang.laocai.gov.vn/images/';
    const served: Record<string, Blob> = {
      'svg-as-png.png': new Blob([SAMPLES.svg], { type: 'image/png' }),
      'svg.svg': new Blob([SAMPLES.svg], { type: 'image/svg+xml' }),
      'page.jpg': new Blob([SAMPLES.html], { type: 'image/jpeg' }),
      'png-as-jpg.jpg': new Blob([SAMPLES.png], { type: 'image/jpg' }),
      'gif.gif': new Blob([SAMPLES.gif], { type: 'application/octet-stream' }),
    };
    const article = makeArticle({ images: Object.keys(served).map((f) => ({ src: base + f, alt: f, caption: '' })) });
    const res = await saveArticle(db, article, { fetchImage: async (url) => served[url.slice(base.length)] ?? null });
    expect(res.missingImages).toEqual([base + 'svg-as-png.png', base + 'svg.svg', base + 'page.jpg']);
    const stored = await getImages(db, res.id);
    expect([...stored.keys()].sort()).toEqual([base + 'gif.gif', base + 'png-as-jpg.jpg']);
    expect(stored.get(base + 'png-as-jpg.jpg')!.type).toBe('image/png');
    expect(stored.get(base + 'gif.gif')!.type).toBe('image/gif');
  });
});
