import { describe, expect, it } from 'vitest';
import { skipReason, splitAtSemicolons, summaryCandidates } from '../../utils/summary/candidates';
import { splitSentences } from '../../utils/text/sentences';
import { SEMICOLON } from './fixtures/article';

function reasons(text: string, captions: string[] = []) {
  return splitSentences(text).map((s) => [s.text, skipReason(s, { text }, captions.map((c) => c.toLowerCase()))]);
}

describe('summary candidates: filters that know what they remove', () => {
  it('keeps sentences that open with "Theo đó", "Theo báo cáo", "Theo quyết định này"', () => {
    const text = [
      'Theo đó, thu nhập bình quân đầu người đạt 62 triệu đồng/năm, tỷ lệ hộ nghèo giảm còn 3,2%.',
      'Theo báo cáo của UBND huyện, năm 2024 toàn huyện có thêm 3 xã đạt chuẩn nông thôn mới.',
      'Theo quyết định này, mức hỗ trợ cho mỗi hộ nghèo xây nhà là 40 triệu đồng.',
    ].join('\n\n');
    expect(reasons(text).map(([, r]) => r)).toEqual([null, null, null]);
  });

  it('drops short source and credit lines', () => {
    const text = ['Theo Cổng Thông tin điện tử Chính phủ', 'Nguồn Sở Y tế tỉnh Lào Cai cung cấp', 'Hà Thu, Minh Anh, Thanh Bình (tổng hợp)'].join('\n\n');
    expect(reasons(text).map(([, r]) => r)).toEqual(['source-line', 'source-line', 'source-line']);
  });

  it('drops table rows (cells joined by tabs in the extracted text) but not the prose around the table', () => {
    const text = [
      'Kết quả thu ngân sách của các xã trong năm 2024 được tổng hợp trong bảng dưới đây.',
      'Xã Phố Lu\t45,2 tỷ đồng\t112% dự toán được giao trong năm',
      'Xã Sơn Hà\t30,1 tỷ đồng\t104% dự toán được giao trong năm',
    ].join('\n\n');
    expect(reasons(text).map(([, r]) => r)).toEqual([null, 'table-row', 'table-row']);
  });

  it('drops captions the extractor found, even without "Ảnh:", and "Ảnh:" credits', () => {
    const caption = 'Quang cảnh hội nghị tổng kết công tác năm 2024 của Huyện ủy Bảo Thắng.';
    const text = [caption, 'Ảnh: Lãnh đạo huyện kiểm tra công trình đường giao thông nông thôn mới', 'Hội nghị tổng kết công tác năm 2024 diễn ra trong không khí dân chủ, thẳng thắn.'].join('\n\n');
    expect(reasons(text, [caption]).map(([, r]) => r)).toEqual(['caption', 'caption', null]);
    // Without the extractor's caption nothing in the wording gives the line away: guessing would keep it.
    expect(reasons(text)[0]![1]).toBeNull();
  });

  it('drops short lines, headings without a full stop and bylines', () => {
    expect(reasons(['Tin tức', 'Ngô Hải - BTG HU', 'Những kết quả nổi bật trong năm 2024 của huyện', '3 hình thức khai thác, sử dụng thông tin về nhà ở và thị trường bất động sản'].join('\n\n')).map(([, r]) => r)).toEqual([
      'short', 'short', 'heading', 'heading',
    ]);
  });
});

describe('splitAtSemicolons', () => {
  it('splits an over-long sentence where each part stands on its own, with offsets into the text', () => {
    const text = `Mở đầu. ${SEMICOLON}`;
    const [, long] = splitSentences(text);
    const parts = splitAtSemicolons(long!);
    expect(parts).toHaveLength(2);
    expect(parts[0]!.text.endsWith('kênh mương nội đồng')).toBe(true);
    expect(parts[1]!.text.startsWith('ngành giáo dục')).toBe(true);
    for (const p of parts) expect(text.slice(p.start, p.end)).toBe(p.text);
  });

  it('keeps a list introduced by a colon, a short sentence and a sentence with a short part whole', () => {
    const list =
      'Các xã đạt chuẩn nông thôn mới nâng cao gồm: xã Phong Niên với tổng vốn đầu tư hơn 40 tỷ đồng cho hạ tầng; xã Xuân Quang với 35 tỷ đồng; xã Phú Nhuận với 38 tỷ đồng và nhiều công trình phúc lợi khác cho nhân dân.';
    const shortOne = 'Thu ngân sách đạt 512 tỷ đồng; vượt dự toán.';
    const shortPart = `${SEMICOLON.split(';')[0]}; vượt kế hoạch đề ra.`;
    for (const t of [list, shortOne, shortPart]) expect(splitAtSemicolons({ text: t, start: 0, end: t.length })).toHaveLength(1);
  });

  it('summaryCandidates filters first, then splits', () => {
    const text = ['Tin tức', SEMICOLON].join('\n\n');
    expect(summaryCandidates(splitSentences(text), { text }).map((c) => c.text.slice(0, 20))).toEqual([
      'Toàn huyện bê tông h',
      'ngành giáo dục có th',
    ]);
  });
});
