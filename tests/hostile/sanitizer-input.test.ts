// The Node-only fast path of the sanitiser (utils/extract/sanitizer-input.ts) hands DOMPurify text as
// placeholders and puts it back escaped. It must give exactly what plain sanitizeArticleHtml gives, on
// every hostile vector, on every corpus page's body and on random markup — or it is a hole.
import { describe, expect, it } from 'vitest';
import { sanitizeArticleElement } from '../../utils/extract/sanitizer-input';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { parseHtml, sanitizerWindow } from '../../utils/html/parse-html';
import { HOSTILE_VECTORS } from './hostile-fixtures';
import { corpusPages, sharedAvailable } from '../helpers/shared';

async function same(html: string, label: string): Promise<void> {
  const win = await sanitizerWindow();
  const doc = parseHtml(`<!DOCTYPE html><html><body><div id="c">${html}</div></body></html>`, 'https://x.gov.vn/');
  const content = doc.querySelector('#c')!;
  const expected = sanitizeArticleHtml(content.innerHTML, win);
  expect(sanitizeArticleElement(content, win, true), label).toBe(expected);
}

describe('sanitizeArticleElement (Node fast path) equals sanitizeArticleHtml', () => {
  it.each(HOSTILE_VECTORS.map((v) => [v.id, v.html] as const))('%s', async (id, html) => {
    await same(`<p>Năm 2024, huyện đã hỗ trợ 36 hộ &amp; 1,6 tỷ đồng &lt;b&gt;.</p>${html}<p>Kết thúc “bài” 'x' &nbsp; a</p>`, id);
  });

  it('on random markup built from text, entities, quotes and tags', async () => {
    let seed = 7;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const bits = ['Huyện ', '&amp;', '&lt;', '&gt;', '&quot;', '"', "'", '<b>', '</b>', '<a href="https://a.vn/?x=1&y=2">', '</a>', '<p>', '</p>', ' ', '\u00a0', 'tỷ', '<img src="https://a.vn/1.jpg" alt="a&b">', '<br>', '&#x27;', '`', '='];
    for (let i = 0; i < 300; i++) {
      const html = Array.from({ length: 5 + Math.floor(r() * 40) }, () => bits[Math.floor(r() * bits.length)]).join('');
      await same(html, `random #${i}: ${html}`);
    }
  });

  it('on the body of every corpus page', async () => {
    if (!sharedAvailable('the corpus equivalence check')) return;
    for (const page of corpusPages()) {
      const doc = parseHtml(page.html, page.url);
      const body = doc.body?.innerHTML ?? '';
      await same(body.slice(0, 200_000), page.file);
    }
  });
});
