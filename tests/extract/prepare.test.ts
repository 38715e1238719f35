import { describe, expect, it } from 'vitest';
import { bestFromSrcset, isPlaceholderSrc, prepareDocument } from '../../utils/extract/prepare';
import { parseHtml } from '../../utils/html/parse-html';
import { page } from './helpers';

const URL_ = 'https://baodienbienmoi.vn/van-hoa/bai-viet.html';

function prepared(body: string, head = '') {
  const doc = parseHtml(page(body, head), URL_);
  prepareDocument(doc, URL_);
  return doc;
}

describe('prepareDocument', () => {
  it('replaces lazy-load placeholders by the real image and absolutises it', () => {
    const doc = prepared(
      '<img id="a" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/up/a.jpg" alt="a">' +
        '<img id="b" class="lazy" src="/images/blank.gif" data-original="https://cdn.vn/b.jpg" alt="b">' +
        '<img id="c" src="/images/spacer.gif" data-srcset="/up/c-480.jpg 480w, /up/c-1200.jpg 1200w" alt="c">' +
        '<img id="d" data-lazy-src="d.jpg" alt="d">',
    );
    expect(doc.querySelector('#a')!.getAttribute('src')).toBe('https://baodienbienmoi.vn/up/a.jpg');
    expect(doc.querySelector('#b')!.getAttribute('src')).toBe('https://cdn.vn/b.jpg');
    expect(doc.querySelector('#c')!.getAttribute('src')).toBe('https://baodienbienmoi.vn/up/c-1200.jpg');
    expect(doc.querySelector('#d')!.getAttribute('src')).toBe('https://baodienbienmoi.vn/van-hoa/d.jpg');
    expect(doc.querySelector('#c')!.hasAttribute('data-srcset')).toBe(false);
  });

  it('drops 1×1 tracking pixels and placeholders with nothing behind them', () => {
    const doc = prepared('<p>x<img src="https://stats.vn/p.gif" width="1" height="1"><img src="/images/loading.gif"></p>');
    expect(doc.querySelectorAll('img').length).toBe(0);
  });

  it('keeps a real image and its src untouched except for absolutising', () => {
    const doc = prepared('<img src="../anh/that.jpg" alt="thật">');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://baodienbienmoi.vn/anh/that.jpg');
  });

  it('absolutises links against <base href> when the page has one, and leaves anchors and scripts alone', () => {
    const doc = prepared('<a id="r" href="tin/1.html">1</a><a id="h" href="#top">top</a><a id="j" href="javascript:void(0)">j</a>', '<base href="https://cdn.example.vn/root/">');
    expect(doc.querySelector('#r')!.getAttribute('href')).toBe('https://cdn.example.vn/root/tin/1.html');
    expect(doc.querySelector('#h')!.getAttribute('href')).toBe('#top');
    expect(doc.querySelector('#j')!.getAttribute('href')).toBe('javascript:void(0)');
  });

  it('shows reveal-on-scroll content that a script would fade in', () => {
    const doc = prepared('<p id="p" data-aos="fade-up" style="opacity:0;color:red">Đoạn văn</p>');
    expect(doc.querySelector('#p')!.getAttribute('style')).not.toMatch(/opacity/);
    expect(doc.querySelector('#p')!.getAttribute('style')).toMatch(/color:red/);
  });
});

describe('srcset and placeholders', () => {
  it('picks the widest candidate', () => {
    expect(bestFromSrcset('a.jpg 300w, b.jpg 800w, c.jpg 600w')).toBe('b.jpg');
    expect(bestFromSrcset('a.jpg 1x, b.jpg 2x')).toBe('b.jpg');
  });
  it('recognises stand-in files but not real ones', () => {
    expect(isPlaceholderSrc('/images/blank.gif')).toBe(true);
    expect(isPlaceholderSrc('data:image/gif;base64,R0lG')).toBe(true);
    expect(isPlaceholderSrc('/uploads/2024/03/loading-ceremony.jpg')).toBe(false);
    expect(isPlaceholderSrc('/uploads/hoa-ban.jpg')).toBe(false);
  });
});
