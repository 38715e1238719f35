// The one DOMPurify configuration, against classic XSS vectors and the things our UI must not inherit
// from a page (styles, ids, forms). Runs with a jsdom window, as the CLI does.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { canSanitizeWith, sanitizeArticleHtml } from '../../utils/html/sanitize';
import { sanitizerWindow } from '../../utils/html/parse-html';

const clean = async (html: string) => sanitizeArticleHtml(html, await sanitizerWindow());

describe('sanitizeArticleHtml', () => {
  it.each([
    ['<img src=x onerror=alert(1)>', /onerror/i],
    ['<p onclick="alert(1)">a</p>', /onclick/i],
    ['<script>alert(1)</script><p>a</p>', /script|alert/i],
    ['<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', /javascript/i],
    ['<a href="vbscript:msgbox(1)">x</a>', /vbscript/i],
    ['<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>', /data:/i],
    ['<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">', /data:/i],
    ['<svg><script>alert(1)</script></svg>', /svg|script/i],
    ['<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror|math|style/i],
    ['<iframe src="https://evil.example"></iframe>', /iframe/i],
    ['<object data="x.swf"></object><embed src="x.swf">', /object|embed/i],
    ['<form action="https://evil.example"><input name="q"><button>Go</button></form>', /form|input|button/i],
    ['<base href="https://evil.example/">', /base/i],
    ['<meta http-equiv="refresh" content="0;url=https://evil.example">', /meta|refresh/i],
    ['<link rel="stylesheet" href="https://evil.example/x.css">', /link|stylesheet/i],
    ['<template><img src=x onerror=alert(1)></template>', /template|onerror/i],
    ['<style>body{background:url(https://evil.example)}</style>', /style|evil/i],
    ['<p style="position:fixed;top:0;background:url(https://evil.example/t.gif)">a</p>', /style|evil/i],
    ['<img id="location" name="cookie" src="https://x.vn/a.jpg">', /id=|name=/i],
    ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', /onerror/i],
  ])('removes the dangerous part of %s', async (input, bad) => {
    expect(await clean(input)).not.toMatch(bad);
  });

  it('keeps article structure: headings, lists, tables, figures, quotes, inline marks', async () => {
    const html =
      '<h2>Tiêu đề</h2><p>Đoạn <strong>đậm</strong> <em>nghiêng</em> <u>gạch</u> <mark>đánh dấu</mark> H<sub>2</sub>O m<sup>2</sup></p>' +
      '<ul><li>một</li></ul><ol><li>hai</li></ol><blockquote>trích</blockquote>' +
      '<table><thead><tr><th>Cột</th></tr></thead><tbody><tr><td colspan="2">1.234</td></tr></tbody></table>' +
      '<figure><img src="https://x.vn/a.jpg" alt="Ảnh"><figcaption>Chú thích</figcaption></figure>';
    const out = await clean(html);
    for (const tag of ['h2', 'strong', 'em', 'u', 'mark', 'sub', 'sup', 'ul', 'ol', 'li', 'blockquote', 'table', 'thead', 'th', 'td', 'figure', 'figcaption', 'img']) {
      expect(out).toContain(`<${tag}`);
    }
    expect(out).toContain('colspan="2"');
    expect(out).toContain('src="https://x.vn/a.jpg"');
    expect(out).toContain('alt="Ảnh"');
  });

  it('opens links in a new tab without giving the target access to us', async () => {
    const out = await clean('<a href="https://baothang.laocai.gov.vn/tin">tin</a>');
    expect(out).toContain('target="_blank"');
    expect(out).toContain('rel="noopener noreferrer"');
    expect(out).toContain('href="https://baothang.laocai.gov.vn/tin"');
  });

  it('drops class, data- and aria- attributes a page could use against our UI', async () => {
    const out = await clean('<p class="tinsach-overlay" data-x="1" aria-hidden="true">a</p>');
    expect(out).toBe('<p>a</p>');
  });

  it('keeps only http(s) image sources', async () => {
    expect(await clean('<img src="/relative.jpg" alt="a">')).not.toContain('src=');
    expect(await clean('<img src="http://x.vn/a.jpg">')).toContain('src="http://x.vn/a.jpg"');
  });

  it('refuses a linkedom window (DOMPurify would return its input untouched) instead of passing HTML through', () => {
    const { window } = parseHTML('<html><body></body></html>');
    expect(canSanitizeWith(window)).toBe(false);
    expect(() => sanitizeArticleHtml('<img src=x onerror=alert(1)>', window as never)).toThrow(/does not support/);
  });
});
