import { describe, expect, it } from 'vitest';
import { readingCase, sentenceCase } from '../../utils/legal/reading-case';

describe('issuing bodies in reading case', () => {
  it.each([
    ['ỦY BAN THƯỜNG VỤ QUỐC HỘI', 'Ủy ban Thường vụ Quốc hội'],
    ['ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH', 'Ủy ban nhân dân tỉnh Quảng Ninh'],
    ['BỘ TÀI CHÍNH', 'Bộ Tài chính'],
    ['CỤC THUẾ', 'Cục Thuế'],
    ['HỘI ĐỒNG NHÂN DÂN HUYỆN ĐÔNG SƠN', 'Hội đồng nhân dân huyện Đông Sơn'],
    ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'Ban Chấp hành Trung ương'],
    ['Sở Nội vụ', 'Sở Nội vụ'],
  ])('%s → %s', (printed, read) => expect(readingCase(printed)).toBe(read));

  it('a subject in capitals is lowered, codes and the state\'s names kept', () => {
    expect(sentenceCase('SỬA ĐỔI THÔNG TƯ SỐ 80/2021/TT-BTC CỦA CHÍNH PHỦ')).toBe('sửa đổi thông tư số 80/2021/TT-BTC của Chính phủ');
  });
});
