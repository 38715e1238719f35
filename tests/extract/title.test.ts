import { describe, expect, it } from 'vitest';
import { findTitle, siteNameFromTitle, stripSiteSuffix, titleSimilarity } from '../../utils/extract/title';
import { parseHtml } from '../../utils/html/parse-html';
import { page } from './helpers';

const doc = (body: string, head = '') => parseHtml(page(body, head), 'https://x.vn/');

describe('findTitle', () => {
  it('prefers the visible h1 when it words the headline differently from og:title (nld)', () => {
    const d = doc(
      '<h1 class="detail-title">Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế</h1>',
      '<meta property="og:title" content="Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định thuế mới">',
    );
    const t = findTitle(d, 'Báo Người Lao Động', 'nld.com.vn', '');
    expect(t.title).toBe('Những sai sót hộ kinh doanh thường gặp khi thực hiện quy định mới về thuế');
    expect(t.element?.tagName).toBe('H1');
  });

  it('never takes a portlet heading or the site logo for the title (Liferay)', () => {
    const d = doc(
      '<h1 class="logo">Cổng thông tin điện tử tỉnh Yên Bình</h1><h2 class="portlet-title"><span>Tin tức - Sự kiện</span></h2>' +
        '<h3 class="asset-full-content-title">Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024</h3>',
      '<title>Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024 - Tin tức - Sự kiện - Cổng thông tin điện tử tỉnh Yên Bình</title>',
    );
    expect(findTitle(d, null, 'yenbinh.gov.vn', '').title).toBe('Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024');
  });

  it('uses a title label on old ASP.NET portals whose <title> is generic', () => {
    const d = doc('<span id="ctl00_ContentPlaceHolder1_lblTieuDe">Đông Sơn hoàn thành tiêm vắc xin đợt 1 năm 2019</span>', '<title>UBND huyện Đông Sơn :: Tin tức</title>');
    expect(findTitle(d, null, 'dongson.gov.vn', '').title).toBe('Đông Sơn hoàn thành tiêm vắc xin đợt 1 năm 2019');
  });

  it('falls back to og:title, then <title> without the site suffix', () => {
    expect(findTitle(doc('<p>x</p>', '<meta property="og:title" content="Giá vàng giảm">'), null, 'x.vn', '').title).toBe('Giá vàng giảm');
    expect(findTitle(doc('<p>x</p>', '<title>Giá vàng giảm | Báo Dân trí</title>'), 'Báo điện tử Dân Trí', 'dantri.com.vn', '').title).toBe('Giá vàng giảm');
  });
});

describe('title helpers', () => {
  it('strips a site suffix but not a dash inside the headline', () => {
    expect(stripSiteSuffix('Cách các nước đối phó cú sốc năng lượng - Báo VnExpress Kinh doanh', 'vnexpress.net', 'vnexpress.net')).toBe('Cách các nước đối phó cú sốc năng lượng');
    expect(stripSiteSuffix('Hà Nội - Hải Phòng thông xe cao tốc', 'Báo Lao Động', 'laodong.vn')).toBe('Hà Nội - Hải Phòng thông xe cao tốc');
  });
  it('reads the site name from the title segment that names a site', () => {
    expect(siteNameFromTitle('Duy trì công tác tuyên vận - Cổng thông tin điện tử huyện Bảo Thắng')).toBe('Cổng thông tin điện tử huyện Bảo Thắng');
    expect(siteNameFromTitle('Hà Nội - Hải Phòng thông xe')).toBeNull();
  });
  it('similarity ignores diacritics and order, and does not match a short heading to a long headline', () => {
    expect(titleSimilarity('quy định mới về thuế', 'quy dinh thue moi ve')).toBe(1);
    expect(titleSimilarity('Tin tức', 'Tin tức: hội nghị tổng kết công tác năm 2023 của huyện')).toBeLessThan(0.3);
  });
});
