// The date a document takes effect, from its own closing article (sentences from the corpus-dev documents and
// vbpl.vn full texts).
import { describe, expect, it } from 'vitest';
import { inForceDate, passedDate } from '../../utils/legal/in-force';

describe('in force', () => {
  it('reads "… này có hiệu lực thi hành từ ngày D tháng M năm Y"', () => {
    expect(inForceDate('Điều 11. Hiệu lực thi hành\n1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2025, trừ trường hợp quy định tại các khoản 2, 3.', null)).toBe('2025-01-01');
  });
  it('reads a short date and "kể từ ngày ký" (then the date signed)', () => {
    expect(inForceDate('Điều 2. Quyết định này có hiệu lực kể từ ngày 10/11/2021.', null)).toBe('2021-11-10');
    expect(inForceDate('Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.', '2023-01-30')).toBe('2023-01-30');
  });
  it('ignores a quoted law\'s date: only the document\'s own sentence ("… này có hiệu lực") counts', () => {
    expect(inForceDate('Luật Quản lý thuế số 38/2019/QH14 có hiệu lực từ ngày 01 tháng 7 năm 2020 được sửa đổi như sau.', null)).toBeNull();
  });
  it('reads the date a law was passed from its closing line, the last one', () => {
    expect(passedDate('Luật số 38/2019/QH14 được thông qua ngày 13 tháng 6 năm 2019. … Luật này được Quốc hội khóa XV, kỳ họp thứ 8 thông qua ngày 29 tháng 11 năm 2024.')).toBe('2024-11-29');
  });
});
