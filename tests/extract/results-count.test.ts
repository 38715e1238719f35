// Results pages and short lists, by kind of page: a line counting the items ("37 bộ dữ liệu tìm thấy", "Tìm thấy
// 14596 thuật ngữ", "Hiển thị 1 - 10 của 243 kết quả"), entry headings that carry their date or a status badge, and
// a short list whose cards outweigh what Readability found. Real pages of the development corpus (CKAN, the
// thuvienphapluat glossary, a Liferay asset publisher) and small pages modelled on other CMSs.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isResultsCount } from '../../utils/extract/results-count';
import { extractHtml as extractWithBudget, page } from './helpers';

// The wall-time bound protects a reader's tab; on a shared test machine a long page may pass it (the CLI allows more).
const extractHtml = (html: string, url: string) => extractWithBudget(html, url, { limits: { maxMillis: 60_000 } });

const DEV = resolve(__dirname, '../data/corpus-dev');
const dev = (file: string) => readFileSync(resolve(DEV, file), 'utf8');

describe('isResultsCount', () => {
  it.each([
    '37 bộ dữ liệu tìm thấy',
    '38 yêu cầu dữ liệu được tìm thấy',
    'Tìm thấy 14596 thuật ngữ',
    'Hiển thị 1 - 10 của 243 kết quả',
    'Showing 1–10 of 243 results',
    'Có 12 văn bản phù hợp',
    '1.204 results found',
  ])('%s', (line) => expect(isResultsCount(line)).toBe(true));

  it.each([
    'Tìm thấy 3 thi thể trong vụ sạt lở',
    'Có 12 văn bản được ban hành trong quý I năm 2025 nhằm cụ thể hóa chủ trương của tỉnh',
    '37 bộ dữ liệu',
    'Lượt xem: 1.247',
  ])('not: %s', (line) => expect(isResultsCount(line)).toBe(false));
});

/** A Liferay 7 search portlet's results (another CMS than CKAN), with or without a page heading of its own. */
function liferaySearch(heading: string): string {
  const item = (n: number) =>
    `<li class="search-result"><h4><a href="/web/guest/-/tin-${n}">Triển khai kế hoạch chuyển đổi số năm 2025 của tỉnh, đợt ${n}</a></h4>` +
    `<p class="search-document-content">Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai chuyển đổi số trong các cơ quan nhà nước, tập trung vào dịch vụ công trực tuyến toàn trình và dữ liệu dùng chung của tỉnh (đợt ${n}).</p></li>`;
  return page(
    `${heading}<form class="form-search"><input type="text" name="_search_q" value="chuyển đổi số" placeholder="Tìm kiếm"></form>` +
      `<div class="search-total-label"><h1>Hiển thị 1 - 10 của 243 kết quả</h1></div><ul class="list-unstyled">${[1, 2, 3].map(item).join('')}</ul>`,
    '<title>Tìm thông tin - Cổng thông tin điện tử tỉnh</title>',
  );
}

describe('results pages', () => {
  it('a CKAN dataset search, whose only main heading is the count, is a search page', async () => {
    expect(await extractHtml(dev('nonarticle/ckan-odp-cantho-dataset-search.html'), 'https://odp.cantho.gov.vn/dataset/')).toMatchObject({ ok: false, pageKind: 'search' });
  });

  it('a Liferay search portlet whose only main heading is the count is a search page too', async () => {
    expect(await extractHtml(liferaySearch(''), 'https://www.tayninh.gov.vn/web/guest/tim-thong-tin')).toMatchObject({ ok: false, pageKind: 'search' });
  });

  it('a collection\'s own page with a count is its list: a CKAN organisation (one dataset), the thuvienphapluat glossary, CKAN data requests', async () => {
    expect(await extractHtml(dev('nonarticle/ckan-odp-cantho-org-ban-dan-toc.html'), 'https://odp.cantho.gov.vn/organization/ban-dan-toc-tinh-soc-trang')).toMatchObject({ ok: false, pageKind: 'list' });
    expect(await extractHtml(dev('legal/tvpl-thuat-ngu-phap-ly-list.html'), 'https://thuvienphapluat.vn/tnpl/')).toMatchObject({ ok: false, pageKind: 'list' });
    expect(await extractHtml(dev('nonarticle/ckan-odp-cantho-datarequest-list.html'), 'https://odp.cantho.gov.vn/datarequest')).toMatchObject({ ok: false, pageKind: 'list' });
    expect(await extractHtml(liferaySearch('<h1>Chuyển đổi số</h1>'), 'https://www.tayninh.gov.vn/web/guest/chuyen-doi-so')).toMatchObject({ ok: false, pageKind: 'list' });
  });

  it('an article that mentions a count inside its sentences is read', async () => {
    const r = await extractHtml(
      page(
        '<article><h1>Quảng Ninh công bố bộ dữ liệu mở về đất đai</h1><p class="date">20/06/2025</p>' +
          '<p>Sở Tài nguyên và Môi trường cho biết cổng dữ liệu mở của tỉnh hiện có 37 bộ dữ liệu tìm thấy được qua ô tìm kiếm, tăng 12 bộ so với năm trước, phục vụ người dân và doanh nghiệp tra cứu.</p>' +
          '<p>Trong năm 2025, tỉnh tiếp tục chuẩn hóa dữ liệu đất đai, quy hoạch và giá đất để công bố theo định dạng máy đọc được, bảo đảm cập nhật thường xuyên và miễn phí cho mọi người dùng.</p>' +
          '<p>Người dân có thể góp ý về danh mục dữ liệu cần mở qua chức năng yêu cầu dữ liệu trên cổng, hoặc gửi văn bản về Sở trước ngày 30/9/2025.</p></article>',
        '<title>Quảng Ninh công bố bộ dữ liệu mở về đất đai</title>',
      ),
      'https://stnmt.quangninh.gov.vn/tin-tuc/du-lieu-mo.html',
    );
    expect(r.ok).toBe(true);
  });
});

describe('entry cards on short lists', () => {
  it('CKAN blog list: headings carry the entry\'s date, titles are short placeholders', async () => {
    expect(await extractHtml(dev('nonarticle/ckan-odp-cantho-blog-list.html'), 'https://odp.cantho.gov.vn/blog')).toMatchObject({ ok: false, pageKind: 'list' });
  });

  it('a WordPress archive whose headings print the date beside the link is a list', async () => {
    const card = (n: number, title: string) =>
      `<article class="post type-post"><h2 class="entry-title"><a href="/2025/03/${n}/bai-${n}/">${title}</a> <time>${n} tháng 3, 2025</time></h2>` +
      `<div class="entry-summary"><p>${title}: Ủy ban nhân dân phường Tam Quan Nam phối hợp với Mặt trận Tổ quốc và các đoàn thể tổ chức hoạt động tại các khu phố, thu hút đông đảo người dân tham gia và góp ý cho chính quyền về những việc cần làm trong năm […]</p></div></article>`;
    const html = page(
      `<main id="main"><h1 class="page-title">Tin tức</h1>${card(19, 'Họp dân khu phố 3')}${card(12, 'Ra quân dọn vệ sinh')}${card(5, 'Tiêm chủng mở rộng')}</main>`,
      '<title>Tin tức – Phường Tam Quan Nam</title>',
    );
    expect(await extractHtml(html, 'https://tamquannam.hoainhon.binhdinh.gov.vn/category/tin-tuc/')).toMatchObject({ ok: false, pageKind: 'list' });
  });

  it('a Liferay asset publisher listing two documents is a list, not a stub', async () => {
    expect(await extractHtml(dev('authored/liferay7-quangninh-vbqppl-list.html'), 'https://www.quangninh.gov.vn/van-ban-quy-pham-phap-luat')).toMatchObject({ ok: false, pageKind: 'list' });
  });

  it('a Drupal view listing two documents in a few words each is a list, not a stub; one short notice stays a stub', async () => {
    // Another CMS: Drupal's views rows, each a linked document title and its date, too short together to read.
    const row = (n: number, title: string) =>
      `<div class="views-row"><h3 class="field-title"><a href="/van-ban/qd-${n}-2025">${title}</a></h3><div class="field-date">Ngày ban hành: ${n}/03/2025</div></div>`;
    const list = page(
      `<div class="region-content"><h1>Văn bản chỉ đạo điều hành</h1><div class="view-content">${row(12, 'Quyết định 12/2025/QĐ-UBND về giá đất năm 2025')}${row(18, 'Kế hoạch 18/KH-UBND phòng chống thiên tai năm 2025')}</div></div>`,
      '<title>Văn bản chỉ đạo điều hành – UBND huyện Bát Xát</title>',
    );
    expect(await extractHtml(list, 'https://batxat.laocai.gov.vn/van-ban-chi-dao')).toMatchObject({ ok: false, pageKind: 'list' });
    const notice = page(
      '<div class="region-content"><h1>Thông báo</h1><p>Thông báo lịch tiếp công dân tháng 5 của Chủ tịch UBND huyện.</p></div>',
      '<title>Thông báo – UBND huyện Bát Xát</title>',
    );
    expect(await extractHtml(notice, 'https://batxat.laocai.gov.vn/thong-bao-tiep-cong-dan')).toMatchObject({ ok: false, pageKind: 'stub' });
  });
});
