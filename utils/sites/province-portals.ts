// The provinces' and central cities' own portals live at "<province>.gov.vn" and are often saved from pages that
// carry no site name, so the library showed a bare "daknong.gov.vn". Only the portal host itself is named
// here: a department or district under it ("sotttt.hanoi.gov.vn", "baothang.laocai.gov.vn") is another
// publisher, and its pages name themselves.

/** Host label → the province's name as its portal writes it ("tỉnh Đắk Nông", "thành phố Hà Nội"). */
const PROVINCES: Record<string, string> = {
  hanoi: 'thành phố Hà Nội',
  hochiminhcity: 'Thành phố Hồ Chí Minh',
  haiphong: 'thành phố Hải Phòng',
  danang: 'thành phố Đà Nẵng',
  cantho: 'thành phố Cần Thơ',
  hue: 'thành phố Huế',
  thuathienhue: 'tỉnh Thừa Thiên Huế',
  angiang: 'tỉnh An Giang',
  bariavungtau: 'tỉnh Bà Rịa - Vũng Tàu',
  bacgiang: 'tỉnh Bắc Giang',
  backan: 'tỉnh Bắc Kạn',
  baclieu: 'tỉnh Bạc Liêu',
  bacninh: 'tỉnh Bắc Ninh',
  bentre: 'tỉnh Bến Tre',
  binhdinh: 'tỉnh Bình Định',
  binhduong: 'tỉnh Bình Dương',
  binhphuoc: 'tỉnh Bình Phước',
  binhthuan: 'tỉnh Bình Thuận',
  camau: 'tỉnh Cà Mau',
  caobang: 'tỉnh Cao Bằng',
  daklak: 'tỉnh Đắk Lắk',
  daknong: 'tỉnh Đắk Nông',
  dienbien: 'tỉnh Điện Biên',
  dongnai: 'tỉnh Đồng Nai',
  dongthap: 'tỉnh Đồng Tháp',
  gialai: 'tỉnh Gia Lai',
  hagiang: 'tỉnh Hà Giang',
  hanam: 'tỉnh Hà Nam',
  hatinh: 'tỉnh Hà Tĩnh',
  haiduong: 'tỉnh Hải Dương',
  haugiang: 'tỉnh Hậu Giang',
  hoabinh: 'tỉnh Hòa Bình',
  hungyen: 'tỉnh Hưng Yên',
  khanhhoa: 'tỉnh Khánh Hòa',
  kiengiang: 'tỉnh Kiên Giang',
  kontum: 'tỉnh Kon Tum',
  laichau: 'tỉnh Lai Châu',
  lamdong: 'tỉnh Lâm Đồng',
  langson: 'tỉnh Lạng Sơn',
  laocai: 'tỉnh Lào Cai',
  longan: 'tỉnh Long An',
  namdinh: 'tỉnh Nam Định',
  nghean: 'tỉnh Nghệ An',
  ninhbinh: 'tỉnh Ninh Bình',
  ninhthuan: 'tỉnh Ninh Thuận',
  phutho: 'tỉnh Phú Thọ',
  phuyen: 'tỉnh Phú Yên',
  quangbinh: 'tỉnh Quảng Bình',
  quangnam: 'tỉnh Quảng Nam',
  quangngai: 'tỉnh Quảng Ngãi',
  quangninh: 'tỉnh Quảng Ninh',
  quangtri: 'tỉnh Quảng Trị',
  soctrang: 'tỉnh Sóc Trăng',
  sonla: 'tỉnh Sơn La',
  tayninh: 'tỉnh Tây Ninh',
  thaibinh: 'tỉnh Thái Bình',
  thainguyen: 'tỉnh Thái Nguyên',
  thanhhoa: 'tỉnh Thanh Hóa',
  tiengiang: 'tỉnh Tiền Giang',
  travinh: 'tỉnh Trà Vinh',
  tuyenquang: 'tỉnh Tuyên Quang',
  vinhlong: 'tỉnh Vĩnh Long',
  vinhphuc: 'tỉnh Vĩnh Phúc',
  yenbai: 'tỉnh Yên Bái',
};

/** "daknong.gov.vn" → "Cổng thông tin điện tử tỉnh Đắk Nông"; any other host → null. */
export function provincePortalName(host: string): string | null {
  const m = /^(?:www\.)?([a-z]+)\.gov\.vn$/.exec(host.toLowerCase());
  const province = m ? PROVINCES[m[1]!] : undefined;
  return province ? `Cổng thông tin điện tử ${province}` : null;
}
