import { describe, expect, it } from 'vitest';
import { cleanSiteName, siteDisplayName } from '../../utils/sites/site-display-name';

// Names as the corpus pages print them in og:site_name (tests/… corpus, SOURCES.tsv), with their own addresses.
describe('siteDisplayName', () => {
  it('gives national papers their known name whatever the page printed', () => {
    expect(siteDisplayName('TUOI TRE ONLINE', 'https://tuoitre.vn/a-123.htm')).toBe('Tuổi Trẻ Online');
    expect(siteDisplayName('cafef', 'https://cafef.vn/b-188.chn')).toBe('CafeF');
    expect(siteDisplayName('baodautu', 'https://baodautu.vn/c-d12.html')).toBe('Báo Đầu tư');
    expect(siteDisplayName('vnexpress.net', 'https://m.vnexpress.net/x-5047363.html')).toBe('VnExpress');
    expect(siteDisplayName(null, 'https://www.dantri.com.vn/x.htm')).toBe('Dân trí');
  });

  it('names a province portal saved from a page without a name, but not a department under it', () => {
    expect(siteDisplayName('daknong.gov.vn', 'https://daknong.gov.vn/tin-tuc/1')).toBe('Cổng thông tin điện tử tỉnh Đắk Nông');
    expect(siteDisplayName(null, 'https://www.laocai.gov.vn/tin/2')).toBe('Cổng thông tin điện tử tỉnh Lào Cai');
    expect(siteDisplayName('sotttt.hanoi.gov.vn', 'https://sotttt.hanoi.gov.vn/a')).toBe('sotttt.hanoi.gov.vn');
    expect(siteDisplayName('Sở Thông tin và Truyền thông Hà Nội', 'https://sotttt.hanoi.gov.vn/a')).toBe('Sở Thông tin và Truyền thông Hà Nội');
  });

  it("keeps a district portal's own well-written name", () => {
    const name = 'Cổng thông tin điện tử huyện Bảo Thắng';
    expect(siteDisplayName(name, 'https://baothang.laocai.gov.vn/tin-tuc/1')).toBe(name);
    expect(siteDisplayName('Trang thông tin điện tử xã Tả Phìn', 'http://taphin.sapa.laocai.gov.vn/a')).toBe('Trang thông tin điện tử xã Tả Phìn');
  });

  it('falls back to the host, without www, when nothing usable is printed', () => {
    expect(siteDisplayName('', 'https://www.example-portal.vn/a')).toBe('example-portal.vn');
    expect(siteDisplayName('somepaper', 'https://somepaper.vn/a')).toBe('somepaper.vn');
  });
});

describe('cleanSiteName', () => {
  it('takes domains out of a name', () => {
    expect(cleanSiteName('Báo Điện Biên Phủ - baodienbienphu.com.vn')).toBe('Báo Điện Biên Phủ');
    expect(cleanSiteName('Tin tức huyện Mường Khương | www.muongkhuong.laocai.gov.vn')).toBe('Tin tức huyện Mường Khương');
    expect(cleanSiteName('https://yenbai.gov.vn')).toBeNull();
  });

  it('turns shouting capitals into ordinary writing, keeping abbreviations', () => {
    expect(cleanSiteName('CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK NÔNG')).toBe('Cổng thông tin điện tử tỉnh Đắk Nông');
    expect(cleanSiteName('UBND HUYỆN BẢO THẮNG')).toBe('UBND huyện Bảo Thắng');
    expect(cleanSiteName('TRANG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HÀ GIANG')).toBe('Trang tin điện tử Đảng bộ tỉnh Hà Giang');
  });

  it('leaves names with lower case as the site wrote them', () => {
    expect(cleanSiteName('Báo Người Lao Động Online')).toBe('Báo Người Lao Động Online');
    expect(cleanSiteName('VietNamNet News')).toBe('VietNamNet News');
  });

  it('rejects a lone address word', () => {
    expect(cleanSiteName('cafef')).toBeNull();
    expect(cleanSiteName('  ')).toBeNull();
    expect(cleanSiteName(null)).toBeNull();
  });
});
