// parseHtml for the CLI, eval, bench and tests parses as a browser does: a spec HTML5 tree (implicit <tbody>,
// html/head/body for fragments and for HTTrack copies with a comment and a <meta> before <head>) and the page
// URL as the document URL. Bytes are decoded like a browser would.
import { describe, expect, it } from 'vitest';
import { decodeHtml, parseHtml } from '../../utils/html/parse-html';

describe('parseHtml', () => {
  it('gives a fragment a body', () => {
    const doc = parseHtml('<p>Đoạn <b>một</b></p>', 'https://x.vn/');
    expect(doc.body.querySelector('p')?.textContent).toBe('Đoạn một');
    expect(doc.documentElement.tagName).toBe('HTML');
  });
  it('keeps a full document as it is', () => {
    const doc = parseHtml('<!DOCTYPE html><html lang="vi"><head><title>T</title></head><body><h1>H</h1></body></html>', 'https://x.vn/');
    expect(doc.title).toBe('T');
    expect(doc.documentElement.getAttribute('lang')).toBe('vi');
  });
  it('builds the tree a browser builds: implicit <tbody>, the page URL as document URL, relative links resolved', () => {
    const doc = parseHtml('<table><tr><td><a href="/tin/1">Tin</a><img src="anh.jpg"></td></tr></table>', 'https://baothang.laocai.gov.vn/tin-tuc/bai.html');
    expect(doc.querySelector('table > tbody > tr > td')).not.toBeNull();
    expect(doc.URL).toBe('https://baothang.laocai.gov.vn/tin-tuc/bai.html');
    expect((doc.querySelector('a') as HTMLAnchorElement).href).toBe('https://baothang.laocai.gov.vn/tin/1');
    expect((doc.querySelector('img') as HTMLImageElement).src).toBe('https://baothang.laocai.gov.vn/tin-tuc/anh.jpg');
  });
  it('reads an HTTrack copy (a comment and a <meta> before <head>) into html/head/body with the body intact', () => {
    const doc = parseHtml('<!-- Mirrored from x.gov.vn by HTTrack --><meta http-equiv="content-type" content="text/html;charset=utf-8" /><!DOCTYPE html><html><head><title>Chức năng</title></head><body><p>Nội dung trang.</p></body></html>', 'https://x.gov.vn/');
    expect(doc.title).toBe('Chức năng');
    expect(doc.body.textContent).toContain('Nội dung trang.');
  });
  it('runs no page script', () => {
    const doc = parseHtml('<body><p id="p">a</p><script>document.getElementById("p").textContent = "ran"</script></body>', 'https://x.vn/');
    expect(doc.getElementById('p')?.textContent).toBe('a');
  });
});

describe('decodeHtml', () => {
  it('reads valid UTF-8 as UTF-8 even under a stale <meta charset> (pages saved to disk are re-encoded)', () => {
    const saved = Buffer.from('<meta charset="gb2312"><p>谷歌 Bảo Thắng</p>', 'utf8');
    expect(decodeHtml(saved)).toContain('<p>谷歌 Bảo Thắng</p>');
  });
  it('honours a BOM, then <meta charset>, then UTF-8', () => {
    const utf8 = Buffer.from('<p>Bảo Thắng</p>', 'utf8');
    expect(decodeHtml(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toBe('<p>Bảo Thắng</p>');
    expect(decodeHtml(utf8)).toBe('<p>Bảo Thắng</p>');
    // windows-1258 (old portals): "Công" is 43 F4 6E 67.
    const cp1258 = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><p>'), Buffer.from([0x43, 0xf4, 0x6e, 0x67]), Buffer.from('</p>')]);
    expect(decodeHtml(cp1258)).toContain('<p>Công</p>');
  });
});

