// Key figures as a reader reads them: a range is one chip, the chip shows the amount as printed (its own digits
// and scale) with currency and per-unit part, every chip is labelled from its clause, a document is one chip with
// its fullest code, letters-and-digits tokens are not figures, and the ranking mixes kinds.
import { describe, expect, it } from 'vitest';
import { findFigures } from '../../utils/figures/index';
import { keyFigures } from '../../utils/figures/rank';
import { displayFigure, formatDate, formatNumber } from '../../utils/figures/display';
import { clauseAround } from '../../utils/figures/clause';
import type { KeyFigure } from '../../utils/model/figure';

const chips = (text: string, title = '', max = 8): KeyFigure[] => keyFigures({ text, lead: '', title }, undefined, max);
const chipFor = (text: string, fragment: string): KeyFigure => {
  const k = chips(text, '', 20).find((c) => c.text.includes(fragment));
  if (!k) throw new Error(`no chip for ${fragment}`);
  return k;
};

describe('ranges are one chip', () => {
  it('joins "từ 20 đến 30 triệu đồng" into one chip that spans both figure records', () => {
    const text = 'Người lao động được hưởng mức lương từ 20 đến 30 triệu đồng, cao hơn năm trước.';
    const records = findFigures(text).filter((f) => f.kind === 'money');
    expect(records.map((f) => f.value)).toEqual([20e6, 30e6]);
    const money = chips(text).filter((k) => k.kind === 'money');
    expect(money).toHaveLength(1);
    expect(money[0]).toMatchObject({ display: '20–30 triệu đồng', start: records[0]!.start, end: records[1]!.end });
    expect(money[0]!.text).toBe('20 đến 30 triệu đồng');
  });

  it('shows "khoảng 15-25%" as "khoảng 15–25%"', () => {
    const k = chipFor('Dự kiến khoảng 15-25% doanh nghiệp sẽ tăng lương trong quý tới.', '15-25%');
    expect(k.display).toBe('khoảng 15–25%');
    expect(chips('Dự kiến khoảng 15-25% doanh nghiệp sẽ tăng lương trong quý tới.').filter((c) => c.kind === 'percent')).toHaveLength(1);
  });

  it('keeps a year span as one chip', () => {
    expect(chipFor('Kế hoạch phát triển giai đoạn 2021-2025 của huyện đã được phê duyệt.', '2021').display).toBe('2021–2025');
  });
});

describe('the chip shows the amount as the article printed it', () => {
  it('keeps the per-unit part: /lượng, /tháng, /m², /người', () => {
    const gold = chipFor('Giá vàng SJC dao động 180,8-183,8 triệu đồng/lượng trong phiên sáng.', '180,8');
    expect(gold).toMatchObject({ display: '180,8–183,8 triệu đồng/lượng', label: 'giá vàng SJC' });
    expect(chipFor('Mỗi hộ được hỗ trợ 2 triệu đồng/tháng trong 6 tháng.', '2 triệu').display).toBe('2 triệu đồng/tháng');
    expect(chipFor('Giá thuê mặt bằng là 500.000 đồng/m2 mỗi tháng.', '500.000').display).toBe('500.000 đồng/m²');
    expect(chipFor('Mức chi bình quân 95 triệu đồng/người một năm.', '95').display).toBe('95 triệu đồng/người');
  });

  it('writes dollars as USD, never in đồng, in the digits and scale printed', () => {
    const k = chipFor('Kim ngạch xuất khẩu đạt 1,2 tỷ USD, tăng 12% so với cùng kỳ.', 'USD');
    expect(k).toMatchObject({ kind: 'money', unit: 'USD', display: '1,2 tỷ USD' });
    expect(chipFor('Tổng vốn đầu tư là 1.600.000.000đ cho dự án.', '1.600')).toMatchObject({ display: '1.600.000.000 đồng', value: 1.6e9 });
    expect(chipFor('Tổng thu đạt 3,5 nghìn tỷ đồng.', '3,5').display).toBe('3,5 nghìn tỷ đồng');
    expect(chipFor('Giá trị sản xuất đạt 1.234,56 triệu đồng.', '1.234').display).toBe('1.234,56 triệu đồng');
    expect(chipFor('Tỉnh đã giải ngân 2 tỷ 500 triệu đồng cho các xã.', '2 tỷ').display).toBe('2 tỷ 500 triệu đồng');
  });

  it('never re-scales or rounds what the headline printed', () => {
    const title = 'Tổng thu ngân sách năm 2025 đạt 3.580 tỷ đồng';
    const text = `${title}. Trong đó thu nội địa đạt 2.968,5 tỷ đồng, bằng 112,35% dự toán.`;
    const shown = keyFigures({ text, lead: '', title }).map((k) => k.display);
    expect(shown).toEqual(expect.arrayContaining(['3.580 tỷ đồng', '2.968,5 tỷ đồng', '112,35%']));
    // The normalised value stays for sorting and export.
    expect(keyFigures({ text, lead: '', title }).find((k) => k.display === '3.580 tỷ đồng')?.value).toBe(3.58e12);
  });

  it('keeps the approximation word and the printed scale of counts', () => {
    expect(chipFor('Đã có trên 16 nghìn người tham gia lao động.', '16').display).toBe('trên 16 nghìn người');
    expect(chipFor('Dân số toàn huyện là 112.345 người.', '112').display).toBe('112.345 người');
    expect(chipFor('Thu gom, xử lý 219,2m3 rác thải.', '219').display).toBe('219,2 m³');
  });

  it('formats numbers, dates and documents as a Vietnamese reader writes them', () => {
    expect([formatNumber(2132), formatNumber(219.2), formatNumber(1.6), formatNumber(1234567.891)]).toEqual(['2.132', '219,2', '1,6', '1.234.567,89']);
    expect(['2023-03-25', '2023-06', '2023', '--03-25', '2024-Q3', '2024-H1'].map(formatDate))
      .toEqual(['25/3/2023', 'tháng 6/2023', 'năm 2023', '25/3', 'quý III/2024', '6 tháng đầu năm 2024']);
    const text = 'Thực hiện Nghị quyết số 17-NQ/HU của Huyện ủy.';
    const doc = findFigures(text).find((f) => f.kind === 'document')!;
    expect(displayFigure(doc, text, doc.end)).toBe('Nghị quyết 17-NQ/HU');
  });
});

describe('every chip is labelled from its clause', () => {
  const budget = 'Tổng vốn đầu tư là 45 tỷ đồng, trong đó vốn ngân sách trung ương 28,4 tỷ đồng, vốn ngân sách tỉnh 16,6 tỷ đồng. ' +
    'Đến nay, tỷ lệ hộ nghèo của huyện còn 9,75%, giảm 2,1% so với năm trước. ' +
    'Huyện Bảo Thắng hiện có 14 ban tuyên vận với 188 tổ tuyên vận thôn, tổ dân phố.';

  it('names the measured noun phrase before money and percentages', () => {
    expect(chipFor(budget, '28,4').label).toBe('vốn ngân sách trung ương');
    expect(chipFor(budget, '16,6').label).toBe('vốn ngân sách tỉnh');
    expect(chipFor(budget, '45 tỷ').label).toBe('tổng vốn đầu tư');
    // The rate keeps its own words: "tỷ lệ hộ nghèo", as the reader reads it in the sentence.
    expect(chipFor(budget, '9,75%').label).toBe('tỷ lệ hộ nghèo');
  });

  it('names the counted thing after a count, and the measured thing after a measure', () => {
    expect(chipFor(budget, '188').label).toBe('tổ tuyên vận thôn');
    expect(chipFor(budget, '14 ban').label).toBe('ban tuyên vận');
    expect(chipFor('Năm 2023 huyện có thêm 100 km đường giao thông nông thôn.', '100 km').label).toBe('đường giao thông nông thôn');
  });

  it('labels a document by its subject and a deadline by what happens then', () => {
    const text = 'Thực hiện Nghị quyết số 17-NQ/HU, ngày 13/12/2023 của Ban Chấp hành Đảng bộ huyện về phương hướng nhiệm vụ năm 2024. ' +
      'Nghị định có hiệu lực từ ngày 1/7/2025.';
    expect(chipFor(text, '17-NQ/HU').label).toBe('phương hướng nhiệm vụ');
    expect(chipFor(text, '1/7/2025').label).toBe('hiệu lực');
  });

  it('shows the clause as the tooltip, not the paragraph', () => {
    const k = chipFor(budget, '9,75%');
    expect(k.sentence).toBe('Đến nay, tỷ lệ hộ nghèo của huyện còn 9,75%, giảm 2,1% so với năm trước.');
    const long = `${'Huyện đã tổ chức nhiều hoạt động tuyên truyền, vận động nhân dân tham gia xây dựng nông thôn mới, '.repeat(4)}tổng kinh phí 1,6 tỷ đồng, ${'các xã đều hưởng ứng tích cực, '.repeat(4)}kết thúc.`;
    const at = long.indexOf('1,6');
    const clause = clauseAround(long, at, at + 10);
    expect(clause.end - clause.start).toBeLessThanOrEqual(200);
    expect(long.slice(clause.start, clause.end)).toContain('tổng kinh phí 1,6 tỷ đồng');
  });

  it('leaves the label out rather than name a place or a time', () => {
    const k = chipFor('Ngay từ đầu năm 2023, huyện đã chỉ đạo rà soát.', '2023');
    expect(k.label).toBeUndefined();
  });
});

describe('one chip per document, the fullest code winning', () => {
  it('merges "Nghị định 68" into "Nghị định 68/2026/NĐ-CP"', () => {
    const text = 'Chính phủ ban hành Nghị định 68/2026/NĐ-CP quy định xử phạt. Theo Nghị định 68, mức phạt tối đa là 100 triệu đồng.';
    const docs = chips(text).filter((k) => k.kind === 'document');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.code).toBe('68/2026/NĐ-CP');
  });

  it('keeps two documents that share a number but not their code', () => {
    const text = 'Thực hiện Nghị quyết số 17-NQ/HU của Huyện ủy và Nghị quyết số 17-NQ/TU của Tỉnh ủy, các xã đã triển khai.';
    expect(chips(text).filter((k) => k.kind === 'document').map((k) => k.code)).toEqual(['17-NQ/HU', '17-NQ/TU']);
  });
});

describe('letters-and-digits tokens are not figures', () => {
  it.each([
    ['a doctor\'s grade', 'BS.CK2 Nguyễn Văn A, Trưởng khoa Nội, cho biết bệnh nhân đã ổn định.'],
    ['a lower-case grade', 'bs.ck2 Trần Văn B trực khoa cấp cứu.'],
    ['a grade in Roman numerals', 'BSCKI Trần Thị B và ThS. Lê Văn C tham gia hội chẩn.'],
    ['a standard', 'Công ty áp dụng tiêu chuẩn ISO 9001:2015 và ISO 14001 trong sản xuất.'],
    ['a version', 'Cuộc cách mạng công nghiệp 4.0 và phiên bản 2.1 của phần mềm.'],
    ['a disease', 'Dịch COVID-19 và covid-19 đã được kiểm soát.'],
    ['a network', 'Mạng 5G và 4G phủ sóng toàn tỉnh.'],
    ['a fuel grade', 'Giá xăng RON 95 và RON95-III được điều chỉnh.'],
  ])('%s', (_name, text) => {
    expect(findFigures(text)).toEqual([]);
  });

  it('still reads the figures next to them', () => {
    const text = 'Dịch covid-19 làm 20 người mắc; xăng RON 95 giảm 500 đồng/lít.';
    expect(findFigures(text).map((f) => f.text)).toEqual(['20 người', '500 đồng']);
  });
});

describe('ranking', () => {
  it('favours the headline\'s figure, results against targets, governing documents and deadlines, and mixes kinds', () => {
    const title = 'Huyện hoàn thành và vượt 14/16 chỉ tiêu kinh tế - xã hội';
    const text = [
      'Năm 2025, huyện hoàn thành và vượt 14/16 chỉ tiêu kinh tế - xã hội theo Nghị quyết số 05-NQ/HU của Huyện ủy.',
      'Phạt tiền từ 2 đến 4 triệu đồng đối với hành vi thứ nhất; phạt tiền từ 4 đến 6 triệu đồng đối với hành vi thứ hai;',
      'phạt tiền từ 6 đến 8 triệu đồng đối với hành vi thứ ba; phạt tiền từ 8 đến 10 triệu đồng đối với hành vi thứ tư;',
      'phạt tiền từ 10 đến 15 triệu đồng đối với hành vi thứ năm; phạt tiền từ 15 đến 20 triệu đồng đối với hành vi thứ sáu;',
      'phạt tiền từ 20 đến 30 triệu đồng đối với hành vi thứ bảy; phạt tiền từ 30 đến 40 triệu đồng đối với hành vi thứ tám.',
      'Tổng thu ngân sách đạt 512,7 tỷ đồng, bằng 108,3% dự toán.',
      'Nghị định có hiệu lực từ ngày 1/7/2025.',
    ].join('\n\n');
    const keys = chips(text, title);
    expect(keys[0]).toMatchObject({ kind: 'ratio', value: 14, total: 16, display: 'vượt 14/16 chỉ tiêu' });
    const kinds = new Set(keys.map((k) => k.kind));
    expect([...kinds].sort()).toEqual(['date', 'document', 'money', 'percent', 'ratio']);
    expect(keys.filter((k) => k.kind === 'money').length).toBeLessThanOrEqual(4);
    expect(keys.some((k) => k.code === '05-NQ/HU')).toBe(true);
    expect(keys.some((k) => k.date === '2025-07-01')).toBe(true);
  });
});

describe('labels a reader understands without the sentence', () => {
  it('keeps whole words and the counted noun, and puts no per-unit before the amount', () => {
    expect(chipFor('Huyện có 12 xã, 2 thị trấn với 188 thôn, tổ dân phố.', '12 xã').label).toBe('xã');
    expect(chipFor('Tỷ lệ bao phủ bảo hiểm y tế đạt 95 phần trăm dân số.', '95').label).toBe('tỷ lệ bao phủ bảo hiểm y tế');
    expect(chipFor('Tỷ lệ hộ dân sử dụng nước hợp vệ sinh đạt 98,5%.', '98,5').label).toBe('tỷ lệ hộ dân sử dụng nước hợp vệ sinh');
    const perHa = chipFor('Giá trị sản xuất trên 1 ha đất canh tác đạt 118,5 triệu đồng/ha.', '118,5');
    expect(perHa.display).toBe('118,5 triệu đồng/ha');
    expect(perHa.label ?? '').not.toMatch(/^ha\b/);
  });

  it('labels the second value of a change as the first ("từ 1,8 triệu đồng lên 2,34 triệu đồng")', () => {
    const text = 'Mức lương cơ sở tăng từ 1,8 triệu đồng lên 2,34 triệu đồng/tháng từ ngày 1/7/2024.';
    expect(chipFor(text, '1,8').label).toBe('mức lương cơ sở');
    expect(chipFor(text, '2,34').label).toBe('mức lương cơ sở');
  });

  it('names what changes from the part before when the figure’s own part holds only links', () => {
    expect(chipFor('Giá vàng trong nước tiếp tục giảm, xuống mức 183,8 triệu đồng/lượng.', '183,8').label).toBe('giá vàng');
  });

  it('labels a document by its subject, or not at all, never by who issued it', () => {
    expect(chipFor('Chính phủ vừa ban hành Nghị định 68/2026/NĐ-CP quy định chính sách thuế và quản lý thuế đối với hộ kinh doanh.', '68/2026').label).toBe('chính sách thuế và quản lý thuế');
    expect(chipFor('Công văn số 2345/UBND-VX ngày 10/10/2024 của UBND tỉnh Lào Cai.', '2345').label).toBeUndefined();
    expect(chipFor('Ngày 8/9/2023, UBND huyện ban hành Quyết định số 1234/QĐ-UBND về việc phê duyệt kế hoạch.', '1234').label).toBe('phê duyệt kế hoạch');
  });
});
