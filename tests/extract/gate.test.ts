import { describe, expect, it } from 'vitest';
import { gateArticle, isHomePage, isSearchPage, type PageSignals } from '../../utils/extract/gate';
import { parseHtml } from '../../utils/parse-html';
import { page } from './helpers';

const signals = (over: Partial<PageSignals> = {}): PageSignals => ({
  url: 'https://x.gov.vn/tin-tuc/bai-viet-123.html',
  ogType: 'article',
  jsonLdTypes: [],
  hasDate: true,
  hasTitleElement: true,
  title: 'Bài viết',
  ...over,
});
const content = (body: string) => parseHtml(page(`<div id="c">${body}</div>`), 'https://x.vn/').querySelector('#c')!;
const para = (n: number) => `<p>${'Huyện đã tổ chức hội nghị tổng kết công tác năm với sự tham gia của các xã, thị trấn và cơ quan đơn vị. '.repeat(n)}</p>`;
const teaser = (i: number) => `<div><h3><a href="/t${i}">Tiêu đề bài viết khác số ${i} trong chuyên mục tin tức hoạt động</a></h3><p>Tóm tắt ngắn gọn của bài viết số ${i} về hoạt động của huyện trong tuần vừa qua, có nhiều nội dung.</p></div>`;

describe('page kind from the URL and title', () => {
  it('recognises search pages (chinhphu.vn ?q=, /tim-kiem, "Trang tìm kiếm")', () => {
    expect(isSearchPage(signals({ url: 'http://chinhphu.vn/?pageid=473&q=19-2026-TT-BVHTTDL' }))).toBe(true);
    expect(isSearchPage(signals({ url: 'https://x.gov.vn/tim-kiem?tukhoa=abc' }))).toBe(true);
    expect(isSearchPage(signals({ title: 'Trang tìm kiếm' }))).toBe(true);
    expect(isSearchPage(signals())).toBe(false);
  });
  it('recognises front pages but not articles addressed by id', () => {
    expect(isHomePage(signals({ url: 'https://x.gov.vn/' }))).toBe(true);
    expect(isHomePage(signals({ url: 'https://x.gov.vn/trang-chu' }))).toBe(true);
    expect(isHomePage(signals({ url: 'https://x.gov.vn/Default.aspx' }))).toBe(true);
    expect(isHomePage(signals({ url: 'https://x.gov.vn/Default.aspx?newsid=4521' }))).toBe(false);
  });
});

describe('gateArticle', () => {
  it('accepts an article with a small related box', () => {
    const c = content(para(3) + para(2) + para(2) + teaser(1) + teaser(2) + teaser(3));
    expect(gateArticle({ signals: signals(), content: c, text: c.textContent ?? '', attachments: 0 })).toBe('article');
  });
  it('refuses a teaser mash on a page with no article signs (baochinhphu list)', () => {
    const c = content([1, 2, 3, 4, 5, 6, 7].map(teaser).join(''));
    const s = signals({ ogType: 'website', hasDate: false, hasTitleElement: false });
    expect(gateArticle({ signals: s, content: c, text: c.textContent ?? '', attachments: 0 })).toBe('not-article');
  });
  it('refuses a stub, but not a short notice that has attachments', () => {
    const c = content('<p>Thông báo lịch tiếp công dân tháng 5.</p>');
    expect(gateArticle({ signals: signals(), content: c, text: c.textContent ?? '', attachments: 0 })).toBe('not-article');
    expect(gateArticle({ signals: signals(), content: c, text: c.textContent ?? '', attachments: 2 })).toBe('article');
  });
});
