// Which teasers of a followed page are new: a new link in the listing is a new article; a "random news" box whose
// links all change at every visit is ignored; a page whose every link changed (a new template) announces nothing;
// more new links than one check announces are capped. Tested on the markup of two portal families (a district
// portal's div.news-item list, a Liferay asset publisher's ul.asset-list), read by the digest's own teaser rule.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findTeaserBlocks, type Teaser } from '../../utils/digest/teasers';
import { parseHtml } from '../../utils/html/parse-html';
import { diffTeasers, MAX_NEW_PER_CHECK } from '../../utils/follow/diff-teasers';

const teaser = (url: string): Teaser => ({ url, title: `Bài ${url}`, date: null, thumbnail: false });
const urls = (ts: readonly Teaser[]) => ts.map((t) => t.url);

/** Two portal families: each page's listing, plus (optionally) a box of five links of the same markup. */
const DISTRICT_URL = 'https://muongkhuong.laocai.gov.vn/tin-tuc/tin-hoat-dong';
function districtPage(opts: { extra?: [string, string][]; box?: number } = {}): string {
  const html = readFileSync('tests/fixtures/portals/list-page.html', 'utf8');
  const item = ([href, title]: [string, string]) => `<div class="news-item"><h3><a href="${href}">${title}</a></h3><span class="date">01/05/2023</span></div>`;
  const extra = (opts.extra ?? []).map(item).join('');
  const box =
    opts.box === undefined
      ? ''
      : `<div class="box-khac">${[0, 1, 2, 3, 4].map((i) => item([`/tin-tuc/khac/tin-ngau-nhien-so-${opts.box! + i}-1209${String(opts.box! + i).padStart(3, '0')}.html`, `Tin khác số ${opts.box! + i} của huyện Mường Khương trong tháng`])).join('')}</div>`;
  // The new items go first in the listing (portals list newest first); the box beside it.
  return html.replace(/(<div class="news-item">)/, `${extra}$1`).replace('<div class="paging">', `${box}<div class="paging">`);
}

const LIFERAY_URL = 'https://yenbinh.gov.vn/web/guest/tin-tuc-su-kien';
function liferayPage(opts: { extra?: number; box?: number; template?: boolean } = {}): string {
  const li = (n: number) =>
    `<li><a href="/web/guest/tin-tuc-su-kien/-/asset_publisher/abc123/content/hoat-dong-chuyen-doi-so-so-${n}-${4000 + n}">Hoạt động chuyển đổi số số ${n} của tỉnh Yên Bình năm 2024</a> (1${n % 10}/04/2024)</li>`;
  const main = [...Array.from({ length: opts.extra ?? 0 }, (_, i) => 100 + i), 1, 2, 3, 4, 5, 6, 7, 8].map(li).join('');
  const box = opts.box === undefined ? '' : `<div class="portlet-boundary"><div class="portlet-content"><ul class="asset-list">${[0, 1, 2, 3, 4].map((i) => li(500 + opts.box! + i)).join('')}</ul></div></div>`;
  const list = opts.template
    ? `<table class="ds-tin">${[1, 2, 3, 4, 5, 6].map((n) => `<tr><td><a href="/tin-tuc/chi-tiet?id=${9000 + n}">Tin hoạt động số ${n} của tỉnh Yên Bình sau khi đổi giao diện</a></td><td>0${n}/05/2024</td></tr>`).join('')}</table>`
    : `<ul class="asset-list">${main}</ul>`;
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Sự kiện</title></head><body>
<nav id="navigation" role="navigation"><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ul></nav>
<div id="main-content" role="main"><div class="portlet-boundary"><div class="portlet-content"><h2>Tin tức - Sự kiện</h2>${list}</div></div>${box}</div>
<footer>Cổng thông tin điện tử tỉnh Yên Bình</footer></body></html>`;
}

const blocksOf = (html: string, url: string) => findTeaserBlocks(parseHtml(html, url), url, 'list');

describe.each([
  { family: 'district portal', url: DISTRICT_URL, page: (o: { extra?: number; box?: number }) => districtPage({ box: o.box, extra: Array.from({ length: o.extra ?? 0 }, (_, i) => [`/tin-tuc/tin-hoat-dong/bai-moi-so-${i}-12040${i}.html`, `Bài mới số ${i} về hoạt động của huyện Mường Khương`] as [string, string]) }) },
  { family: 'Liferay portal', url: LIFERAY_URL, page: (o: { extra?: number; box?: number }) => liferayPage(o) },
])('a followed $family list', ({ url, page }) => {
  it('the first reading learns what is there and announces nothing', () => {
    const diff = diffTeasers(blocksOf(page({}), url), [], false);
    expect(diff.fresh).toEqual([]);
    expect(diff.known.length).toBeGreaterThanOrEqual(6);
  });

  it('one article published at the top is the one new article, with its title', () => {
    const before = diffTeasers(blocksOf(page({}), url), [], false).known;
    const diff = diffTeasers(blocksOf(page({ extra: 1 }), url), before, true);
    expect(diff.fresh).toHaveLength(1);
    expect(diff.fresh[0]!.title).toMatch(/số (0|100)\b/);
    expect(diff.note).toBeNull();
    expect(diff.known[0]).toBe(diff.fresh[0]!.url);
  });

  it('a box whose five links change at every visit is ignored, while a real new article is still announced', () => {
    const first = diffTeasers(blocksOf(page({ box: 0 }), url), [], false).known;
    const second = diffTeasers(blocksOf(page({ box: 5, extra: 1 }), url), first, true);
    expect(second.fresh).toHaveLength(1);
    expect(second.note).toBe('rotating');
    const third = diffTeasers(blocksOf(page({ box: 10, extra: 1 }), url), second.known, true);
    expect(third.fresh).toEqual([]);
    expect(third.note).toBe('rotating');
  });

  it(`more than ${MAX_NEW_PER_CHECK} new articles at once: the first ${MAX_NEW_PER_CHECK} in the page's order, the rest taken as seen`, () => {
    const before = diffTeasers(blocksOf(page({}), url), [], false).known;
    const now = blocksOf(page({ extra: 9 }), url);
    const diff = diffTeasers(now, before, true);
    expect(urls(diff.fresh)).toEqual(urls(now.flat()).slice(0, MAX_NEW_PER_CHECK));
    expect(diff.note).toBe('capped');
    expect(diffTeasers(now, diff.known, true).fresh).toEqual([]);
  });
});

describe('a followed page that changes its template', () => {
  it('every link is different: nothing is announced, the new links become the known ones', () => {
    const before = diffTeasers(blocksOf(liferayPage(), LIFERAY_URL), [], false).known;
    const after = blocksOf(liferayPage({ template: true }), LIFERAY_URL);
    expect(after.flat().length).toBeGreaterThanOrEqual(6);
    const diff = diffTeasers(after, before, true);
    expect(diff.fresh).toEqual([]);
    expect(diff.note).toBe('template-changed');
    expect(diff.known).toEqual(urls(after.flat()));
  });
});

describe('diffTeasers on its own', () => {
  it('a block of one or two links that changed wholly may be a real listing: its links are announced', () => {
    const diff = diffTeasers([[teaser('https://a.gov.vn/1'), teaser('https://a.gov.vn/2')], [teaser('https://a.gov.vn/moi-1')]], ['https://a.gov.vn/1', 'https://a.gov.vn/2'], true);
    expect(urls(diff.fresh)).toEqual(['https://a.gov.vn/moi-1']);
  });

  it('a link listed twice is announced once', () => {
    const diff = diffTeasers([[teaser('https://a.gov.vn/moi'), teaser('https://a.gov.vn/1')], [teaser('https://a.gov.vn/moi')]], ['https://a.gov.vn/1'], true);
    expect(urls(diff.fresh)).toEqual(['https://a.gov.vn/moi']);
  });

  it('the known list stays capped however long the page is followed', () => {
    let known: string[] = ['https://a.gov.vn/0'];
    for (let i = 1; i < 400; i++) known = diffTeasers([[teaser(`https://a.gov.vn/${i}`), teaser(`https://a.gov.vn/${i - 1}`)]], known, true).known;
    expect(known.length).toBeLessThanOrEqual(300);
    expect(known[0]).toBe('https://a.gov.vn/399');
  });
});
