// @vitest-environment jsdom
// As in the content script: the page's own global document and window, no options.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extract/index';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { portal } from './helpers';

describe('in a browser-like page', () => {
  it('reads the global document with its own window and leaves the page untouched', () => {
    const html = portal('lazy-images.html');
    document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const before = document.documentElement.outerHTML;
    const r = extractArticle(document, 'https://baodienbienmoi.vn/van-hoa/le-hoi-hoa-ban-2024.html');
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.article.title).toBe('Lễ hội hoa ban thu hút hơn 20 nghìn lượt khách');
      expect(r.article.images[0]!.src).toBe('https://baodienbienmoi.vn/uploads/2024/03/10/le-hoi-hoa-ban-1.jpg');
      expect(r.article.images).toHaveLength(3);
      expect(r.article.html).not.toMatch(/data:|blank\.gif/);
    }
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('sanitises with the global window when none is given', () => {
    expect(sanitizeArticleHtml('<p onclick="x()">a<script>alert(1)</script></p>')).toBe('<p>a</p>');
  });
});
