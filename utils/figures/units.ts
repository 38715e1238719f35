// What may follow a number: currencies, "%", measurement units and counted nouns. A Vietnamese numeral
// stands directly before what it counts or measures ("14 ban", "219,2m3", "1,6 tỷ đồng"), so the word after
// the number decides the figure's kind.
import { type Token, PhraseTable, glued, sameLine } from './tokens';

export type UnitClass = 'money' | 'percent' | 'measure' | 'count' | 'none';

export interface Unit {
  cls: UnitClass;
  /** Normalised unit: 'VND', 'USD', '%', 'm²', 'km', 'tấn'… or the counted noun itself. */
  unit: string;
}

export interface UnitMatch extends Unit {
  /** Token index after the unit (exclusive). */
  end: number;
}

const money = (unit: string): Unit => ({ cls: 'money', unit });
const measure = (unit: string): Unit => ({ cls: 'measure', unit });

const MONEY: [string, Unit][] = [
  ['đồng', money('VND')],
  ['đ', money('VND')],
  ['vnđ', money('VND')],
  ['vnd', money('VND')],
  ['usd', money('USD')],
  ['đô la', money('USD')],
  ['đô la mỹ', money('USD')],
  ['đô-la', money('USD')],
  ['đô-la mỹ', money('USD')],
  ['đôla', money('USD')],
  ['euro', money('EUR')],
  ['eur', money('EUR')],
  ['nhân dân tệ', money('CNY')],
  ['yên nhật', money('JPY')],
];

// Measurement units, normalised. Single letters other than "m" are too ambiguous when spaced ("5 l" is
// rare, "5 g" can be a label), so "l" and "g" are only read when glued to the number ("2l", "500g").
const MEASURE: [string, Unit][] = [
  ['mm', measure('mm')],
  ['cm', measure('cm')],
  ['m', measure('m')],
  ['mét', measure('m')],
  ['km', measure('km')],
  ['ki-lô-mét', measure('km')],
  ['kilômét', measure('km')],
  ['cây số', measure('km')],
  ['ha', measure('ha')],
  ['héc-ta', measure('ha')],
  ['hécta', measure('ha')],
  ['hecta', measure('ha')],
  ['héc ta', measure('ha')],
  ['sào', measure('sào')],
  ['mẫu', measure('mẫu')],
  ['tấn', measure('tấn')],
  ['tạ', measure('tạ')],
  ['yến', measure('yến')],
  ['kg', measure('kg')],
  ['ki-lô-gam', measure('kg')],
  ['kilôgam', measure('kg')],
  ['gam', measure('g')],
  ['lít', measure('lít')],
  ['ml', measure('ml')],
  ['kw', measure('kW')],
  ['kwh', measure('kWh')],
  ['mw', measure('MW')],
  ['mwh', measure('MWh')],
  ['gw', measure('GW')],
  ['kv', measure('kV')],
  ['độ c', measure('°C')],
  // Weather boxes write "28° - 29°" and "35°C"; in news a bare degree sign after a number is a temperature.
  ['°c', measure('°C')],
  ['°', measure('°C')],
  // Screens and TVs ("Smart tivi Samsung 50 inch", dantri.com.vn product boxes).
  ['inch', measure('inch')],
  ['ngày công', measure('ngày công')],
  ['ngày', measure('ngày')],
  ['tuần', measure('tuần')],
  ['tháng', measure('tháng')],
  ['năm', measure('năm')],
  ['giờ', measure('giờ')],
  ['phút', measure('phút')],
  ['giây', measure('giây')],
  ['tuổi', measure('tuổi')],
];

// Counted nouns: what a district portal counts. People and households, administrative units, organisations,
// works and projects, livestock and crops, events and documents. The noun is the figure's unit; multi-word
// nouns are listed where the first word alone would count something else ("suất quà", "đồng chí").
const COUNTED = [
  // people
  'người', 'người dân', 'hộ', 'hộ dân', 'hộ gia đình', 'nhân khẩu', 'khẩu', 'lao động', 'công nhân', 'cán bộ',
  'công chức', 'viên chức', 'đảng viên', 'đoàn viên', 'hội viên', 'thanh niên', 'thiếu nhi', 'học sinh',
  'sinh viên', 'giáo viên', 'học viên', 'bác sĩ', 'y bác sĩ', 'nhân viên', 'bệnh nhân', 'ca', 'trẻ', 'trẻ em',
  'cháu', 'thí sinh', 'đại biểu', 'chiến sĩ', 'đồng chí', 'tình nguyện viên', 'vận động viên', 'nghệ nhân',
  'khách', 'du khách', 'hành khách', 'lượt khách', 'đối tượng', 'bị cáo', 'cá nhân', 'tập thể', 'gia đình',
  'thành viên', 'hộ kinh doanh', 'cử tri', 'nông dân', 'hội thẩm', 'phạm nhân', 'người lao động',
  // administrative units and places
  'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh', 'tỉnh thành', 'thôn', 'xóm',
  'bản', 'làng', 'ấp', 'buôn', 'khu phố', 'tổ dân phố', 'khu dân cư', 'địa phương', 'đơn vị hành chính', 'điểm',
  'địa điểm',
  // organisations
  'ban', 'tổ', 'đội', 'nhóm', 'chi bộ', 'đảng bộ', 'tổ chức', 'cơ quan', 'đơn vị', 'doanh nghiệp',
  'hợp tác xã', 'htx', 'tổ hợp tác', 'cơ sở', 'câu lạc bộ', 'clb', 'trường', 'trường học', 'lớp', 'điểm trường', 'trạm',
  'trạm y tế', 'bệnh viện', 'chợ', 'làng nghề', 'cụm', 'cụm công nghiệp', 'khu công nghiệp', 'chi hội',
  // works, buildings, things
  'công trình', 'dự án', 'hạng mục', 'tuyến', 'tuyến đường', 'cây cầu', 'cầu', 'cống', 'kênh', 'đập', 'hồ chứa',
  'giếng', 'bể', 'nhà', 'căn nhà', 'ngôi nhà', 'nhà ở', 'căn', 'căn hộ', 'phòng', 'phòng học', 'nhà văn hóa',
  'ô tô', 'xe', 'chiếc', 'phương tiện', 'máy', 'thiết bị', 'máy tính', 'camera', 'bộ', 'cái', 'thẻ', 'sổ',
  'giấy chứng nhận', 'tài khoản', 'liều', 'liều vắc xin', 'mũi', 'mũi tiêm', 'sản phẩm', 'mặt hàng',
  'gian hàng', 'suất', 'suất quà', 'phần quà', 'món quà', 'quà', 'cuốn', 'quyển', 'tờ', 'tấm', 'lá cờ',
  'bình', 'bao', 'thùng', 'hộp', 'di tích', 'thửa', 'thửa đất', 'lô', 'mộ',
  // livestock and crops
  // Compounds whose first syllable alone means something else ("trang" is a page, "hình" a picture); other
  // unlisted nouns are counted by their first syllable (see counted.ts).
  'trang trại', 'gia trại', 'hình thức', 'đầu mối', 'nhà đầu tư', 'nhà máy', 'nhà khoa học', 'nhà báo',
  'nhà hàng', 'nhà xưởng', 'nhà thầu', 'nhà trẻ',
  'con', 'con gia súc', 'gia súc', 'gia cầm', 'cây', 'cây xanh', 'cây giống', 'cây ăn quả', 'gốc', 'quả',
  'đàn', 'lồng', 'ao', 'tổ ong', 'bông', 'bó', 'cành',
  // markets
  'cổ phiếu', 'cổ phần', 'phiên', 'hợp đồng', 'lượng',
  // events, cases, documents, work
  'vụ', 'vụ việc', 'vụ án', 'trường hợp', 'lượt', 'lượt người', 'lượt truy cập', 'lần', 'cuộc', 'buổi',
  'hội nghị', 'đợt', 'lớp tập huấn', 'chương trình', 'mô hình', 'tiêu chí', 'chỉ tiêu', 'nhiệm vụ',
  'giải pháp', 'nội dung', 'giải', 'huy chương', 'tác phẩm', 'bài', 'bài viết', 'tin', 'tin bài', 'văn bản',
  'hồ sơ', 'thủ tục', 'thủ tục hành chính', 'đơn', 'đơn thư', 'ý kiến', 'kiến nghị', 'câu hỏi', 'sự kiện',
  'lễ hội', 'hoạt động', 'phong trào', 'đề tài', 'sáng kiến', 'việc làm', 'chuyến', 'tiết mục', 'đội hình',
  'gương', 'điển hình', 'nghị quyết', 'quyết định', 'kế hoạch', 'chỉ thị', 'báo cáo', 'tờ trình', 'đề án',
  'thông báo', 'công văn', 'luật', 'nghị định', 'thông tư',
  // "6 đồng tiền chủ chốt" (dantri.com.vn, currencies of the dollar index): the longer noun beats "đồng" = VND.
  'đồng tiền',
];

const UNITS = new PhraseTable<Unit>([
  ...MONEY,
  ...MEASURE,
  ...COUNTED.map((noun): [string, Unit] => [noun, { cls: 'count', unit: noun }]),
  ['%', { cls: 'percent', unit: '%' }],
  ['phần trăm', { cls: 'percent', unit: '%' }],
  // Percentage points: "tăng 2 điểm phần trăm" is a change of a percentage.
  ['điểm phần trăm', { cls: 'percent', unit: '%' }],
  // Phrases that start like a unit but are not one: "tăng trưởng 2 con số" (two-digit growth).
  ['con số', { cls: 'none', unit: '' }],
]);

// Words that share a first syllable with a unit but are not one: "đồng thời", "đồng ý" follow a number in
// "năm 2023 đồng thời…" only by accident; "ngày" in "2 ngày công" is handled by the longer phrase.
const NOT_MONEY_AFTER_DONG = new Set(['thời', 'ý', 'hành', 'thuận', 'lòng', 'tâm', 'bộ', 'loạt', 'đều', 'thanh', 'nghiệp', 'hương', 'môn', 'hồ', 'ruộng', 'bằng', 'dao']);

const SUPERSCRIPT: Record<string, string> = { '2': '²', '3': '³', '²': '²', '³': '³' };

/**
 * The unit starting at token i, right after a number. `numEnd` is the number's last token, so we know whether
 * the unit is glued to it ("219,2m3", "3m"). Returns the widest unit: "m3" → m³, "ngày công", "đô la Mỹ".
 */
/** True when the words at token i are a listed non-unit ("con số"): nothing after the number is counted. */
export function startsNonUnit(tokens: Token[], i: number): boolean {
  return UNITS.match(tokens, i)?.value.cls === 'none';
}

export function matchUnit(tokens: Token[], i: number): UnitMatch | null {
  if (!sameLine(tokens, i)) return null;
  const t = tokens[i]!;
  const isGlued = glued(tokens, i);
  // Glued single letters the table leaves out: "2l" (lít), "500g" (gam).
  if (isGlued && t.type === 'word' && (t.lower === 'l' || t.lower === 'g')) {
    return { cls: 'measure', unit: t.lower === 'l' ? 'lít' : 'g', end: i + 1 };
  }
  const m = UNITS.match(tokens, i);
  if (!m) return null;
  const u = m.value;
  if (u.cls === 'none') return null;
  if (u.unit === 'VND' && t.lower === 'đồng' && NOT_MONEY_AFTER_DONG.has(tokens[m.end]?.lower ?? '')) return null;
  // Squares and cubes: "m2", "m²", "km2", "m 3" is not one. The digit must touch the letter.
  if ((u.unit === 'm' || u.unit === 'km' || u.unit === 'cm') && m.end === i + 1) {
    const sup = tokens[i + 1];
    const after = tokens[i + 2];
    const closed = !after || !glued(tokens, i + 2) || after.type === 'sym';
    if (sup && glued(tokens, i + 1) && SUPERSCRIPT[sup.text] && closed) {
      return { cls: 'measure', unit: u.unit + SUPERSCRIPT[sup.text], end: i + 2 };
    }
    if (sup && glued(tokens, i + 1) && (sup.type === 'num' || sup.type === 'word')) return null; // "m2a": a code
  }
  return { ...u, end: m.end };
}
