// extractArticle end to end: the live page is never changed, every DOM works, bad input gets a typed
// answer (never an exception, never a hang).
import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../utils/model/article';
import { extractArticle } from '../../utils/extract/index';
import { checkHtmlText } from '../../utils/extract/limits';
import { DOMParser as LinkedomParser } from 'linkedom';
import { parseHtml, sanitizerWindow } from '../../utils/html/parse-html';
import { readPage } from '../../cli/read';
import { JSDOM, article, extractHtml, page, portal } from './helpers';

const SEED_LIKE = page(
  '<div class="ctt-topbar"><span class="ctt-today">Thứ Năm, ngày 20/04/2023</span> <a href="/dang-nhap">Đăng nhập</a></div>' +
    '<div class="news-detail"><h1 class="news-title">Duy trì nâng cao chất lượng công tác tuyên vận</h1>' +
    '<div class="news-meta"><span>Ngày đăng: 18/04/2023 09:35</span> <span>Lượt xem: 1.247</span></div>' +
    '<div class="news-content"><p><strong>Huyện Bảo Thắng hiện có 14 ban tuyên vận với 188 tổ tuyên vận thôn, tổ dân phố, thông qua công tác tuyên vận đã tạo được sự đồng thuận.</strong></p>' +
    '<p>Ngay từ đầu năm 2023, Huyện đã chỉ đạo Đảng uỷ các xã, thị trấn rà soát kiện toàn ban tuyên vận, tổ tuyên vận; ngày 25/3/2023 đã có trên 16 nghìn người tham gia lao động, vệ sinh môi trường.</p>' +
    '<p style="text-align:center"><img src="/Uploads/anh.jpg" alt="anh tin bai"></p>' +
    '<p>Đẩy mạnh tuyên truyền, biểu dương các điển hình, mô hình tiên tiến, gương người tốt, việc tốt làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh./.</p>' +
    '<p style="text-align: right;"><strong>Ngô Hải - BTG HU</strong></p></div></div>',
  '<meta name="author" content="Cổng thông tin điện tử huyện Bảo Thắng"><meta property="og:site_name" content="Cổng thông tin điện tử huyện Bảo Thắng">',
);
const URL_ = 'https://baothang.laocai.gov.vn/tin-tuc/tin-hoat-dong/duy-tri-1203547.html';

function expectTyped(r: ExtractResult) {
  if (r.ok) {
    expect(typeof r.article.text).toBe('string');
  } else {
    expect(['not-article', 'empty', 'too-large', 'error']).toContain(r.reason);
    expect(r.message.length).toBeGreaterThan(10);
  }
}

describe('extractArticle', () => {
  it('reads a district-portal article: lead first, byline from the last line, local date, no alt text', async () => {
    const a = await article(SEED_LIKE, URL_);
    expect(a.title).toBe('Duy trì nâng cao chất lượng công tác tuyên vận');
    expect(a.publishedAt).toBe('2023-04-18T09:35:00+07:00');
    expect(a.byline).toBe('Ngô Hải');
    expect(a.lead).toMatch(/^Huyện Bảo Thắng hiện có 14 ban tuyên vận/);
    expect(a.text.startsWith(a.lead)).toBe(true);
    expect(a.text.split('\n\n')[1]).toMatch(/^Ngay từ đầu năm 2023/);
    expect(a.html).not.toContain('Huyện Bảo Thắng hiện có 14 ban');
    expect(a.html).not.toContain('Ngô Hải');
    expect(a.text).not.toMatch(/anh tin bai|Đăng nhập|Lượt xem|20\/04\/2023/);
    expect(a.images).toEqual([{ src: 'https://baothang.laocai.gov.vn/Uploads/anh.jpg', alt: '', caption: '' }]);
    expect(a.siteName).toBe('Cổng thông tin điện tử huyện Bảo Thắng');
    expect(a.lang).toBe('vi');
    expect(a.wordCount).toBeGreaterThan(60);
    expect(a.readingMinutes).toBe(1);
    expect(a.canonicalUrl).toBe(URL_);
    expect(Date.parse(a.extractedAt)).not.toBeNaN();
  });

  it('never changes the page it reads', async () => {
    const doc = parseHtml(SEED_LIKE, URL_);
    const before = doc.documentElement.outerHTML;
    const r = extractArticle(doc, URL_, { window: await sanitizerWindow() });
    expect(r.ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('gives the same article whether its own window or a separate jsdom window sanitises', async () => {
    const own = extractArticle(parseHtml(SEED_LIKE, URL_), URL_);
    const separate = extractArticle(parseHtml(SEED_LIKE, URL_), URL_, { window: await sanitizerWindow() });
    expect(own.ok && separate.ok).toBe(true);
    if (own.ok && separate.ok) {
      const { extractedAt: _a, ...o } = own.article;
      const { extractedAt: _b, ...s } = separate.article;
      expect(o).toEqual(s);
    }
  });

  it('answers "error" (not unsanitised HTML) when no window can sanitise the page (a linkedom document)', () => {
    const r = extractArticle(new LinkedomParser().parseFromString(SEED_LIKE, 'text/html') as unknown as Document, URL_);
    expect(r).toMatchObject({ ok: false, reason: 'error' });
  });

  it('gives messages in English on request', async () => {
    const r = await extractHtml(page(''), URL_, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, reason: 'empty', message: 'This page has no content to read.' });
  });
});

describe('bad input gets a typed answer', () => {
  it('a page that runs past the wall-time bound → too-large, checked between phases', async () => {
    const html = portal('liferay.html');
    const fine = await extractHtml(html, URL_);
    expect(fine.ok).toBe(true);
    // A clock that jumps 1 s at every reading: the first checkpoint is already past a 1.5 s bound.
    let t = 0;
    const slow = await extractHtml(html, URL_, { clock: () => (t += 1000), limits: { maxMillis: 1500 } });
    expect(slow).toMatchObject({ ok: false, reason: 'too-large' });
    // The same clock with room to spare reads the article.
    t = 0;
    expect((await extractHtml(html, URL_, { clock: () => (t += 1000), limits: { maxMillis: 60_000 } })).ok).toBe(true);
  });

  it('empty page → empty', async () => {
    expect((await extractHtml('', URL_)).ok).toBe(false);
    expect(await extractHtml('', URL_)).toMatchObject({ reason: 'empty' });
    expect(await readPage(new Uint8Array(0), URL_)).toMatchObject({ ok: false, reason: 'empty' });
    expect(await extractHtml('<html><head><title>x</title></head><body>  \n </body></html>', URL_)).toMatchObject({ reason: 'empty' });
  });

  it('binary bytes → not-article or empty', async () => {
    let seed = 7;
    const bytes = new Uint8Array(64 * 1024).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff);
    const r = await readPage(bytes, URL_);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['not-article', 'empty']).toContain(r.reason);
  });

  it('a ~20 MB page → too-large before it is even parsed', async () => {
    const html = page('<p>Đoạn văn dài về hoạt động của huyện trong năm.</p>'.repeat(400_000));
    expect(html.length).toBeGreaterThan(20_000_000);
    expect(checkHtmlText(html)).toBe('too-large');
    const started = Date.now();
    expect(await readPage(Buffer.from(html), URL_)).toMatchObject({ ok: false, reason: 'too-large' });
    expect(Date.now() - started).toBeLessThan(20_000); // a hang guard, not a speed measurement
  });

  // Parsing these pages with a browser-grade parser (jsdom) takes a while on a busy 2-core machine: the long
  // timeouts below only guard against a hang, they measure nothing.
  it('more elements than the limit (70 000 against 60 000) → too-large, before Readability', async () => {
    const r = await extractHtml(page('<p>x <b>y</b></p>'.repeat(35_000)), URL_);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
  }, 240_000);

  it('too much text in few elements → too-large', async () => {
    const r = await extractHtml(page(`<pre>${'chữ '.repeat(600_000)}</pre>`), URL_);
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
  }, 240_000);

  it('5 000-deep nesting → an answer, no stack overflow', async () => {
    const deep = '<div>'.repeat(5000) + '<p>Huyện Bảo Thắng tổ chức hội nghị tổng kết công tác tuyên vận năm 2023 với sự tham gia của các xã.</p>'.repeat(5) + '</div>'.repeat(5000);
    expectTyped(await extractHtml(page(deep), URL_));
    expectTyped(extractArticle(new JSDOM(page(deep), { url: URL_ }).window.document, URL_));
  }, 240_000);

  it('broken markup → an answer', async () => {
    const broken =
      '<html><body><div class="news-content"<p>Đoạn không đóng <b><i>lồng sai</b></i><table><tr><td>ô<div>khối</td></tr>' +
      '</div></div></span><p>Huyện Bảo Thắng hiện có 14 ban tuyên vận với 188 tổ tuyên vận thôn, tổ dân phố.<p>' +
      '<img src=x onerror=alert(1)><a href="javascript:alert(1)">x</a><!-- unterminated comment <p>tail';
    expectTyped(await extractHtml(broken, URL_));
    expectTyped(extractArticle(new JSDOM(broken, { url: URL_ }).window.document, URL_));
  });

  it('things that are not documents → empty or error, never a throw', () => {
    expect(extractArticle(null as unknown as Document, URL_)).toMatchObject({ ok: false });
    expect(extractArticle({} as Document, URL_)).toMatchObject({ ok: false });
  });
});

describe('other languages', () => {
  it('reads an English news page correctly', async () => {
    const a = await article(portal('english-news.html'), 'https://riversideherald.example/news/flood-defences-budget');
    expect(a.lang).toBe('en');
    expect(a.title).toBe('City council approves $48 million budget for flood defences');
    expect(a.publishedAt).toBe('2024-06-03T18:30:00+01:00');
    expect(a.byline).toMatch(/^Jane Doe/);
    expect(a.text).toContain('voted 9 to 2 on Monday evening');
    expect(a.text).toContain('"This is about keeping families safe in their homes');
    expect(a.text).toContain('Construction is expected to begin in September');
    expect(a.text).not.toMatch(/Sign in|Share on|River levels hit record|All rights reserved/);
  });
});
