// Chip labels by kind of phrase, each on two sentences of that kind: the label is the noun phrase the figure
// measures, in whole Vietnamese words, never a verb or a place alone.
import { describe, expect, it } from 'vitest';
import { labelOf } from './chip-of';

describe('chip labels by kind of phrase', () => {
  it('never ends inside a word, nor takes half a word for a link', () => {
    // "bị" of "bị cáo" and "năm" of "năm ngoái" are not the link words "bị" and "năm".
    expect(labelOf('Theo bản án, bị cáo phải bồi thường 45 triệu đồng.', '45 triệu')).toBe('bị cáo phải bồi thường');
    expect(labelOf('Bị cáo phải bồi thường cho gia đình nạn nhân 80 triệu đồng.', '80 triệu')).toBe('bị cáo phải bồi thường');
    expect(labelOf('Năm ngoái giá lúa khoảng 6.500 đồng/kg.', '6.500')).toBe('giá lúa');
    expect(labelOf('Năm ngoái giá phân bón khoảng 12.000 đồng/kg, nay đã tăng lên 15.000 đồng/kg.', '12.000')).toBe('giá phân bón');
  });

  it('reads past a bracketed aside', () => {
    expect(labelOf('Tổng sản phẩm trên địa bàn (GRDP) tăng 8,2%.', '8,2%')).toBe('tổng sản phẩm');
    expect(labelOf('Chỉ số giá tiêu dùng (CPI) bình quân tăng 3,2%.', '3,2%')).toBe('chỉ số giá tiêu dùng');
  });

  it('labels what has a price, not the verb "có"', () => {
    expect(labelOf('Mỗi con bò giống có giá 15 triệu đồng.', '15 triệu')).toBe('giá mỗi con bò giống');
    expect(labelOf('Hiện nay lúa gạo có giá 8.000 đồng/kg.', '8.000')).toBe('giá lúa gạo');
  });

  it('keeps what remains with what it is said of', () => {
    expect(labelOf('Kinh phí còn thiếu khoảng 3 tỷ đồng.', '3 tỷ')).toBe('kinh phí còn thiếu');
    expect(labelOf('Vốn đối ứng còn thiếu hơn 500 triệu đồng.', '500 triệu')).toBe('vốn đối ứng còn thiếu');
  });

  it('names a measure noun and its thing before a count or a change, past the links inside it', () => {
    const tourists = 'Lượng khách du lịch đến tỉnh đạt 2,5 triệu lượt, tăng 12% so với cùng kỳ.';
    expect(labelOf(tourists, '2,5 triệu')).toBe('lượng khách du lịch');
    expect(labelOf(tourists, '12%')).toBe('lượng khách du lịch');
    expect(labelOf('Diện tích lúa bị thiệt hại (do mưa lũ) khoảng 350 ha.', '350 ha')).toBe('diện tích lúa');
  });

  it('takes a change that opens its part from the part before', () => {
    expect(labelOf('Giá cà phê tăng liên tiếp 4 phiên, vượt 120.000 đồng/kg.', '120.000')).toBe('giá cà phê');
    expect(labelOf('Ban tổ chức trao tặng 1.500 suất quà, trị giá 750 triệu đồng.', '750 triệu')).toBe('suất quà');
  });

  it('reads the noun phrase after an amount in a list of amounts', () => {
    const cancer = 'U lympho chiếm khoảng 15-25% ca ung thư ruột non, gần 5% ca ung thư dạ dày và 0,2-1% ung thư đại trực tràng.';
    expect(labelOf(cancer, '0,2')).toBe('ung thư đại trực tràng');
    expect(labelOf('Dự kiến Việt Nam có thể thu hút 0,5 - 1 tỷ USD dòng vốn thụ động.', '0,5')).toBe('dòng vốn thụ động');
  });

  it("reads a document's subject across its whole sentence and a list of single nouns", () => {
    expect(labelOf('Nghị quyết số 15/NQ-HĐND về cơ chế, chính sách hỗ trợ phát triển nông nghiệp.', '15/NQ-HĐND')).toBe('cơ chế, chính sách hỗ trợ phát triển');
    const decree = 'Chính phủ ban hành Nghị định số 51/2026/NĐ-CP ngày 02/02/2026 sửa đổi, bổ sung một số điều của Nghị định số 143/2013/NĐ-CP ngày 24/10/2013 của Chính phủ quy định về bồi hoàn học bổng và chi phí đào tạo.';
    expect(labelOf(decree, '51/2026')).toBe('bồi hoàn học bổng và chi phí đào tạo');
  });

  it('does not take the unit of the amount before for a date', () => {
    expect(labelOf('Vi phạm hành chính trong hoạt động đường bộ bị phạt tới 150 triệu đồng từ ngày 1/3/2026', '1/3/2026')).toBe('');
    expect(labelOf('Doanh nghiệp nộp thêm 20 triệu đồng trước ngày 30/6/2025.', '30/6/2025')).toBe('');
  });
});
