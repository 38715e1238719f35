// parseHtml (linkedom) for the CLI, bench and tests: fragments get a document shell, bytes are decoded
// like a browser would, and on the corpus Readability reads the same text as under jsdom.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { decodeHtml, parseHtml } from '../../utils/parse-html';
import { corpusPages, sharedAvailable } from '../helpers/shared';
import { JSDOM, norm } from './helpers';

describe('parseHtml', () => {
  it('gives a fragment a body (linkedom would not)', () => {
    const doc = parseHtml('<p>Đoạn <b>một</b></p>', 'https://x.vn/');
    expect(doc.body.querySelector('p')?.textContent).toBe('Đoạn một');
    expect(doc.documentElement.tagName).toBe('HTML');
  });
  it('keeps a full document as it is', () => {
    const doc = parseHtml('<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body><h1>H</h1></body></html>', 'https://x.vn/');
    expect(doc.title).toBe('T');
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
  });
});

describe('decodeHtml', () => {
  it('honours a BOM, then <meta charset>, then UTF-8', () => {
    const utf8 = Buffer.from('<p>Bảo Thắng</p>', 'utf8');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe('<p>Bảo Thắng</p>');
    expect(decodeHtml(utf8)).toBe('<p>Bảo Thắng</p>');
    // windows-1258 (old portals): "Công" is 43 F4 6E 67.
    const cp1258 = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>'), Buffer.from([0x43, 0xf4, 0x6e, 0x67]), Buffer.from('</p>')]);
    expect(decodeHtml(cp1258)).toContain('<p>Công</p>');
  });
});

if (!sharedAvailable('the linkedom/jsdom comparison')) {
  it('linkedom/jsdom comparison needs ../shared (skipped, see the warning above)', () => {
    expect(process.env.CI).toBeFalsy();
  });
} else {
  describe('linkedom matches jsdom on the corpus', () => {
    it.each(corpusPages().map((p) => [p.file, p] as const))('%s: same Readability text', (_f, p) => {
      const viaLinkedom = new Readability(parseHtml(p.html, p.url)).parse();
      const viaJsdom = new Readability(new JSDOM(p.html, { url: p.url }).window.document).parse();
      expect(norm(viaLinkedom?.textContent)).toBe(norm(viaJsdom?.textContent));
      expect(viaLinkedom?.title ?? null).toBe(viaJsdom?.title ?? null);
    });
  });
}
