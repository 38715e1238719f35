// The teasers of list, search and home pages, on real list markup of two portal families (baochinhphu.vn's
// category page, a Liferay asset publisher), a national home page, and the district-portal fixtures: the main
// listing in the page's order, with the dates the page prints — never the menu, the sidebar, the footer, the
// paging, another site, or a javascript:/data: link.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTeasers, looksLikeArticleUrl, teaserUrl } from '../../utils/digest/teasers';
import { parseHtml } from '../../utils/html/parse-html';
import { CORPUS_DIR, sharedAvailable } from '../helpers/shared';

const corpus = (file: string) => readFileSync(join(CORPUS_DIR, file), 'utf8');
const fixture = (name: string) => readFileSync(join('tests/fixtures/portals', name), 'utf8');
const titles = (html: string, url: string, kind: 'list' | 'home' | 'search') => findTeasers(parseHtml(html, url), url, kind);

describe.runIf(sharedAvailable('teasers of corpus list pages'))('teasers of real list pages', () => {
  it("baochinhphu.vn's category page: its list in order, with the printed dates, not the menu or 'Xem thêm'", () => {
    const url = 'https://baochinhphu.vn/chinh-sach-va-cuoc-song/chinh-sach-moi.htm';
    const got = titles(corpus('gov/baochinhphu_list_chinh-sach-moi.html'), url, 'list');
    expect(got.length).toBeGreaterThanOrEqual(10);
    expect(got.length).toBeLessThanOrEqual(20);
    expect(got.slice(0, 3).map((t) => t.title)).toEqual([
      'Quy định mới về đấu giá hạn ngạch thuế quan nhập khẩu ô tô đã qua sử dụng',
      'Chế độ làm việc đối với nhà giáo giáo dục nghề nghiệp',
      'Sửa đổi quy định nhập khẩu thuốc lá điếu, xì gà từ 10/4/2026',
    ]);
    // The date printed beside the teaser, not the one inside its headline ("từ 10/4/2026").
    expect(got[2]!.date).toBe('25/02/2026 11:42');
    expect(got[0]!.date).toBe('26/02/2026 12:00');
    expect(got.every((t) => t.url.startsWith('https://baochinhphu.vn/') && t.thumbnail)).toBe(true);
    expect(got.some((t) => /Xem thêm/.test(t.title))).toBe(false);
    expect(new Set(got.map((t) => t.url)).size).toBe(got.length);
  });

  it('a Liferay asset publisher: the ten items, not the paging ("Cuối cùng →") or the footer', () => {
    const url = 'https://sotttt.hanoi.gov.vn/cong-nghe-thong-tin';
    const got = titles(corpus('gov/liferay-sotttt-hanoi-list-cntt.html'), url, 'list');
    expect(got).toHaveLength(10);
    expect(got[0]).toMatchObject({ title: 'Chính thức kích hoạt Sự kiện không dùng tiền mặt năm 2022', date: '21/07/2022 | 10:00' });
    expect(got[1]!.title).toBe('Hà Nội: Nâng cao kỹ năng quản trị doanh nghiệp cho các nhóm khởi nghiệp về CNTT');
    expect(got.every((t) => t.url.includes('/-/view_content/'))).toBe(true);
    expect(got.map((t) => t.title).join(' ')).not.toMatch(/Cuối cùng|Đấu thấu mua sắm công|Giảng Võ/);
  });

  it("a national office's home page: the news boxes' articles, not its section links", () => {
    const expected = JSON.parse(corpus('gov/chinhphu-vpcp-home.expected.json')) as { url: string };
    const got = titles(corpus('gov/chinhphu-vpcp-home.html'), expected.url, 'home');
    expect(got.length).toBeGreaterThanOrEqual(10);
    expect(got[0]!.title).toBe('Quán triệt thực hiện Nghị quyết 18-NQ/TW về tháo gỡ điểm nghẽn thể chế, tinh gọn bộ máy');
    expect(got.map((t) => t.title)).not.toContain('Công tác Đảng - Đoàn thể');
    expect(got.every((t) => new URL(t.url).hostname.endsWith('chinhphu.vn'))).toBe(true);
  });
});

describe('teasers of the development corpus lists (Joomla, CKAN)', () => {
  const dev = (file: string) => readFileSync(join('tests/data/corpus-dev', file), 'utf8');
  it("a Joomla category blog: its two items with their dates, not the sidebar's latest news or 'Đọc thêm'", () => {
    const got = titles(dev('authored/joomla4-cassiopeia-tin-tuc-blog.html'), 'https://hoaian.binhdinh.gov.vn/index.php/tin-tuc', 'list');
    expect(got.map((t) => [t.title, t.date])).toEqual([
      ['Tổng kết vụ Đông Xuân năm 2025', '17/04/2025 - 07:30'],
      ['Hội nghị quán triệt, triển khai thực hiện Nghị quyết Hội nghị lần thứ 11, Ban chấp hành Trung ương Đảng khóa XIII', '16/04/2025 - 15:14'],
    ]);
  });

  it('a CKAN blog list inside a "no-nav" wrapper: the posts, not a one-word test post or the footer', () => {
    const got = titles(dev('nonarticle/ckan-odp-cantho-blog-list.html'), 'https://odp.cantho.gov.vn/blog', 'list');
    expect(got.length).toBeGreaterThanOrEqual(2);
    expect(got.every((t) => t.url.startsWith('https://odp.cantho.gov.vn/blog/'))).toBe(true);
    expect(got.map((t) => t.title).join(' ')).not.toMatch(/ádasdasd|Liên hệ chúng tôi|Điều khoản sử dụng/);
  });
});

describe('teasers of the district portal fixtures', () => {
  it('a list page: the six items with their dates, not the menu or the paging', () => {
    const got = titles(fixture('list-page.html'), 'https://muongkhuong.laocai.gov.vn/tin-tuc/tin-hoat-dong', 'list');
    expect(got.map((t) => t.date)).toEqual(['22/04/2023', '20/04/2023', '18/04/2023', '15/04/2023', '12/04/2023', '08/04/2023']);
    expect(got[0]!.title).toBe('Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15, nhiệm kỳ 2020 - 2025');
    expect(got.map((t) => t.url).join(' ')).not.toMatch(/page=|dang-nhap/);
  });

  it('a home page: the featured story, then the notices', () => {
    const got = titles(fixture('home-page.html'), 'https://muongkhuong.laocai.gov.vn/', 'home');
    expect(got.map((t) => t.title)).toEqual([
      'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15, nhiệm kỳ 2020 - 2025',
      'Lịch tiếp công dân định kỳ của lãnh đạo UBND huyện tháng 5/2023',
      'Thông báo kết quả xét tuyển viên chức giáo dục năm 2023',
    ]);
  });

  it('a page with one teaser offers none (one link is not a listing)', () => {
    const html = '<main><ul><li><a href="/tin/mot-bai-viet-rat-dai-ve-hoat-dong-cua-xa-1234">Một bài viết rất dài về hoạt động của xã</a></li></ul></main>';
    expect(titles(html, 'https://xa.laocai.gov.vn/tin', 'list')).toEqual([]);
  });
});

describe('hostile lists', () => {
  const page = 'https://thu-nghiem.laocai.gov.vn/tin-tuc';
  it('5,000 links, other hosts, javascript: and data: URLs: only the same-site teasers, at most twenty', () => {
    const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/tin-tuc/bai-so-${i}-ve-hoat-dong-cua-huyen-${1000 + i}.html">Bài số ${i} về hoạt động của huyện trong tháng</a> <span>0${(i % 9) + 1}/04/2026</span></li>`);
    const junk: string[] = [];
    for (let i = 0; i < 5000; i++) {
      junk.push(i % 3 === 0 ? `<a href="https://quang-cao.example.com/${i}">Quảng cáo ở một trang web khác số ${i}</a>` : i % 3 === 1 ? `<a href="javascript:alert(${i})">Liên kết chạy mã javascript số ${i} ở đây</a>` : `<a href="data:text/html,x${i}">Liên kết dữ liệu data số ${i} mở trang</a>`);
    }
    const html = `<main><ul class="list">${items.join('')}</ul><div>${junk.join(' ')}</div></main>`;
    const got = titles(html, page, 'list');
    expect(got).toHaveLength(20);
    expect(got.map((t) => t.title)[0]).toBe('Bài số 0 về hoạt động của huyện trong tháng');
    expect(got.every((t) => t.url.startsWith('https://thu-nghiem.laocai.gov.vn/tin-tuc/bai-so-'))).toBe(true);
  });

  it('checks every address: http(s) of the same site, no credentials, no files, not the page itself', () => {
    expect(teaserUrl('javascript:alert(1)', page)).toBeNull();
    expect(teaserUrl(' JaVaScRiPt:alert(1)', page)).toBeNull();
    expect(teaserUrl('data:text/html,<b>x</b>', page)).toBeNull();
    expect(teaserUrl('https://evil.example/tin', page)).toBeNull();
    expect(teaserUrl('https://user:pw@thu-nghiem.laocai.gov.vn/a', page)).toBeNull();
    expect(teaserUrl('/van-ban/quyet-dinh.pdf', page)).toBeNull();
    expect(teaserUrl('#top', page)).toBeNull();
    expect(teaserUrl('/', page)).toBeNull();
    expect(teaserUrl('/tin/bai-1#binh-luan', page)).toBe('https://thu-nghiem.laocai.gov.vn/tin/bai-1');
    // Another district portal of the same province is the same site.
    expect(teaserUrl('https://baothang.laocai.gov.vn/tin/bai-2', page)).toBe('https://baothang.laocai.gov.vn/tin/bai-2');
  });

  it('tells articles from sections on a home page by their address', () => {
    expect(looksLikeArticleUrl('https://vpcp.chinhphu.vn/cong-tac-dang-doan-the.htm')).toBe(false);
    expect(looksLikeArticleUrl('https://vpcp.chinhphu.vn/trao-so-huu-tri-cho-4-can-bo-115241129123739455.htm')).toBe(true);
    expect(looksLikeArticleUrl('https://xa.gov.vn/Default.aspx?newsid=1234')).toBe(true);
    expect(looksLikeArticleUrl('https://xa.gov.vn/thong-bao/ket-qua-xet-tuyen-vien-chuc.html')).toBe(true);
  });
});
