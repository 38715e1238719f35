// Rules added after reading findFigures' output over every sentence of the shared corpus (see
// corpus-gold.test.ts). Each case is the real-text pattern that needed the rule, in a portal-style sentence.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../utils/model/figure';
import { findFigures } from '../../utils/figures/index';

const brief = (text: string): string[] =>
  findFigures(text).map((f: Figure) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    const v = f.date ?? f.code ?? (f.total !== undefined ? `${f.value}/${f.total}` : `${f.value}${f.unit ? ' ' + f.unit : ''}`);
    return `${f.kind} «${f.text}» ${v}${f.approx ? ' ~' + f.approx : ''}`;
  });

describe('counted nouns the unit table does not list (open rule)', () => {
  it('counts a lower-case noun right after a whole number', () => {
    expect(brief('Lộ trình thực hiện chuyển đổi dự kiến diễn ra theo 2 bước.')).toEqual(['quantity «2 bước» 2 bước']);
    expect(brief('Liên hệ 10 đầu mối không có hàng.')).toEqual(['quantity «10 đầu mối» 10 đầu mối']);
    expect(brief('Hơn 500 diễn viên, nghệ nhân đến từ 10 huyện.')).toEqual(['quantity «Hơn 500 diễn viên» 500 diễn viên ~over', 'quantity «10 huyện» 10 huyện']);
    expect(brief('Toà nhà gồm 3 tầng với 24 phòng học.')).toEqual(['quantity «3 tầng» 3 tầng', 'quantity «24 phòng học» 24 phòng học']);
    expect(brief('Xã có 120 trang trại và 3 khu nghỉ dưỡng.')).toEqual(['quantity «120 trang trại» 120 trang trại', 'quantity «3 khu nghỉ» 3 khu nghỉ']);
    // Compounds whose first syllable is a listed noun of its own are listed in full.
    expect(brief('Có 3 nhà đầu tư nộp hồ sơ.')).toEqual(['quantity «3 nhà đầu tư» 3 nhà đầu tư']);
  });

  it('counts nothing before a function word, a number word or a verb of comparison', () => {
    expect(brief('Có 3 giải pháp, còn 15 ở lại và 2 đã về.')).toEqual(['quantity «3 giải pháp» 3 giải pháp']);
    expect(brief('Chỉ số đạt 98 trong phiên, VN30 giảm 2 so với hôm qua.')).toEqual([]);
  });

  it('counts nothing after a name, after "số", or after a year', () => {
    expect(brief('Bệnh viện 108 tổ chức khám cho người dân.')).toEqual([]);
    expect(brief('Cơn bão số 3 gây thiệt hại nặng.')).toEqual([]);
    expect(brief('Phường 3 Quận 5 ra quân dọn vệ sinh.')).toEqual([]);
    expect(brief('Tết 2026 sum vầy bên gia đình.')).toEqual([]);
    expect(brief('Lữ đoàn 229 tổ chức hội thao.')).toEqual([]);
  });

  it('only in Vietnamese: English copy counts nothing without a listed unit', () => {
    expect(brief('The council voted 9 to 2 to fund 40 water sensors.')).toEqual([]);
  });

  it('keeps listed non-units and decimals out', () => {
    expect(brief('Bước khởi đầu thuận lợi cho tăng trưởng 2 con số.')).toEqual([]);
    expect(brief('Chỉ số DXY ở mức 98,86 điểm.')).toEqual(['quantity «98,86 điểm» 98.86 điểm']);
  });
});

describe('money and units', () => {
  it('"đồng tiền" counts currencies; with a scale or in thousands it is money', () => {
    expect(brief('Đồng bạc xanh so với 6 đồng tiền chủ chốt.')).toEqual(['quantity «6 đồng tiền» 6 đồng tiền']);
    expect(brief('Bị cáo nộp 500 triệu đồng tiền mặt.')).toEqual(['money «500 triệu đồng» 500000000 VND']);
  });

  it('per-unit prices are money; the per-unit is not part of the figure', () => {
    expect(brief('Giá lúa 7.500 - 8.000 đồng/kg, thịt lợn 65 nghìn đồng/kg.')).toEqual([
      'money «7.500» 7500 VND', 'money «8.000 đồng» 8000 VND', 'money «65 nghìn đồng» 65000 VND',
    ]);
    expect(brief('Giá gạo xuất khẩu 650 USD/tấn, vốn FDI đạt 1,2 tỷ đô la Mỹ.')).toEqual([
      'money «650 USD» 650 USD', 'money «1,2 tỷ đô la Mỹ» 1200000000 USD',
    ]);
  });

  it('inches and degrees', () => {
    expect(brief('Smart tivi Samsung 50 inch giá từ 7 triệu đồng.')).toEqual(['quantity «50 inch» 50 inch', 'money «7 triệu đồng» 7000000 VND']);
    expect(brief('Nhiệt độ 28° - 35°C.')).toEqual(['quantity «28°» 28 °C', 'quantity «35°C» 35 °C']);
  });

  it('percentage points and "phần trăm"', () => {
    expect(brief('Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm, còn 3,5 phần trăm.')).toEqual(['percent «1,5 điểm phần trăm» 1.5 %', 'percent «3,5 phần trăm» 3.5 %']);
  });
});

describe('bare scaled amounts', () => {
  it('are money after verbs of giving, lending and fining, or per head / per priced good', () => {
    expect(brief('Mạnh thường quân ủng hộ 50 triệu, mỗi hộ được vay tối đa 100 triệu.')).toEqual(['money «50 triệu» 50000000 VND', 'money «100 triệu» 100000000 VND']);
    expect(brief('GRDP bình quân đạt 95 triệu/người, giá chè 25 nghìn/kg.')).toEqual(['money «95 triệu» 95000000 VND', 'money «25 nghìn» 25000 VND']);
  });

  it('stay quantities when they count ("1,2 triệu/năm" visitors, "100 triệu" people)', () => {
    expect(brief('Lượng khách đạt 1,2 triệu/năm, dân số khoảng 100 triệu.')).toEqual(['quantity «1,2 triệu» 1200000', 'quantity «khoảng 100 triệu» 100000000 ~about']);
  });
});

describe('approximations', () => {
  it('reads estimates and "give or take"', () => {
    expect(brief('Sản lượng ước 45.678 tấn, năng suất ngót 60 tạ/ha.')).toEqual(['quantity «ước 45.678 tấn» 45678 tấn ~about', 'quantity «ngót 60 tạ» 60 tạ ~under']);
    expect(brief('Có trên dưới 100 người tham gia.')).toEqual(['quantity «trên dưới 100 người» 100 người ~about']);
  });

  it('"trên" right after a figure means "per", not "over"', () => {
    expect(brief('Tỷ lệ mắc khoảng 5,6 ca trên 100.000 dân mỗi năm.')).toEqual(['quantity «khoảng 5,6 ca» 5.6 ca ~about', 'quantity «100.000 dân» 100000 dân']);
  });
});

describe('ratios written with words', () => {
  it('"x trong (số) y" before what is counted', () => {
    expect(brief('Có 3 trong số 5 dự án đã hoàn thành.')).toEqual(['ratio «3 trong số 5 dự án» 3/5']);
    expect(brief('Chọn 1 trong 2 hình thức sau.')).toEqual(['ratio «1 trong 2 hình thức» 1/2']);
  });

  it('not a rank ("thứ 2 trong 63 tỉnh") nor a bare "x trong y"', () => {
    expect(brief('Tỉnh xếp thứ 2 trong 63 tỉnh, thành.')).toEqual(['quantity «63 tỉnh» 63 tỉnh']);
    expect(brief('Ngày 1 trong 3 ngày hội diễn ra sôi nổi.')).toEqual(['quantity «3 ngày» 3 ngày']);
    expect(brief('Kết quả cho thấy 1 trong những địa phương dẫn đầu.')).toEqual([]);
  });
});

describe('dates', () => {
  it('a year at the end of a sentence ("Luật Đất đai năm 2024.")', () => {
    expect(brief('Theo quy định của Luật Đất đai năm 2024.')).toEqual(['date «năm 2024» 2024']);
    expect(brief('Hoàn thành trong năm 2023.')).toEqual(['date «năm 2023» 2023']);
  });

  it('consecutive years with a slash are a span, not a ratio', () => {
    expect(brief('Vụ Đông năm 2024/2025 đạt kết quả tốt.')).toEqual(['date «năm 2024» 2024', 'date «2025» 2025']);
  });

  it('T9/2013, Q3/2024, H1/2025 abbreviations of market news', () => {
    expect(brief('Qatar tăng hơn 45% từ (T9/2013-T9/2014).')).toEqual(['percent «hơn 45%» 45 % ~over', 'date «T9/2013» 2013-09', 'date «T9/2014» 2014-09']);
    expect(brief('Lợi nhuận Q3/2024 tăng, kế hoạch H1/2025.')).toEqual(['date «Q3/2024» 2024-Q3', 'date «H1/2025» 2025-H1']);
  });

  it('abbreviations out of range or inside a longer code stay codes', () => {
    expect(brief('Mẫu T13/2024 và mã PT9/2013 đã được cấp.')).toEqual([]);
  });

  it('a span of days without a year is dated by its first day', () => {
    expect(brief('Học sinh thi tốt nghiệp vào ngày 26-27/6.')).toEqual(['date «ngày 26-27/6» --06-26']);
    expect(brief('Kỳ thi diễn ra từ ngày 26 đến 27/6.')).toEqual(['date «ngày 26 đến 27/6» --06-26']);
    expect(brief('Hội nghị (12-13/6) tại huyện.')).toEqual(['date «12-13/6» --06-12']);
  });

  it('decades', () => {
    expect(brief('Trong thập niên 1990, huyện chỉ có 3 trường học.')).toEqual(['date «thập niên 1990» 1990', 'quantity «3 trường học» 3 trường học']);
  });
});

describe('documents', () => {
  it('a name stops at another capitalised type word', () => {
    expect(brief('Đã được quy định tại Nghị định số 88/2024/NĐ-CP.')).toEqual(['document «Nghị định số 88/2024/NĐ-CP» 88/2024/NĐ-CP']);
  });

  it('a code after "Số" is not a house number, whatever name comes before', () => {
    expect(brief('Giấy phép báo điện tử tiếng Việt, tiếng Anh Số 561/GP-BTTTT, cấp ngày 25-11-2022.')).toEqual([
      'document «561/GP-BTTTT» 561/GP-BTTTT', 'date «ngày 25-11-2022» 2022-11-25',
    ]);
  });
});

describe('non-figures', () => {
  it.each([
    ['match scores', 'Trận đấu kết thúc với tỷ số 2-1 nghiêng về đội chủ nhà, đội khách thua 0-3.'],
    ['copyright years', '© 2005-2026 Bản quyền thuộc về Báo điện tử Dân trí.'],
    ['copyright word', '© Copyright 2007 - 2026 - Công ty Cổ phần VCCorp.'],
    ['version numbers', 'Phiên bản 2.0 của ứng dụng đã được cập nhật.'],
    ['ordinals', 'Xung đột đã bước sang ngày thứ 6, Trung Quốc là nước lớn thứ 3.'],
  ])('%s', (_name, text) => {
    expect(brief(text)).toEqual([]);
  });

  it('a time of day after "hồi" or "vào"', () => {
    expect(brief('Vụ cháy xảy ra hồi 8 giờ, kéo dài trong 2 giờ.')).toEqual(['quantity «2 giờ» 2 giờ']);
  });

  it('"trong vòng" is a duration, "vòng 2" a round', () => {
    expect(brief('Báo cáo tài chính trong vòng 2 năm trước.')).toEqual(['quantity «2 năm» 2 năm']);
    expect(brief('Đội tuyển vào vòng 2 giải đấu.')).toEqual([]);
  });
});
