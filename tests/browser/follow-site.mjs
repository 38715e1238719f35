// Generated portal pages for the follow scenarios (scenarios-follow.mjs), answered by the test server
// (server.addHandler):
//   - a district portal's "Tin tức - Sự kiện" list (batxat.laocai.gov.vn) that answers conditional requests
//     (ETag → 304 when nothing changed) and gets a new article when the scenario publishes one, with the
//     articles behind it;
//   - hostile lists under thu-nghiem.laocai.gov.vn/theo-doi/…, each normal when followed and hostile after
//     `turnHostile()`: a list drowned in 5,000 links (other hosts, javascript:, data:) that also gets one real new
//     article, a redirect to another site, a 500, a hang, a template change (every link different), a rotating
//     "random news" box beside a stable list, and twelve new articles at once.
// Deterministic, except the rotating box, whose links change at every request (that is what it is for).

export const FOLLOW_PORTAL = 'batxat.laocai.gov.vn';
export const FOLLOW_HOSTILE_HOST = 'thu-nghiem.laocai.gov.vn';

const PARAGRAPHS = [
  'Ủy ban nhân dân huyện Bát Xát tổ chức hội nghị tổng kết công tác năm và triển khai nhiệm vụ trọng tâm của năm tới.',
  'Tổng kinh phí thực hiện là 12 tỷ đồng, trong đó ngân sách tỉnh hỗ trợ 70%, phần còn lại do huyện và người dân đóng góp.',
  'Đến nay toàn huyện đã có 1.120 hộ dân được hỗ trợ làm nhà ở, vượt 12% kế hoạch đề ra.',
  'Lãnh đạo huyện yêu cầu các xã rà soát, báo cáo kết quả thực hiện trước ngày 30/6/2026 để tổng hợp.',
  'Các cơ quan chuyên môn tăng cường kiểm tra, hướng dẫn người dân thực hiện đúng quy trình kỹ thuật.',
  'Chương trình được triển khai tại 21 xã, thị trấn, ưu tiên các thôn bản đặc biệt khó khăn vùng biên giới.',
];

function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

const titles = new Map();

/** The paragraphs of the generated article at `url` (what a summary must be taken from). */
export function followArticleText(url) {
  const h = hash(new URL(url).pathname);
  return [0, 1, 2, 3].map((i) => `${PARAGRAPHS[(h + i) % PARAGRAPHS.length]} ${PARAGRAPHS[(h + i + 2) % PARAGRAPHS.length]}`);
}

function articlePage(url) {
  const u = new URL(url);
  const title = titles.get(`${u.host}${u.pathname}`) ?? 'Tin hoạt động của Ủy ban nhân dân huyện Bát Xát trong tuần';
  const paragraphs = followArticleText(url);
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Cổng thông tin điện tử huyện Bát Xát">
<meta property="article:published_time" content="2026-05-02T08:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> <a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></nav>
<main><article><h1>${title}</h1><div class="date">02/05/2026 08:00</div>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer>Cổng thông tin điện tử huyện Bát Xát</footer></body></html>`;
}

const ARTICLES = [
  ['hoi-nghi-tong-ket-cong-tac-dan-van-nam-2025-1401120.html', 'Hội nghị tổng kết công tác dân vận năm 2025 của huyện Bát Xát', '28/04/2026'],
  ['bat-xat-trien-khai-trong-cay-xanh-dau-xuan-1401105.html', 'Bát Xát triển khai Tết trồng cây đời đời nhớ ơn Bác Hồ năm 2026', '25/04/2026'],
  ['kiem-tra-tien-do-xay-dung-truong-hoc-vung-cao-1401090.html', 'Kiểm tra tiến độ xây dựng trường học tại các xã vùng cao biên giới', '22/04/2026'],
  ['tap-huan-nghiep-vu-mot-cua-cho-can-bo-xa-1401071.html', 'Tập huấn nghiệp vụ một cửa cho cán bộ, công chức cấp xã năm 2026', '19/04/2026'],
  ['trao-qua-cho-hoc-sinh-ngheo-vuot-kho-1401050.html', 'Trao 200 suất quà cho học sinh nghèo vượt khó tại xã Y Tý và A Mú Sung', '15/04/2026'],
  ['giao-ban-cong-tac-quoc-phong-quy-i-1401032.html', 'Giao ban công tác quốc phòng, quân sự địa phương quý I năm 2026', '11/04/2026'],
  ['nghiem-thu-cong-trinh-nuoc-sinh-hoat-1401018.html', 'Nghiệm thu công trình nước sinh hoạt tập trung tại thôn Tả Câu Ngài', '08/04/2026'],
  ['hoi-thao-phat-trien-du-lich-cong-dong-1401004.html', 'Hội thảo phát triển du lịch cộng đồng gắn với bảo tồn văn hóa dân tộc', '04/04/2026'],
];

function teaserItems(host, base, articles) {
  for (const [slug, title] of articles) titles.set(`${host}${base}/${slug}`, title);
  return articles
    .map(([slug, title, date]) => `<div class="news-item"><h3><a href="${base}/${slug}">${title}</a></h3><span class="date">${date}</span>
<p class="sapo">${PARAGRAPHS[hash(slug) % PARAGRAPHS.length]}</p></div>`)
    .join('\n');
}

function listPage(title, main) {
  return `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="website"></head>
<body><header><div class="banner">Cổng thông tin điện tử huyện Bát Xát - Tỉnh Lào Cai</div></header>
<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu chung về huyện Bát Xát</a></li><li><a href="/tin-tuc-su-kien">Tin tức - Sự kiện</a></li></ul></nav>
<div class="wrap"><main><h1 class="cate-title">${title}</h1>${main}</main></div>
<div class="paging"><a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">Trang sau</a></div>
<footer><p>Cổng thông tin điện tử huyện Bát Xát. Địa chỉ: Thị trấn Bát Xát, tỉnh Lào Cai</p></footer></body></html>`;
}

/** Eight article rows for a hostile page, named after it (`n` shifts them: other articles, same page). */
function rows(name, n = 0, count = 8) {
  const words = ['họp', 'kiểm tra', 'tập huấn', 'trao quà', 'nghiệm thu', 'hội thảo', 'giao ban', 'khai mạc', 'tổng kết', 'phát động', 'ra quân', 'tuyên truyền'];
  const out = [];
  for (let i = 0; i < count; i++) {
    const k = n + i;
    out.push([`${name}-bai-so-${k}-1500${String(k).padStart(3, '0')}.html`, `Tin ${words[k % words.length]} số ${k} của trang ${name} trong tháng năm`, `${String(1 + (k % 28)).padStart(2, '0')}/05/2026`]);
  }
  return out;
}

export function createFollowSite() {
  const state = { published: [], hostile: false, conditional: { asked: 0, notModified: 0 }, rotation: 0 };
  const listUrl = `http://${FOLLOW_PORTAL}/tin-tuc-su-kien`;
  const mainList = () => listPage('Tin tức - Sự kiện', `<div class="list-news">${teaserItems(FOLLOW_PORTAL, '/tin-tuc-su-kien', [...state.published, ...ARTICLES])}</div>`);

  const H = FOLLOW_HOSTILE_HOST;
  const list = (name, articles, extra = '') =>
    listPage(`Tin tức - ${name}`, `<div class="list-news">${teaserItems(H, `/theo-doi/${name}`, articles)}</div>${extra}`);
  const junk = () => {
    const out = [];
    for (let i = 0; i < 5000; i++) {
      if (i % 4 === 0) out.push(`<a href="http://quang-cao.example.com/bai-${i}.html">Quảng cáo trên một trang web khác số ${i} rất hấp dẫn</a>`);
      else if (i % 4 === 1) out.push(`<a href="javascript:fetch('http://${H}/__report?follow-js=${i}')">Liên kết chạy mã javascript số ${i} trong trang này</a>`);
      else if (i % 4 === 2) out.push(`<a href="data:text/html,<script>alert(${i})</script>">Liên kết dữ liệu data số ${i} mở ra một trang khác</a>`);
      else out.push(`<a href="/theo-doi/trang/${i}">${i}</a>`);
    }
    return `<div class="links">${out.join(' ')}</div>`;
  };
  /** A "random news" box: five links of the same markup, different at every request. */
  const rotatingBox = () => {
    state.rotation++;
    return `<div class="box-khac">${teaserItems(H, '/theo-doi/ngau-nhien', rows('ngau-nhien-hop', 100 + state.rotation * 5, 5))}</div>`;
  };
  /** name → [page before, page after turnHostile()]; null after = an answer written by `route` itself. */
  const hostilePages = {
    'nam-nghin': () => (state.hostile ? list('nam-nghin', [rows('nam-nghin', 50, 1)[0], ...rows('nam-nghin')], junk()) : list('nam-nghin', rows('nam-nghin'), junk())),
    'chuyen-huong': () => list('chuyen-huong', rows('chuyen-huong')),
    'loi-500': () => list('loi-500', rows('loi-500')),
    treo: () => list('treo', rows('treo')),
    'doi-giao-dien': () =>
      state.hostile
        ? listPage('Tin tức', `<table class="tbl-news">${rows('giao-dien-moi', 0, 8).map(([slug, title, date]) => `<tr><td><a href="/theo-doi/moi/${slug}">${title}</a></td><td>${date}</td></tr>`).join('')}</table>`)
        : list('doi-giao-dien', rows('doi-giao-dien')),
    'ngau-nhien': () => list('ngau-nhien', rows('ngau-nhien'), rotatingBox()),
    'nhieu-bai': () => list('nhieu-bai', state.hostile ? [...rows('nhieu-bai', 20, 12), ...rows('nhieu-bai')] : rows('nhieu-bai')),
  };

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache', ...headers });
    res.end(body);
    return status;
  };

  function route(url, req, res) {
    const host = url.host.toLowerCase();
    const p = url.pathname;
    if (host === FOLLOW_PORTAL) {
      if (p === '/tin-tuc-su-kien' && !url.search) {
        const body = mainList();
        const etag = `"${hash(body).toString(16)}"`;
        if (req.headers['if-none-match']) {
          state.conditional.asked++;
          if (req.headers['if-none-match'] === etag) {
            state.conditional.notModified++;
            res.writeHead(304, { etag });
            res.end();
            return 304;
          }
        }
        return send(res, 200, body, { etag });
      }
      if (p.startsWith('/tin-tuc-su-kien/') && p.endsWith('.html')) return send(res, 200, articlePage(url.href));
      return 0;
    }
    if (host !== H || !p.startsWith('/theo-doi/')) return 0;
    const name = p.slice('/theo-doi/'.length);
    if (state.hostile && name === 'chuyen-huong') return send(res, 302, '', { location: 'http://trang-khac.example.com/tin-tuc.html' });
    if (state.hostile && name === 'loi-500') return send(res, 500, '<h1>Lỗi máy chủ</h1>');
    if (state.hostile && name === 'treo') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.write('<!DOCTYPE html><html><head><title>');
      return 200; // never ends
    }
    if (Object.hasOwn(hostilePages, name)) return send(res, 200, hostilePages[name]());
    if (p.endsWith('.html')) return send(res, 200, articlePage(url.href));
    return send(res, 404, 'not found');
  }

  return {
    route,
    state,
    listUrl,
    articles: ARTICLES,
    hostileUrls: Object.fromEntries(Object.keys(hostilePages).map((name) => [name, `http://${H}/theo-doi/${name}`])),
    /** The article "nam-nghin" gets after turnHostile() (a real new article among 5,000 junk links). */
    hostileNewTitle: rows('nam-nghin', 50, 1)[0][1],
    /** Puts a new article at the top of the list (as the portal's editor would). */
    publish(slug, title, date) {
      state.published.unshift([slug, title, date]);
    },
    turnHostile() {
      state.hostile = true;
    },
  };
}
