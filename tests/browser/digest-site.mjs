// Generated portal pages for the digest scenarios, answered by the test server (server.addHandler):
//   - the ARTICLES behind two real list pages of the corpus (baochinhphu.vn's "Chính sách mới" and the Hanoi
//     Department of Information's Liferay list): every same-site article link of those lists gets a generated
//     article page, so the popup's digest has real list markup and readable articles behind it;
//   - a district portal (muongkhuong.laocai.gov.vn) with a home page, a "Tin tức - Sự kiện" list, a search page
//     and their articles, in the markup such portals use (menu, featured story, list, "Tin xem nhiều" sidebar,
//     paging, footer);
//   - a hostile list (thu-nghiem.laocai.gov.vn/digest/tim-kiem?q=tin-tuc, a search results page): 5,000 links, links to other hosts and to
//     javascript:/data: URLs, and teasers whose article redirects to another site, answers 500, hangs, or is
//     itself a list page.
// Everything is deterministic: an article's text is chosen by a hash of its path, and `articleText(url)` gives the
// test the text the page holds, so a summary can be checked against the article it came from.

export const PORTAL = 'muongkhuong.laocai.gov.vn';
export const HOSTILE_HOST = 'thu-nghiem.laocai.gov.vn';

const SENTENCES = [
  'Tổng kinh phí thực hiện chương trình là 25 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 60%.',
  'Đến hết tháng 3, toàn huyện đã có 1.250 hộ dân được hỗ trợ cải tạo nhà ở và công trình vệ sinh.',
  'Ủy ban nhân dân huyện yêu cầu các xã rà soát, báo cáo kết quả trước ngày 15/5/2026.',
  'Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn đạt 98,5%, tăng 3,2 điểm phần trăm so với cùng kỳ.',
  'Hội nghị đã thống nhất nhiều giải pháp nâng cao chất lượng phục vụ người dân và doanh nghiệp.',
  'Các đơn vị được giao nhiệm vụ phải bố trí cán bộ trực 24/24 giờ trong những ngày cao điểm.',
  'Mỗi hộ nghèo được hỗ trợ 50 triệu đồng để xây mới nhà ở, hộ cận nghèo được hỗ trợ 30 triệu đồng.',
  'Diện tích trồng rừng mới năm nay đạt 350 ha, chủ yếu là quế, sa mộc và các loài cây bản địa.',
  'Lãnh đạo huyện đề nghị các cơ quan chuyên môn tăng cường kiểm tra, giám sát việc thực hiện tại cơ sở.',
  'Chương trình được triển khai tại 16 xã, thị trấn, ưu tiên các thôn bản đặc biệt khó khăn.',
  'Người dân có thể nộp hồ sơ trực tuyến trên Cổng dịch vụ công hoặc trực tiếp tại bộ phận một cửa.',
  'Kết quả này góp phần quan trọng vào việc hoàn thành các chỉ tiêu kinh tế - xã hội của năm.',
];

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** A headline from an article address's slug ("quy-dinh-moi-ve-dau-gia-…-1022602…htm" → "Quy dinh moi ve dau gia …"). */
function titleFromPath(pathname) {
  const slug = decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? 'bai-viet').replace(/\.\w+$/, '').replace(/^\d+-/, '');
  const words = slug.split('-').filter((w) => w && !/^\d{6,}$/.test(w));
  const text = words.join(' ') || 'Bài viết';
  return text[0].toUpperCase() + text.slice(1);
}

/** The paragraphs of the generated article at `url` (lead first). */
export function articleText(url) {
  const u = new URL(url);
  const h = hash(u.pathname);
  const pick = (i) => SENTENCES[(h + i * 5) % SENTENCES.length];
  const lead = `${pick(0)} ${pick(1)}`;
  const body = [0, 1, 2, 3, 4].map((p) => `${pick(2 + p * 2)} ${pick(3 + p * 2)} ${SENTENCES[(h + p) % SENTENCES.length]}`);
  return { title: titles.get(`${u.host}${u.pathname}`) ?? titleFromPath(u.pathname), lead, body };
}

/** Titles of the district portal's own articles (its list pages name them). */
const titles = new Map();

function articlePage(url, siteName) {
  const { title, lead, body } = articleText(url);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title} - ${siteName}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="${siteName}">
<meta property="article:published_time" content="2026-04-20T08:30:00+07:00"></head>
<body><div class="top"><a href="/">${siteName}</a></div><nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li></ul></nav>
<main><article class="detail"><h1 class="title">${title}</h1><div class="date">20/04/2026 08:30</div>
<p class="sapo"><strong>${lead}</strong></p><div class="content">${body.map((p) => `<p>${p}</p>`).join('\n')}</div>
<p class="author"><strong>Phòng Văn hóa và Thông tin</strong></p></article></main>
<footer><p>${siteName} — Địa chỉ: Thị trấn Mường Khương, tỉnh Lào Cai</p></footer></body></html>`;
}

/** The district portal's articles, newest first; `published` grows when a scenario publishes one. */
const PORTAL_ARTICLES = [
  ['hoi-nghi-ban-chap-hanh-dang-bo-huyen-lan-thu-15-1203611.html', 'Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15, nhiệm kỳ 2020 - 2025', '22/04/2026'],
  ['muong-khuong-ra-quan-trong-rung-san-xuat-1203600.html', 'Mường Khương ra quân trồng rừng sản xuất năm 2026 tại xã Bản Lầu', '20/04/2026'],
  ['kiem-tra-cong-tac-phong-chay-chua-chay-rung-1203588.html', 'Kiểm tra công tác phòng cháy, chữa cháy rừng mùa khô tại các xã vùng cao', '18/04/2026'],
  ['tap-huan-chuyen-doi-so-cho-can-bo-cap-xa-1203570.html', 'Tập huấn kỹ năng chuyển đổi số cho cán bộ, công chức cấp xã năm 2026', '15/04/2026'],
  ['trao-nha-dai-doan-ket-cho-ho-ngheo-1203551.html', 'Trao nhà Đại đoàn kết cho 15 hộ nghèo tại xã Thanh Bình và Lùng Vai', '12/04/2026'],
  ['giao-ban-khoi-dan-van-huyen-quy-i-1203530.html', 'Giao ban Khối dân vận huyện quý I năm 2026 và triển khai nhiệm vụ quý II', '08/04/2026'],
  ['hoi-thi-dan-van-kheo-cap-huyen-1203512.html', 'Hội thi “Dân vận khéo” cấp huyện thu hút 12 đội thi của các xã, thị trấn', '05/04/2026'],
  ['nghiem-thu-duong-giao-thong-nong-thon-1203498.html', 'Nghiệm thu 8 km đường giao thông nông thôn tại xã Pha Long và Tả Ngải Chồ', '02/04/2026'],
  ['ky-niem-ngay-thanh-lap-doan-1203480.html', 'Tuổi trẻ Mường Khương kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh', '26/03/2026'],
  ['cap-the-bao-hiem-y-te-cho-nguoi-dan-1203466.html', 'Cấp hơn 3.000 thẻ bảo hiểm y tế cho người dân vùng đặc biệt khó khăn', '22/03/2026'],
];
for (const [slug, title] of PORTAL_ARTICLES) titles.set(`${PORTAL}/tin-tuc/${slug}`, title);

function teaserList(articles, { thumbnails = true } = {}) {
  return articles
    .map(([slug, title, date], i) => `<div class="news-item">${thumbnails && i % 2 === 0 ? `<a href="/tin-tuc/${slug}"><img src="/Uploads/images/${slug.replace(/\.html$/, '')}.jpg" alt=""></a>` : ''}
  <h3><a href="/tin-tuc/${slug}">${title}</a></h3><span class="date">${date}</span>
  <p class="sapo">${SENTENCES[hash(slug) % SENTENCES.length]}</p></div>`)
    .join('\n');
}

const SIDEBAR = `<aside class="sidebar"><div class="box-xem-nhieu"><h2>Tin xem nhiều</h2><ul>
<li><a href="/tin-tuc/lich-tiep-cong-dan-dinh-ky-thang-4-1203001.html">Lịch tiếp công dân định kỳ của lãnh đạo UBND huyện tháng 4</a></li>
<li><a href="/tin-tuc/thong-bao-tuyen-dung-vien-chuc-giao-duc-1203002.html">Thông báo tuyển dụng viên chức giáo dục huyện Mường Khương năm 2026</a></li>
<li><a href="/tin-tuc/ket-qua-thi-hoc-sinh-gioi-cap-tinh-1203003.html">Kết quả thi học sinh giỏi cấp tỉnh của học sinh huyện Mường Khương</a></li>
</ul></div></aside>`;

function portalPage(title, main) {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="website"></head>
<body><header><div class="banner">Cổng thông tin điện tử huyện Mường Khương - Tỉnh Lào Cai</div><a href="/dang-nhap">Đăng nhập</a></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu chung về huyện Mường Khương</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo điều hành của huyện</a></li></ul></nav>
<div class="wrap"><main>${main}</main>${SIDEBAR}</div>
<footer><p>Cổng thông tin điện tử huyện Mường Khương. Địa chỉ: Thị trấn Mường Khương - Điện thoại: 0214.3881.234</p>
<p><a href="/so-do-cong-thong-tin-dien-tu">Sơ đồ cổng thông tin điện tử huyện Mường Khương</a></p></footer></body></html>`;
}

export function createDigestSite() {
  const state = { published: [] };
  const articles = () => [...state.published, ...PORTAL_ARTICLES];

  const listPage = () =>
    portalPage('Tin tức - Sự kiện - Cổng thông tin điện tử huyện Mường Khương', `<h1 class="cate-title">Tin tức - Sự kiện</h1>
<div class="list-news">${teaserList(articles())}</div>
<div class="paging"><a href="/tin-tuc?page=1">1</a> <a href="/tin-tuc?page=2">2</a> <a href="/tin-tuc?page=2">Trang sau</a></div>`);

  const homePage = () => {
    const [first, ...rest] = articles();
    return portalPage('Cổng thông tin điện tử huyện Mường Khương', `<section class="hot-news"><article class="featured">
<a href="/tin-tuc/${first[0]}"><img src="/Uploads/images/featured.jpg" alt=""></a><h2><a href="/tin-tuc/${first[0]}">${first[1]}</a></h2>
<p>${SENTENCES[1]} ${SENTENCES[4]}</p></article></section>
<section class="box-news"><h2><a href="/tin-tuc">Tin tức - Sự kiện</a></h2><ul>${rest.slice(0, 5).map(([slug, title, date]) => `<li><a href="/tin-tuc/${slug}">${title}</a> <span>(${date})</span></li>`).join('')}</ul></section>`);
  };

  const searchPage = () =>
    portalPage('Tìm kiếm - Cổng thông tin điện tử huyện Mường Khương', `<h1>Kết quả tìm kiếm: “rừng”</h1><p>Tìm thấy 3 kết quả.</p>
<ul class="search-result">${[PORTAL_ARTICLES[1], PORTAL_ARTICLES[2], PORTAL_ARTICLES[7]].map(([slug, title, date]) => `<li><a href="/tin-tuc/${slug}">${title}</a><p>${date} — ${SENTENCES[hash(slug) % SENTENCES.length]}</p></li>`).join('')}</ul>`);

  const hostileTeasers = [
    ['/digest/bai/hop-ban-chi-dao-phong-chong-thien-tai-1300001.html', 'Họp Ban Chỉ đạo phòng chống thiên tai và tìm kiếm cứu nạn của huyện'],
    ['/digest/chuyen-huong/bai-bi-chuyen-sang-trang-khac-1300002.html', 'Bài bị chuyển sang một trang web khác khi mở ra'],
    ['/digest/loi-500/bai-may-chu-bao-loi-1300003.html', 'Bài mà máy chủ báo lỗi khi có người mở ra đọc'],
    ['/digest/treo/bai-may-chu-khong-tra-loi-1300004.html', 'Bài mà máy chủ nhận yêu cầu nhưng không bao giờ trả lời'],
    ['/digest/danh-sach/chuyen-muc-tin-tuc-khac-1300005.html', 'Một chuyên mục khác chứ không phải một bài viết'],
  ];
  const hostilePage = () => {
    const junk = [];
    for (let i = 0; i < 5000; i++) {
      if (i % 5 === 0) junk.push(`<a href="http://quang-cao.example.com/${i}">Quảng cáo trên một trang web khác số ${i} rất hấp dẫn</a>`);
      else if (i % 5 === 1) junk.push(`<a href="javascript:fetch('http://${HOSTILE_HOST}/__report?js=${i}')">Liên kết chạy mã javascript số ${i} trong trang</a>`);
      else if (i % 5 === 2) junk.push(`<a href="data:text/html,<script>alert(${i})</script>">Liên kết dữ liệu data số ${i} mở ra một trang</a>`);
      else junk.push(`<a href="/digest/trang/${i}">${i}</a>`);
    }
    return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Trang thử nghiệm</title></head><body>
<nav><a href="/">Trang chủ</a></nav><main><h1>Tin tức</h1><ul class="list">${hostileTeasers.map(([href, title], i) => `<li><a href="${href}">${title}</a> <span>${10 + i}/04/2026</span></li>`).join('')}</ul>
<div class="links">${junk.join(' ')}</div></main></body></html>`;
  };

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers });
    res.end(body);
    return status;
  };

  /** The server route: answers the URLs of the generated sites, passes (0) on everything else. */
  function route(url, _req, res) {
    const host = url.host.toLowerCase();
    const p = url.pathname;
    if (host === PORTAL) {
      if (p === '/' && !url.search) return send(res, 200, homePage());
      if (p === '/tin-tuc') return send(res, 200, listPage());
      if (p === '/tim-kiem') return send(res, 200, searchPage());
      if (p.startsWith('/tin-tuc/') && p.endsWith('.html')) return send(res, 200, articlePage(url.href, 'Cổng thông tin điện tử huyện Mường Khương'));
      return 0;
    }
    if (host === HOSTILE_HOST && p.startsWith('/digest/')) {
      if (p === '/digest/tim-kiem') return send(res, 200, hostilePage());
      if (p.startsWith('/digest/bai/')) return send(res, 200, articlePage(url.href, 'Trang thử nghiệm'));
      if (p.startsWith('/digest/chuyen-huong/')) return send(res, 302, '', { location: 'http://trang-khac.example.com/bai-viet.html' });
      if (p.startsWith('/digest/loi-500/')) return send(res, 500, '<h1>Lỗi máy chủ</h1>');
      if (p.startsWith('/digest/treo/')) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write('<!DOCTYPE html><html><head><title>');
        return 200; // never ends
      }
      if (p.startsWith('/digest/danh-sach/')) return send(res, 200, listPage().replaceAll('href="/tin-tuc/', `href="http://${HOSTILE_HOST}/digest/bai/`));
      return send(res, 404, 'not found');
    }
    // The articles behind the two corpus lists: any article-like page of their sites.
    if ((host === 'baochinhphu.vn' && /-\d{10,}\.htm$/.test(p)) || (host === 'sotttt.hanoi.gov.vn' && p.includes('/-/view_content/'))) {
      return send(res, 200, articlePage(url.href, host === 'baochinhphu.vn' ? 'Báo Điện tử Chính phủ' : 'Sở Thông tin và Truyền thông Hà Nội'));
    }
    return 0;
  }

  return {
    route,
    state,
    listUrl: `http://${PORTAL}/tin-tuc`,
    homeUrl: `http://${PORTAL}/`,
    searchUrl: `http://${PORTAL}/tim-kiem?q=r%E1%BB%ABng`,
    // Served as a search results page: the gate refuses it by its address whatever the machine's speed (read in
    // full, a page of 5,000 links can pass the gate as one long article).
    hostileUrl: `http://${HOSTILE_HOST}/digest/tim-kiem?q=tin-tuc`,
    portalArticles: PORTAL_ARTICLES,
    hostileTeasers,
    /** Puts a new article at the top of the list and home pages (as the portal's editor would). */
    publish(slug, title, date) {
      titles.set(`${PORTAL}/tin-tuc/${slug}`, title);
      state.published.unshift([slug, title, date]);
    },
  };
}
