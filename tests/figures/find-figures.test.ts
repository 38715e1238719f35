import { describe, expect, it } from 'vitest';
import type { Figure } from '../../utils/model/figure';
import { findFigures } from '../../utils/figures/index';

/** The figures of a text, each reduced to the fields that matter for it. */
function figs(text: string): Partial<Figure>[] {
  const found = findFigures(text);
  for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
  return found.map(({ kind, text: t, value, unit, total, date, code, approx }) => {
    const o: Partial<Figure> = { kind, text: t };
    if (value !== undefined) o.value = value;
    if (unit !== undefined) o.unit = unit;
    if (total !== undefined) o.total = total;
    if (date !== undefined) o.date = date;
    if (code !== undefined) o.code = code;
    if (approx !== undefined) o.approx = approx;
    return o;
  });
}

const one = (text: string): Partial<Figure> => {
  const f = figs(text);
  expect(f).toHaveLength(1);
  return f[0]!;
};

describe('numbers: Vietnamese separators and scale words', () => {
  it.each([
    ['Huy động được 2.132 ngày công.', 2132, 'ngày công'],
    ['Xử lý 219,2m3 rác thải.', 219.2, 'm³'],
    ['Tổng mức đầu tư 2.350.000.000 đồng.', 2350000000, 'VND'],
    ['Giá trị sản xuất đạt 1.234,56 triệu đồng.', 1234560000, 'VND'],
    ['Doanh nghiệp nộp 3,5 nghìn tỷ đồng.', 3.5e12, 'VND'],
    ['Tỉnh giải ngân 2 tỷ 500 triệu đồng.', 2.5e9, 'VND'],
    ['Mỗi suất 1 triệu 200 nghìn đồng.', 1.2e6, 'VND'],
    ['Có trên 16 nghìn người tham gia.', 16000, 'người'],
    ['Thu hút 15 ngàn lượt khách.', 15000, 'lượt khách'],
    ['Vốn đầu tư 1,5 tỉ đồng.', 1.5e9, 'VND'],
    ['Dư nợ đạt 1.234 tỷ 567 triệu đồng.', 1.234567e12, 'VND'],
  ])('%s', (text, value, unit) => {
    const f = one(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });

  it('does not add a following group with a larger scale or 1.000 or more of the smaller one', () => {
    const f = figs('Năm nay chi 2 tỷ, 1.500 hộ được hỗ trợ.');
    expect(f.map((x) => x.value)).toEqual([2e9, 1500]);
  });
});

describe('money', () => {
  it.each([
    ['Kim ngạch xuất khẩu đạt 320 triệu USD.', 320e6, 'USD'],
    ['Ủng hộ 5.000 đô la Mỹ.', 5000, 'USD'],
    ['Vé vào cửa 50.000đ/người.', 50000, 'VND'],
    ['Học phí 200.000 VNĐ một tháng.', 200000, 'VND'],
    ['Lương 2,34 triệu đồng/tháng.', 2.34e6, 'VND'],
  ])('%s', (text, value, unit) => {
    const f = one(text);
    expect(f).toMatchObject({ kind: 'money', value, unit });
  });

  it('reads approximation words before the number', () => {
    expect(one('Tổng vốn hơn 1.000 tỷ đồng.')).toMatchObject({ approx: 'over', text: 'hơn 1.000 tỷ đồng' });
    expect(one('Còn thiếu chưa đến 2 tỷ đồng.')).toMatchObject({ approx: 'under', value: 2e9 });
    expect(one('Ước tính 45 tỷ đồng được giải ngân.')).toMatchObject({ approx: 'about' });
    expect(one('Kinh phí xấp xỉ 3 tỷ đồng.')).toMatchObject({ approx: 'about' });
    expect(one('Còn gần 500 triệu đồng.')).toMatchObject({ approx: 'under' });
  });

  it('takes a bare "tỷ" as money only when the clause talks about money', () => {
    expect(one('Tổng vốn đầu tư của dự án là 500 tỷ.')).toMatchObject({ kind: 'money', value: 5e11, unit: 'VND' });
    expect(one('Dân số cả nước khoảng 100 triệu.')).toMatchObject({ kind: 'quantity', value: 1e8 });
  });

  it('does not read "đồng" in "đồng chí" or "đồng thời" as money', () => {
    expect(one('Có 2 đồng chí được tặng huy hiệu.')).toMatchObject({ kind: 'quantity', unit: 'đồng chí' });
    expect(figs('Khởi công năm 2023 đồng thời hoàn thành 3 cầu.').map((f) => f.kind)).toEqual(['date', 'quantity']);
  });
});

describe('percentages', () => {
  it.each([
    ['Bằng 108,3% dự toán.', 108.3],
    ['Tỷ lệ che phủ rừng đạt 65 %.', 65],
    ['Bao phủ 95 phần trăm dân số.', 95],
    ['Tăng trưởng 7,5%/năm.', 7.5],
  ])('%s', (text, value) => {
    expect(one(text)).toMatchObject({ kind: 'percent', value, unit: '%' });
  });
});

describe('quantities', () => {
  it.each([
    ['Diện tích 1.520 ha.', 1520, 'ha'],
    ['Sàn xây dựng 12.500 m2.', 12500, 'm²'],
    ['Sàn rộng 300m².', 300, 'm²'],
    ['Lượng mưa 150 mm.', 150, 'mm'],
    ['Sản lượng 45.678 tấn.', 45678, 'tấn'],
    ['Đường rộng 7,5 m.', 7.5, 'm'],
    ['Bê tông hóa 35,5 km đường.', 35.5, 'km'],
    ['Công suất 30 MW.', 30, 'MW'],
    ['Năng suất 58,2 tạ/ha.', 58.2, 'tạ'],
    ['Nhiệt độ 22,5 độ C.', 22.5, '°C'],
    ['Hội nghị diễn ra trong 2 ngày.', 2, 'ngày'],
    ['Ông Bình, 67 tuổi, là đảng viên.', 67, 'tuổi'],
  ])('%s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ kind: 'quantity', value, unit });
  });

  it('reads a word glued to the number as a typo for a space', () => {
    expect(one('huyện có thêm100 km đường giao thông')).toMatchObject({ text: '100 km', value: 100, unit: 'km' });
  });

  it('uses counted nouns as units, preferring the longer noun', () => {
    expect(figs('Huyện có 14 ban tuyên vận với 188 tổ tuyên vận.').map((f) => [f.value, f.unit])).toEqual([[14, 'ban'], [188, 'tổ']]);
    expect(one('Trao 1.500 suất quà.')).toMatchObject({ unit: 'suất quà', value: 1500 });
    expect(one('Có 1.245 hộ nghèo.')).toMatchObject({ unit: 'hộ', value: 1245 });
    expect(figs('Huyện có 12 xã, 2 thị trấn với 188 thôn.').map((f) => f.unit)).toEqual(['xã', 'thị trấn', 'thôn']);
  });

  it('counts nothing after a bare number that is followed by an ordinary word', () => {
    expect(figs('Có 3 giải pháp và 20 chiếc xe, còn 15 ở lại.').map((f) => f.text)).toEqual(['3 giải pháp', '20 chiếc']);
  });
});

describe('ratios', () => {
  it('reads x/y before a noun, and when y cannot be a month', () => {
    expect(one('Xã đạt 15/19 tiêu chí nông thôn mới.')).toMatchObject({ kind: 'ratio', value: 15, total: 19, unit: 'tiêu chí' });
    expect(one('Huyện có 25/25 xã đạt chuẩn.')).toMatchObject({ kind: 'ratio', value: 25, total: 25 });
    expect(one('Hoàn thành 3/5 chỉ tiêu.')).toMatchObject({ kind: 'ratio', value: 3, total: 5 });
  });
});

describe('ranges: the first half borrows unit and scale', () => {
  it('từ X đến Y', () => {
    expect(figs('Hỗ trợ từ 3 đến 5 triệu đồng mỗi hộ.')).toEqual([
      { kind: 'money', text: '3', value: 3e6, unit: 'VND' },
      { kind: 'money', text: '5 triệu đồng', value: 5e6, unit: 'VND' },
    ]);
    expect(figs('Diện tích từ 500 đến 1.000 m2.').map((f) => [f.value, f.unit])).toEqual([[500, 'm²'], [1000, 'm²']]);
  });

  it('hyphenated ranges, with and without a unit on both sides', () => {
    expect(figs('Lãi suất 6%-6,5%/năm.').map((f) => f.value)).toEqual([6, 6.5]);
    expect(figs('Tăng 30-35% so với cùng kỳ.').map((f) => [f.kind, f.value])).toEqual([['percent', 30], ['percent', 35]]);
    expect(figs('Phạt từ 4 - 6 triệu đồng.').map((f) => f.value)).toEqual([4e6, 6e6]);
    expect(figs('Mưa từ 1.600 - 2.000 mm.').map((f) => [f.value, f.unit])).toEqual([[1600, 'mm'], [2000, 'mm']]);
  });

  it('keeps the first half own scale when it has one', () => {
    expect(figs('Từ 500 triệu đến 1 tỷ đồng.').map((f) => f.value)).toEqual([5e8, 1e9]);
  });
});

describe('dates', () => {
  it.each([
    ['Ngày 25/3/2023, xã ra quân.', 'Ngày 25/3/2023', '2023-03-25'],
    ['Ký ngày 13 tháng 12 năm 2023.', 'ngày 13 tháng 12 năm 2023', '2023-12-13'],
    ['Ký ngày 03 tháng 02 năm 2020.', 'ngày 03 tháng 02 năm 2020', '2020-02-03'],
    ['Hoàn thành trong tháng 6 năm 2023.', 'tháng 6 năm 2023', '2023-06'],
    ['Đến hết tháng 10/2024, toàn tỉnh.', 'tháng 10/2024', '2024-10'],
    ['Năm 2023, thu ngân sách tăng.', 'Năm 2023', '2023'],
    ['Sáng 25/3, xã ra quân.', '25/3', '--03-25'],
    ['Ngày 24/7, huyện tổ chức lễ tri ân.', 'Ngày 24/7', '--07-24'],
    ['Hội nghị ngày 5-9-2024.', 'ngày 5-9-2024', '2024-09-05'],
    ['Thành lập ngày 1-8-2008.', 'ngày 1-8-2008', '2008-08-01'],
    ['Từ tháng 8-2014, huyện triển khai.', 'tháng 8-2014', '2014-08'],
    ['Ngày 4.1.2017, hội nghị khai mạc.', 'Ngày 4.1.2017', '2017-01-04'],
    ['Trong tháng 7.2017, tỉnh kiểm tra.', 'tháng 7.2017', '2017-07'],
    ['Quý III/2024, doanh thu tăng.', 'Quý III/2024', '2024-Q3'],
    ['Trong quý 1 năm 2025, tỉnh thu hút vốn.', 'quý 1 năm 2025', '2025-Q1'],
    ['Trong 6 tháng đầu năm 2024, khách tăng.', '6 tháng đầu năm 2024', '2024-H1'],
    ['Nửa cuối năm 2024 sẽ khởi công.', 'Nửa cuối năm 2024', '2024-H2'],
    ['Hội nghị (12-13/6/2024) tại huyện.', '12-13/6/2024', '2024-06-12'],
    ['Hội chợ từ ngày 20 - 22/9/2024 tại sân vận động.', 'ngày 20 - 22/9/2024', '2024-09-20'],
    ['Từ ngày 6-3, giá hoa tăng.', 'ngày 6-3', '--03-06'],
    ['Dịp lễ 8-3 năm nay, hoa bán chạy.', '8-3', '--03-08'],
  ])('%s', (text, span, date) => {
    expect(one(text)).toEqual({ kind: 'date', text: span, date });
  });

  it('a span of months is one period dated by its first month', () => {
    expect(figs('Từ tháng 1 - 7.2017, thu ngân sách tăng.')).toEqual([{ kind: 'date', text: 'tháng 1 - 7.2017', date: '2017-01' }]);
    expect(figs('Từ tháng 1 đến tháng 6/2024, có 1.250 lao động được tuyển.').map((f) => f.date ?? f.value)).toEqual(['2024-01', '2024-06', 1250]);
  });

  it('two full dates joined by - or đến are two dates', () => {
    expect(figs('Từ ngày 1/6/2024 đến ngày 31/8/2024.').map((f) => f.date)).toEqual(['2024-06-01', '2024-08-31']);
    expect(figs('(3/2/1930 - 3/2/2024)').map((f) => f.date)).toEqual(['1930-02-03', '2024-02-03']);
  });

  it('spans of years give both years', () => {
    expect(figs('Giai đoạn 2021-2025, huyện xây 18 công trình.').map((f) => f.date ?? f.value)).toEqual(['2021', '2025', 18]);
    expect(figs('Nhiệm kỳ 2020 - 2025 đã có nhiều đổi mới.').map((f) => f.date)).toEqual(['2020', '2025']);
  });

  it('x/y after an approximation or before a whole is a fraction, not a day', () => {
    expect(figs('Khoảng 1/3 diện tích lúa bị ngập, hơn 1/2 số hộ bị ảnh hưởng.').map((f) => [f.kind, f.value, f.total])).toEqual([
      ['ratio', 1, 3],
      ['ratio', 1, 2],
    ]);
    expect(figs('Ngày 30/4 và 1/5 là ngày nghỉ.').map((f) => f.date)).toEqual(['--04-30', '--05-01']);
  });

  it('a month over 12, a day over 31 or a month without a year is not a date', () => {
    expect(figs('Hoàn thành trong tháng 11.')).toEqual([]);
    expect(one('Đạt 8/19 tiêu chí.').kind).toBe('ratio');
    expect(figs('Tỷ lệ 35/40 đạt yêu cầu.').map((f) => f.kind)).toEqual(['ratio']);
  });

  it('"9 tháng đầu năm" is no calendar period: only the year is dated', () => {
    expect(figs('Trong 9 tháng đầu năm 2024, giá trị sản xuất tăng.')).toEqual([{ kind: 'date', text: 'năm 2024', date: '2024' }]);
  });
});

describe('documents', () => {
  it.each([
    ['Thực hiện Nghị quyết số 17-NQ/HU của Huyện ủy.', 'Nghị quyết số 17-NQ/HU', '17-NQ/HU'],
    ['Ban hành Quyết định số 1234/QĐ-UBND về việc phê duyệt.', 'Quyết định số 1234/QĐ-UBND', '1234/QĐ-UBND'],
    ['Thực hiện Nghị định 15/2020/NĐ-CP của Chính phủ.', 'Nghị định 15/2020/NĐ-CP', '15/2020/NĐ-CP'],
    ['Luật Đất đai số 31/2024/QH15 có hiệu lực.', 'Luật Đất đai số 31/2024/QH15', '31/2024/QH15'],
    ['Theo Thông tư 01/2024/TT-BTC, mức chi thay đổi.', 'Thông tư 01/2024/TT-BTC', '01/2024/TT-BTC'],
    ['Tờ trình số 123/TTr-UBND trình HĐND.', 'Tờ trình số 123/TTr-UBND', '123/TTr-UBND'],
    ['Theo Bản án số 25/2024/HS-ST của TAND huyện.', 'Bản án số 25/2024/HS-ST', '25/2024/HS-ST'],
    ['Thực hiện Nghị định 06/2018 của Chính phủ.', 'Nghị định 06/2018', '06/2018'],
  ])('%s', (text, span, code) => {
    expect(one(text)).toEqual({ kind: 'document', text: span, code });
  });

  it('a document named by its number alone, but not a year or a span', () => {
    expect(figs('Triển khai Đề án 06, đã cấp 25.430 tài khoản.')[0]).toEqual({ kind: 'document', text: 'Đề án 06', code: '06' });
    expect(figs('Chính phủ ban hành Nghị định số 68 ngày 5-3.')).toEqual([
      { kind: 'document', text: 'Nghị định số 68', code: '68' },
      { kind: 'date', text: 'ngày 5-3', date: '--03-05' },
    ]);
    expect(figs('Kế hoạch 2024 đã hoàn thành, kế hoạch 5 năm đạt 80%.').map((f) => f.kind)).toEqual(['quantity', 'percent']);
  });

  it('a bare code with a symbol is a document', () => {
    expect(one('Theo văn bản 2345/UBND-VX, các xã rà soát.')).toMatchObject({ kind: 'document', code: '2345/UBND-VX' });
  });

  it('articles and clauses of a law are not figures', () => {
    expect(figs('Căn cứ khoản 2 Điều 15 Luật Ngân sách nhà nước.')).toEqual([]);
    expect(figs('Theo điểm b khoản 1 Điều 5, mức phạt tăng.')).toEqual([]);
  });
});

describe('non-figures', () => {
  it.each([
    ['phone numbers', 'Mọi phản ánh xin gọi số điện thoại 0214.3852.123 hoặc 1022.'],
    ['spaced phone numbers', 'Liên hệ: 0913 456 789 để được hỗ trợ 24/7.'],
    ['fax', 'Fax: 0214 3852 115.'],
    ['round the clock', 'Lực lượng trực 24/24 giờ, tổng đài hỗ trợ 24/7.'],
    ['licence plates', 'Xe ô tô biển kiểm soát 14A-130.xx bị tạm giữ.'],
    ['licence plates with serial', 'Xe mang biển 24C-123.45 đã bàn giao.'],
    ['times of day', 'Lúc 19:25, đám cháy được dập tắt.'],
    ['times in hours and minutes', 'Đúng 7 giờ 30 phút, lễ chào cờ bắt đầu.'],
    ['hours written with h', 'Từ 7h30 đến 11h, người dân làm thủ tục.'],
    ['product names', 'Giá xăng RON 95 giữ nguyên.'],
    ['Roman ordinals', 'Đại hội Đảng bộ huyện lần thứ XXV thành công tốt đẹp.'],
    ['Arabic ordinals', 'Kỳ họp thứ 15 HĐND huyện khóa XX bế mạc.'],
    ['house numbers', 'Trụ sở tại số 12 đường Trần Phú, tổ 5, phường Kim Tân.'],
    ['numbered names', 'Trường Tiểu học số 2 xã Xuân Quang đạt chuẩn.'],
    ['links', 'Xem tại https://baothang.laocai.gov.vn/tin-tuc/2023/25-3-100-ha.html nhé.'],
    ['e-mail addresses', 'Gửi về ubnd2024@laocai.gov.vn trước hạn.'],
    ['codes glued to letters', 'Dịch COVID-19 và cúm H5N1 đã được kiểm soát trên tuyến QL4E.'],
    ['road names', 'Tuyến Quốc lộ 70 qua địa bàn đã thông xe.'],
  ])('%s', (_name, text) => {
    expect(figs(text)).toEqual([]);
  });

  it('keeps the figures next to a time of day', () => {
    expect(figs('Đúng 7 giờ 30 phút sáng 2/9, lễ chào cờ bắt đầu với 1.200 người tham dự.')).toEqual([
      { kind: 'date', text: '2/9', date: '--09-02' },
      { kind: 'quantity', text: '1.200 người', value: 1200, unit: 'người' },
    ]);
  });

  it('a duration in hours is a quantity', () => {
    expect(one('Trong 24 giờ, lực lượng chức năng đã khắc phục.')).toMatchObject({ kind: 'quantity', value: 24, unit: 'giờ' });
  });
});

describe('text forms', () => {
  it('reads NFD text and keeps offsets into it', () => {
    const text = 'Kinh phí 1,6 tỷ đồng.'.normalize('NFD');
    const f = findFigures(text);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ kind: 'money', value: 1.6e9, unit: 'VND' });
    expect(text.slice(f[0]!.start, f[0]!.end)).toBe(f[0]!.text);
  });

  it('never joins a number and a unit across a paragraph break', () => {
    expect(figs('Tổng số hộ năm nay là 120\n\nhộ dân đã ký cam kết.')).toEqual([]);
  });

  it('returns figures in text order', () => {
    const f = findFigures('Ngày 8/9/2023, UBND huyện ban hành Quyết định số 1234/QĐ-UBND, hỗ trợ 50 hộ 500 triệu đồng.');
    expect(f.map((x) => x.kind)).toEqual(['date', 'document', 'quantity', 'money']);
    expect(f.map((x) => x.start)).toEqual([...f.map((x) => x.start)].sort((a, b) => a - b));
  });
});
