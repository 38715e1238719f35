// Chip labels for more kinds of phrase, each rule on two sentences of its kind from different kinds of article
// (markets, taxes, plans, fines, farming), and where a rule could overreach, a sentence it must leave alone.
import { describe, expect, it } from 'vitest';
import { chipOf, labelOf } from './chip-of';

describe('chip labels by kind of phrase, further kinds', () => {
  it('leaves comparisons and limits out of the label', () => {
    expect(labelOf('Doanh nghiệp được vay ưu đãi khi có vốn điều lệ không thấp hơn 10 tỷ đồng.', '10 tỷ')).toBe('vốn điều lệ');
    expect(labelOf('Các xã có tỷ lệ hộ nghèo cao hơn 15% được ưu tiên phân bổ vốn.', '15%')).toBe('tỷ lệ hộ nghèo');
    expect(labelOf('Mức hỗ trợ tối đa 50 triệu đồng cho mỗi hộ xây mới nhà ở.', '50 triệu')).toBe('mức hỗ trợ');
    expect(labelOf('Khoản trừ được phân bổ cho nhiều hoạt động, nhưng tổng mức trừ không vượt quá 500 triệu đồng/năm.', '500 triệu')).toBe('tổng mức trừ');
  });

  it('keeps an average with the noun it qualifies', () => {
    expect(labelOf('Thu nhập bình quân đầu người của xã đạt 62 triệu đồng/năm.', '62 triệu')).toBe('thu nhập bình quân đầu người');
    expect(labelOf('Lương hưu trung bình của người nghỉ hưu tăng 15% so với năm trước.', '15%')).toBe('lương hưu trung bình');
  });

  it("reads past a plan's striving and a condition's opening words", () => {
    expect(labelOf('Đến năm 2030, phấn đấu tỷ lệ đô thị hóa đạt 45%.', '45%')).toBe('tỷ lệ đô thị hóa');
    expect(labelOf('Năm 2025 phấn đấu tổng thu ngân sách trên địa bàn đạt 1.200 tỷ đồng.', '1.200 tỷ')).toBe('tổng thu ngân sách');
    expect(labelOf('Trường hợp thu nhập tính thuế vượt 5 triệu đồng thì áp dụng thuế suất 10%.', '5 triệu')).toBe('thu nhập tính thuế');
    expect(labelOf('Trường hợp số tiền nợ dưới 10 triệu đồng, người nộp thuế được gia hạn.', '10 triệu')).toBe('số tiền nợ');
  });

  it('keeps the one-word name of where a measured good comes from', () => {
    expect(labelOf('Công ty đã xuất khẩu 12.000 tấn cà phê Robusta sang thị trường châu Âu.', '12.000 tấn')).toBe('cà phê Robusta');
    expect(labelOf('Nhà máy nhiệt điện nhập 50.000 tấn than Úc trong quý I.', '50.000 tấn')).toBe('than Úc');
    // A name of several words is whose, not what: it still ends the label.
    expect(labelOf('Hội nghị có 30 đại biểu Quốc hội tham dự.', '30 đại biểu')).toBe('đại biểu');
  });

  it('labels an amount per unit by the price its sentence names', () => {
    expect(labelOf('Giá cà phê nhân xô tại Tây Nguyên hôm nay tăng mạnh, giao dịch quanh 118.000 đồng/kg.', '118.000')).toBe('giá cà phê nhân xô');
    expect(labelOf('Heo hơi tại các tỉnh phía Nam đang giao dịch trong khoảng 62.000 - 65.000 đồng/kg.', '62.000')).toBe('giá heo hơi');
    const gold = 'Chốt phiên, giá vàng miếng được niêm yết tại mức 160-162 triệu đồng/lượng, giảm 500.000 đồng/lượng mỗi chiều.';
    expect(labelOf(gold, '160')).toBe('giá vàng miếng');
    expect(labelOf(gold, '500.000')).toBe('giá vàng miếng');
    // A phrase of its own is what the amount is of, whatever price the sentence also names.
    expect(labelOf('Trong bối cảnh giá cả tăng, thu nhập bình quân của công nhân đạt 8 triệu đồng/tháng.', '8 triệu')).toBe('thu nhập bình quân');
  });

  it('shows a per-unit of two syllables whole', () => {
    expect(chipOf('Cổ phiếu AAT chỉ còn giao dịch quanh mức 3.000 đồng/cổ phiếu.', '3.000').display).toBe('3.000 đồng/cổ phiếu');
    expect(chipOf('Giá lúa tươi ở mức 6.500 đồng/kg trong tuần qua.', '6.500').display).toBe('6.500 đồng/kg');
  });

  it('names the fine, not who fined whom', () => {
    expect(labelOf('Công an huyện Bảo Thắng đã ra quyết định xử phạt anh Nguyễn Văn Bình số tiền 7,5 triệu đồng về hành vi vận chuyển hàng cấm.', '7,5 triệu')).toBe('tiền phạt');
    expect(labelOf('Đội Quản lý thị trường số 3 đã xử phạt Công ty TNHH Minh Phát 45 triệu đồng do kinh doanh hàng không rõ nguồn gốc.', '45 triệu')).toBe('tiền phạt');
    expect(labelOf('Tổng số tiền xử phạt vi phạm hành chính trên địa bàn huyện là 120 triệu đồng.', '120 triệu')).toBe('tổng số tiền xử phạt vi phạm hành chính');
  });

  it('reads a list of single words back to the phrase it qualifies', () => {
    expect(labelOf('Hộ gia đình có thu nhập từ trồng trọt, chăn nuôi đạt trên 80 triệu đồng/năm được công nhận thoát nghèo.', '80 triệu')).toBe('thu nhập');
    expect(labelOf('Tổng kinh phí hỗ trợ về giống, phân bón là 1,2 tỷ đồng.', '1,2 tỷ')).toBe('tổng kinh phí hỗ trợ');
    // A comma after an opener ends no list.
    expect(labelOf('Theo báo cáo của UBND huyện, doanh thu đạt 50 tỷ đồng.', '50 tỷ')).toBe('doanh thu');
  });
});
