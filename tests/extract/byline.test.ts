import { describe, expect, it } from 'vitest';
import { authorLine, cleanByline, isPersonName, markBylineHints } from '../../utils/extract/byline';
import { parseHtml } from '../../utils/html/parse-html';
import { page } from './helpers';

function lastLine(html: string): Element {
  const d = parseHtml(page(`<div id="c">${html}</div>`), 'https://x.vn/');
  markBylineHints(d);
  return d.querySelector('#c')!.lastElementChild!;
}

describe('authorLine (the last line of the body)', () => {
  it.each([
    ['<p style="text-align: right;"><strong>Ngô Hải - BTG HU</strong></p>', 'Ngô Hải'],
    ['<p class="Normal" style="text-align:right;"><strong>Hà Thu</strong> (tổng hợp)</p>', 'Hà Thu'],
    ['<p>Lê Phương</p>', 'Lê Phương'],
    ['<p><em>Theo Ban Tuyên giáo Huyện ủy</em></p>', 'Ban Tuyên giáo Huyện ủy'],
    ['<p>Nguồn: Báo Lào Cai</p>', 'Báo Lào Cai'],
    ['<p class="author">Dương Ngọc</p>', 'Dương Ngọc'],
    ['<p>NHẬT XUÂN - NGHI VŨ</p>', 'NHẬT XUÂN - NGHI VŨ'],
    ['<p align="right">Phòng Văn hóa - Thông tin huyện</p>', 'Phòng Văn hóa - Thông tin huyện'],
  ])('%s → %s', (html, byline) => {
    expect(authorLine(lastLine(html))).toBe(byline);
  });

  it.each([
    '<p>Nội soi và tầm soát sức khỏe định kỳ giúp phát hiện sớm các bệnh lý đường tiêu hóa.</p>',
    '<p>Theo ông Hải, năm 2023 huyện có thêm 100 km đường giao thông nông thôn.</p>',
    '<p>Theo dõi tin tức trên Google News</p>',
    '<p>Kết luận</p>',
    '<p>Tổng số tiền đóng góp trên 1,6 tỷ đồng./.</p>',
  ])('is not fooled by %s', (html) => {
    expect(authorLine(lastLine(html))).toBeNull();
  });
});

describe('byline helpers', () => {
  it('cleans decoration and keeps two printed names', () => {
    expect(cleanByline('Theo Hồ Hương')).toBe('Hồ Hương');
    expect(cleanByline('Lê Minh Tuấn - Phòng NN&PTNT')).toBe('Lê Minh Tuấn');
    expect(cleanByline('Thu Hà - Minh Anh')).toBe('Thu Hà - Minh Anh');
    expect(cleanByline('NHẬT XUÂN;NGHI VŨ')).toBe('NHẬT XUÂN - NGHI VŨ');
  });
  it('rejects the site as a person', () => {
    expect(isPersonName('NLD.COM.VN', 'Báo Người Lao Động Online', 'nld.com.vn')).toBe(false);
    expect(isPersonName('VnExpress', 'Báo VnExpress', 'vnexpress.net')).toBe(false);
    expect(isPersonName('baochinhphu.vn', 'baochinhphu.vn', 'baochinhphu.vn')).toBe(false);
    expect(isPersonName('Cổng thông tin điện tử huyện Bảo Thắng', 'Cổng thông tin điện tử huyện Bảo Thắng', 'baothang.laocai.gov.vn')).toBe(false);
    expect(isPersonName('https://www.facebook.com/baodantridientu', null, 'dantri.com.vn')).toBe(false);
    expect(isPersonName('Minh Chiến', 'Báo Người Lao Động Online', 'nld.com.vn')).toBe(true);
  });
});
