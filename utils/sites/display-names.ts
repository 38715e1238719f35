// The name a site gives itself, for hosts whose pages carry none or an unhelpful one (og:site_name "cafef",
// "TUOI TRE ONLINE"). Government portals name themselves well in their pages, so only national papers and
// portals are listed; a subdomain (m.vnexpress.net) takes its parent's name.
const KNOWN_SITE_NAMES: Record<string, string> = {
  'baochinhphu.vn': 'Báo Điện tử Chính phủ',
  'chinhphu.vn': 'Cổng Thông tin điện tử Chính phủ',
  'vpcp.chinhphu.vn': 'Văn phòng Chính phủ',
  'vbpl.vn': 'Cơ sở dữ liệu quốc gia về văn bản pháp luật',
  'dangcongsan.vn': 'Báo điện tử Đảng Cộng sản Việt Nam',
  'nhandan.vn': 'Báo Nhân Dân',
  'qdnd.vn': 'Báo Quân đội nhân dân',
  'cand.com.vn': 'Báo Công an nhân dân',
  'vnexpress.net': 'VnExpress',
  'tuoitre.vn': 'Tuổi Trẻ Online',
  'thanhnien.vn': 'Thanh Niên',
  'dantri.com.vn': 'Dân trí',
  'vietnamnet.vn': 'VietNamNet',
  'nld.com.vn': 'Người Lao Động',
  'laodong.vn': 'Lao Động',
  'tienphong.vn': 'Tiền Phong',
  'cafef.vn': 'CafeF',
  'baodautu.vn': 'Báo Đầu tư',
  'vietnamplus.vn': 'VietnamPlus',
  'vov.vn': 'VOV',
  'vtv.vn': 'VTV',
  'znews.vn': 'Znews',
  'baomoi.com': 'Báo Mới',
  'kinhtedothi.vn': 'Kinh tế & Đô thị',
  'hanoimoi.vn': 'Hà Nội Mới',
  'sggp.org.vn': 'Sài Gòn Giải Phóng',
  'plo.vn': 'Pháp Luật TP.HCM',
  'vneconomy.vn': 'VnEconomy',
  'tapchicongsan.org.vn': 'Tạp chí Cộng sản',
  'mattran.org.vn': 'Mặt trận Tổ quốc Việt Nam',
  'quochoi.vn': 'Quốc hội Việt Nam',
  'thuvienphapluat.vn': 'Thư Viện Pháp Luật',
  'baolaocai.vn': 'Báo Lào Cai',
  'baodaknong.vn': 'Báo Đắk Nông',
  'baoyenbai.com.vn': 'Báo Yên Bái',
  'baoquangninh.vn': 'Báo Quảng Ninh',
  'baothanhhoa.vn': 'Báo Thanh Hóa',
  'baonghean.vn': 'Báo Nghệ An',
  'baodanang.vn': 'Báo Đà Nẵng',
  'baocantho.com.vn': 'Báo Cần Thơ',
};

/** The known name of `host` or of a parent domain, else null. */
export function knownSiteName(host: string): string | null {
  const parts = host.toLowerCase().replace(/^www\./, '').split('.');
  for (let i = 0; i < parts.length - 1; i++) {
    const name = KNOWN_SITE_NAMES[parts.slice(i).join('.')];
    if (name) return name;
  }
  return null;
}
