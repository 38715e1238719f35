import { describe, expect, it } from 'vitest';
import { gateArticle, isHomePage, isPropertiesTable, isSearchPage, listingEvidence, type GateInput, type PageSignals } from '../../utils/extract/gate';
import { parseHtml } from '../../utils/html/parse-html';
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
const datedTeaser = (i: number) => `<li><a href="/tin/${i}">Tiêu đề bài viết khác số ${i} trong chuyên mục tin tức</a> <span>(0${(i % 9) + 1}/03/2026)</span></li>`;
const noListing = { teasers: 0, datedOrThumbnail: 0, teaserShare: 0 };
const gate = (c: Element, over: Partial<GateInput> = {}) =>
  gateArticle({ signals: signals(), content: c, page: noListing, text: () => c.textContent ?? '', attachments: 0, readerable: false, ...over });
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
    expect(gate(c)).toEqual({ verdict: 'article', signal: 'article-signs' });
  });
  it('refuses a teaser mash on a page with no article signs (baochinhphu list), and says it is a list', () => {
    const c = content([1, 2, 3, 4, 5, 6, 7].map(teaser).join(''));
    const s = signals({ ogType: 'website', hasDate: false, hasTitleElement: false });
    expect(gate(c, { signals: s })).toEqual({ verdict: 'not-article', kind: 'list', signal: 'teaser-mash' });
    // Even when Readability calls it readerable: the teasers carry thumbnails or dates.
    const dated = content(`<ul>${[1, 2, 3, 4, 5, 6].map(datedTeaser).join('')}</ul>`);
    expect(gate(dated, { signals: s, readerable: true })).toEqual({ verdict: 'not-article', kind: 'list', signal: 'dated-teasers' });
  });
  it('refuses the one teaser Readability picked from a page full of dated teasers (a category page)', () => {
    const picked = content(teaser(1));
    const page = listingEvidence(content(`<ul>${[1, 2, 3, 4, 5, 6, 7, 8].map(datedTeaser).join('')}</ul>`), 0);
    expect(page.datedOrThumbnail).toBe(8);
    expect(gate(picked, { page, readerable: true, signals: signals({ ogType: 'website', hasDate: false }) })).toEqual({ verdict: 'not-article', kind: 'list', signal: 'picked-teaser' });
    // The same page-wide teasers next to a real article (a "Tin khác" box) do not refuse it.
    expect(gate(content(para(4) + para(3)), { page, readerable: true })).toEqual({ verdict: 'article', signal: 'readerable' });
  });
  it('reads an article whose body holds one linked line, on a page whose related box lists many dated teasers', () => {
    // The linked line's teaser item is the line, not the body around it: a body's prose is not a teaser's sapo.
    const page = listingEvidence(content(`<ul>${[1, 2, 3, 4, 5, 6, 7, 8].map(datedTeaser).join('')}</ul>`), 0);
    const s = signals({ ogType: 'website' });
    // A subscription promo paragraph that is wholly a link (a business paper's article template).
    const promo = content(`<div>${para(3)}<p><a href="/pro">Get access to the fastest growing financial subscription service</a></p>${para(3)}${para(2)}</div>`);
    expect(listingEvidence(promo, (promo.textContent ?? '').length).teaserShare).toBeLessThan(0.2);
    expect(gate(promo, { page, readerable: true, signals: s })).toEqual({ verdict: 'article', signal: 'readerable' });
    // A "read also" headline between paragraphs, as a heading (a portal's article body in nested divs).
    const readAlso = content(`<div><div>${para(2)}<h4><a href="/tin/9">Tiêu đề bài viết khác trong chuyên mục tin tức</a></h4>${para(4)}</div></div>`);
    expect(gate(readAlso, { page, readerable: true, signals: s })).toEqual({ verdict: 'article', signal: 'readerable' });
  });
  it('refuses a stub, but not a short notice that has attachments', () => {
    const c = content('<p>Thông báo lịch tiếp công dân tháng 5.</p>');
    expect(gate(c)).toEqual({ verdict: 'not-article', kind: 'stub', signal: 'too-short' });
    expect(gate(c, { attachments: 2 })).toEqual({ verdict: 'article', signal: 'article-signs' });
  });
  it('never refuses a page Readability reads for being short, foreign or undated', () => {
    const s = signals({ ogType: '', hasDate: false, hasTitleElement: false, url: 'http://fakehost/test/page.html' });
    const short = content('<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.</p>');
    expect(gate(short, { signals: s, readerable: true })).toEqual({ verdict: 'article', signal: 'readerable' });
    const chinese = content(`<p>${'谷歌在2014年收购的人工智能公司开发出一款能够用自己的记忆学习新知识的计算机。'.repeat(3)}</p>`);
    expect(gate(chinese, { signals: s, readerable: true })).toEqual({ verdict: 'article', signal: 'readerable' });
    // Not readerable, but a headline element marks one article: Chinese counts two characters a word.
    expect(gate(chinese, { signals: { ...s, hasTitleElement: true }, readerable: false })).toEqual({ verdict: 'article', signal: 'article-signs' });
  });
  it('links inside sentences are not teasers (Wikipedia references, a long legal text with cross-references)', () => {
    const refs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      .map((i) => `<li>Smith, J. (2016). <a href="/r${i}">A long cited article title number ${i} about software</a>. Journal ${i}, pp. 1–20. Retrieved 12/03/2016.</li>`)
      .join('');
    const c = content(para(3) + `<ol>${refs}</ol>`);
    expect(listingEvidence(c, (c.textContent ?? '').length).teasers).toBe(0);
    expect(gate(c, { readerable: true })).toEqual({ verdict: 'article', signal: 'readerable' });
  });
  it('refuses a document-properties table, but reads a law\'s full text', () => {
    const rows = [['Số ký hiệu', '19/2026/TT-BVHTTDL'], ['Ngày ban hành', '12/02/2026'], ['Ngày có hiệu lực', '01/04/2026'], ['Loại văn bản', 'Thông tư'], ['Cơ quan ban hành', 'Bộ Văn hóa, Thể thao và Du lịch'], ['Người ký', 'Nguyễn Văn A'], ['Tình trạng hiệu lực', 'Còn hiệu lực']];
    const properties = content(`<table>${rows.map(([k, v]) => `<tr><td>${k}</td><td>${v}</td></tr>`).join('')}</table>`);
    expect(isPropertiesTable(properties, (properties.textContent ?? '').length)).toBe(true);
    expect(gate(properties, { readerable: true })).toEqual({ verdict: 'not-article', kind: 'properties', signal: 'properties-table' });
    const fullText = content(`<p><b>Điều 1. Phạm vi điều chỉnh</b></p>${para(6)}<p><b>Điều 2. Đối tượng áp dụng</b></p>${para(5)}`);
    expect(gate(fullText, { readerable: true })).toEqual({ verdict: 'article', signal: 'readerable' });
  });
  it('refuses search and home pages by their address', () => {
    const c = content(para(4));
    expect(gate(c, { readerable: true, signals: signals({ url: 'https://x.gov.vn/tim-kiem?tukhoa=abc' }) })).toEqual({ verdict: 'not-article', kind: 'search', signal: 'search-address' });
    expect(gate(c, { readerable: true, signals: signals({ url: 'https://x.gov.vn/' }) })).toEqual({ verdict: 'not-article', kind: 'home', signal: 'home-address' });
  });
});
