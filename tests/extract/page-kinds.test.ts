// The page kinds of Vietnamese portals (utils/extract/page-kinds.ts) on real pages: what the gate answers and what a
// refused data page offers instead of an article. Pages from ../shared/corpus and tests/data/corpus-dev.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_KINDS, SIGNAL_IDS } from '../../utils/extract/page-kinds';
import { listingEvidence } from '../../utils/extract/gate';
import { parseHtml } from '../../utils/html/parse-html';
import { FAILURE_MESSAGES, PAGE_KIND_MESSAGES } from '../../utils/model/article';
import { CORPUS_DIR, sharedAvailable } from '../helpers/shared';
import { extractHtml as extractWithBudget } from './helpers';

// The wall-time bound protects a reader's tab; on a shared test machine a long law may pass it (the CLI allows more).
const extractHtml = (html: string, url: string) => extractWithBudget(html, url, { limits: { maxMillis: 60_000 } });

const DEV = resolve(__dirname, '../data/corpus-dev');
const dev = (file: string) => readFileSync(resolve(DEV, file), 'utf8');

describe('the taxonomy', () => {
  it('names every refused kind, with a message in both languages, and a reason for every signal', () => {
    const kinds = new Set(PAGE_KINDS.map((k) => k.kind));
    for (const kind of Object.keys(PAGE_KIND_MESSAGES)) expect(kinds.has(kind as never), kind).toBe(true);
    for (const k of PAGE_KINDS) {
      expect(k.structure.length, k.kind).toBeGreaterThan(20);
      for (const s of k.signals) expect(s.why.length, s.id).toBeGreaterThan(30);
    }
    expect(SIGNAL_IDS.has('search-address')).toBe(true);
    expect(Object.keys(FAILURE_MESSAGES)).toContain('not-article');
  });
});

describe('the address is evidence, not a verdict', () => {
  it('reads a legal document whose address carries the database\'s empty "Keyword=" (vbpl.vn-style document link)', async () => {
    const r = await extractHtml(dev('legal/vntaxdoc-nq-954-2020-ubtvqh14.html'), 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=144302&Keyword=');
    if (!r.ok) throw new Error(`refused: ${r.reason} ${r.pageKind}`);
    expect(r.article.kind).toBe('legal');
    expect(r.article.document?.number).toBe('954/2020/UBTVQH14');
  });

  it('still refuses a search page with such an address (thuvienphapluat\'s "tim-van-ban.aspx?keyword=")', async () => {
    const r = await extractHtml(dev('legal/tvpl-tim-van-ban-search.html'), 'https://thuvienphapluat.vn/page/tim-van-ban.aspx?keyword=');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'search' });
  });
});

describe('legal documents read as documents', () => {
  it('a law: the card from its header and its closing article, dated by its signing', async () => {
    const r = await extractHtml(dev('legal/vntaxdoc-luat-56-2024-qh15.html'), 'https://vntaxdoc.gpt4vn.com/docs/luat-56.html');
    if (!r.ok) throw new Error('refused');
    expect(r.article.kind).toBe('legal');
    expect(r.article.document).toEqual({ type: 'Luật', number: '56/2024/QH15', issuer: 'Quốc hội', signed: '2024-11-29', inForce: '2025-01-01', status: null });
    expect(r.article.publishedAt).toBe('2024-11-29');
    // The whole document, to its last line.
    expect(r.article.text).toContain('thông qua ngày 29 tháng 11 năm 2024.');
  });

  it('a document under a placeholder <title> and no h1 is titled by its own name', async () => {
    const html = dev('legal/vntaxdoc-nq-954-2020-ubtvqh14.html')
      .replace('<title>NQ 954.2020 MUC GIAM TRU</title>', '<title>Trung ương</title>')
      .replace('<div class="doc-title">NQ 954.2020 MUC GIAM TRU</div>', '');
    const r = await extractHtml(html, 'https://vbpl.vn/TW/Pages/vbpq-toanvan.aspx?ItemID=144302&Keyword=');
    if (!r.ok) throw new Error('refused');
    expect(r.article.title).toBe('Nghị quyết về điều chỉnh mức giảm trừ gia cảnh của thuế thu nhập cá nhân');
  });

  it('keeps the closing "./." and the comma Word puts in a span of its own (no punctuation is dropped at the end)', async () => {
    const r = await extractHtml(dev('legal/vntaxdoc-qd-52-2021-ubnd-quang-ninh.html'), 'https://vntaxdoc.gpt4vn.com/docs/qd-52.html');
    if (!r.ok) throw new Error('refused');
    expect(r.article.text).toContain('căn cứ quyết định thi hành./.');
    expect(r.article.text).toContain('- CT, các PCT UBND tỉnh;');
  });
});

describe('data pages say what they are and list what they offer', () => {
  it('vbpl.vn\'s properties tab: properties, with its attributes, its status and its files as http(s) links', async () => {
    if (!sharedAvailable('the vbpl properties page')) return;
    const html = readFileSync(resolve(CORPUS_DIR, 'gov/sharepoint-vbpl-thuoctinh-blttths.html'), 'utf8');
    const r = await extractHtml(html, 'https://vbpl.vn/TW/Pages/vbpq-thuoctinh.aspx?dvid=13&ItemID=96172&Keyword=');
    if (r.ok) throw new Error('read as an article');
    expect(r.pageKind).toBe('properties');
    expect(r.found?.title).toBe('Bộ luật Tố tụng hình sự');
    expect(r.found?.attributes).toEqual(expect.arrayContaining([{ label: 'Số ký hiệu', value: '101/2015/QH13' }, { label: 'Hiệu lực', value: 'Còn hiệu lực' }]));
    expect(r.found?.files.map((f) => f.href)).toContain('https://vbpl.vn/TW/Lists/vbpq/Attachments/96172/101.2015.QH13.doc');
    for (const f of r.found?.files ?? []) expect(f.href).toMatch(/^https:\/\//);
  });

  it('an open-data dataset (CKAN): dataset, with its data files named as the page names them', async () => {
    const r = await extractHtml(dev('nonarticle/ckan-odp-cantho-dataset-ban-le-thuoc.html'), 'https://odp.cantho.gov.vn/dataset/csdl-cac-co-so-ban-le-thuoc-tren-dia-ban');
    if (r.ok) throw new Error('read as an article');
    expect(r.pageKind).toBe('dataset');
    expect(r.found?.files.map((f) => f.name)).toEqual(['mau - Dữ liệu về số học sinh.csv', 'mau - du-lieu-xlsx-01.xlsx']);
    expect(r.found?.files[0]?.href).toMatch(/^https:\/\/odp\.cantho\.gov\.vn\/.*\/download\/.*\.csv$/);
    expect(r.found?.attributes.map((a) => a.label)).toContain('Cập nhật mới nhất');
  });

  it('a dataset page built another way (a portal\'s own "Dữ liệu mở" page: a table of files with format badges)', async () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Danh mục dữ liệu mở - Sở Thông tin và Truyền thông</title></head><body>
      <nav><a href="/">Trang chủ</a> <a href="/du-lieu-mo">Dữ liệu mở</a></nav>
      <div class="dataset"><h1>Danh sách trường học trên địa bàn tỉnh năm 2024</h1>
      <p>Danh sách các trường mầm non, tiểu học, trung học cơ sở trên địa bàn tỉnh.</p>
      <h2>Tài nguyên</h2><ul class="files">
        <li><a href="/files/truong-hoc-2024.xlsx">Danh sách trường học 2024</a> <span class="badge">XLSX</span></li>
        <li><a href="/files/truong-hoc-2024.json">Danh sách trường học 2024 (máy đọc)</a> <span class="badge">JSON</span></li>
      </ul>
      <table><tr><th>Đơn vị cung cấp</th><td>Sở Giáo dục và Đào tạo</td></tr><tr><th>Tần suất cập nhật</th><td>Hằng năm</td></tr><tr><th>Giấy phép</th><td>Giấy phép dữ liệu mở Việt Nam</td></tr></table>
      </div></body></html>`;
    const r = await extractHtml(html, 'https://sotttt.vinhlong.gov.vn/du-lieu-mo/danh-sach-truong-hoc-2024');
    if (r.ok) throw new Error('read as an article');
    expect(r.pageKind).toBe('dataset');
    expect(r.found?.files.map((f) => f.href)).toEqual(['https://sotttt.vinhlong.gov.vn/files/truong-hoc-2024.xlsx', 'https://sotttt.vinhlong.gov.vn/files/truong-hoc-2024.json']);
  });

  it('a contact page (CKAN "Liên hệ"): contact, with no teaser mash', async () => {
    const r = await extractHtml(dev('nonarticle/ckan-odp-cantho-contact.html'), 'https://odp.cantho.gov.vn/contact-us');
    expect(r).toMatchObject({ ok: false, pageKind: 'contact' });
  });

  it('a portal\'s "Gửi ý kiến" page (a district portal: the office\'s address and a message form): contact', async () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Liên hệ - Cổng thông tin điện tử huyện Đông Sơn</title></head><body>
      <nav><a href="/">Trang chủ</a> <a href="/lien-he">Liên hệ</a></nav>
      <div class="contact"><h1>Liên hệ</h1>
      <p>Văn phòng HĐND và UBND huyện Đông Sơn. Địa chỉ: Thị trấn Rừng Thông, huyện Đông Sơn, tỉnh Thanh Hóa.</p>
      <p>Điện thoại: 0237 3692 123 – Email: vp.dongson@thanhhoa.gov.vn</p>
      <form action="/gui-y-kien" method="post"><label>Họ và tên <input name="ten"></label>
        <label>Email <input type="email" name="email"></label><label>Điện thoại <input type="tel" name="dt"></label>
        <label>Nội dung <textarea name="noidung"></textarea></label><button>Gửi ý kiến</button></form>
      </div></body></html>`;
    const r = await extractHtml(html, 'https://dongson.thanhhoa.gov.vn/lien-he');
    expect(r).toMatchObject({ ok: false, pageKind: 'contact' });
  });

  it('a blog post with a comment form below it is an article, its lines written with <br> and no paragraphs (a Chinese blog)', async () => {
    const line = '今天我們一家人去了山上的老街散步，天氣很好，路邊的小吃攤很多，孩子們吃了很多東西，也買了一些紀念品帶回家給爺爺奶奶。';
    const html = `<!DOCTYPE html><html lang="zh-TW"><head><title>老街散步 - 我的部落格</title></head><body>
      <div class="article-content"><h2>老街散步</h2><div class="article-body">${Array.from({ length: 12 }, () => line).join('<br>\n')}</div></div>
      <form class="comment"><input name="name"><input type="email" name="email"><textarea name="body"></textarea><button>留言</button></form>
      </body></html>`;
    const r = await extractHtml(html, 'https://example.pixnet.net/blog/post/123456');
    if (!r.ok) throw new Error(`refused as ${r.pageKind}`);
    expect(r.article.text).toContain('老街散步');
  });

  it('an article with a file list and a details table is still an article (a district portal\'s news with attachments)', async () => {
    const para = (s: string) => `<p>${s} Ủy ban nhân dân huyện đã tổ chức hội nghị triển khai kế hoạch với sự tham gia của đại diện các xã, thị trấn và các phòng ban chuyên môn, nhấn mạnh yêu cầu hoàn thành đúng tiến độ.</p>`;
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Triển khai kế hoạch chuyển đổi số năm 2025 - UBND huyện Đông Sơn</title></head><body>
      <h1>Triển khai kế hoạch chuyển đổi số năm 2025</h1><p class="date">12/03/2025</p>
      ${['Sáng 12/3,', 'Theo kế hoạch,', 'Phát biểu chỉ đạo,', 'Kết thúc hội nghị,', 'Cũng tại hội nghị,'].map(para).join('')}
      <table><tr><th>Chỉ tiêu</th><td>100% hồ sơ trực tuyến</td></tr><tr><th>Thời hạn</th><td>31/12/2025</td></tr></table>
      <ul><li><a href="/files/ke-hoach-cds-2025.pdf">Kế hoạch chuyển đổi số 2025</a> <span class="label">PDF</span></li></ul>
      </body></html>`;
    const r = await extractHtml(html, 'https://dongson.thanhhoa.gov.vn/tin-tuc/trien-khai-ke-hoach-cds-2025.htm');
    expect(r.ok).toBe(true);
  });
});

describe('entry cards: a CMS blog, category or archive page is a list, however few entries its first page has', () => {
  it.each([
    ['Drupal views of teaser nodes (a district portal)', 'authored/drupal-gavias-anphu-tin-tuc-list.html', 'https://anphu.angiang.gov.vn/tin-tuc'],
    ['a WordPress category archive (a commune site)', 'authored/wordpress-tt1-tamquannam-category-tin-tuc.html', 'https://tamquannam.hoainhon.binhdinh.gov.vn/category/tin-tuc/'],
    ['a Joomla category blog of two entries (a district portal)', 'authored/joomla4-cassiopeia-tin-tuc-blog.html', 'https://hoaian.binhdinh.gov.vn/index.php/tin-tuc'],
  ])('%s', async (_name, file, url) => {
    const r = await extractHtml(dev(file), url);
    expect(r).toMatchObject({ ok: false, pageKind: 'list' });
  });

  it.each([
    ['Drupal', 'authored/drupal-gavias-anphu-ten-mien-vn.html', 'https://anphu.angiang.gov.vn/tin-tuc/quy-dinh-muc-phi-duy-tri-ten-mien-quoc-gia-vn-tu-352025'],
    ['WordPress', 'authored/wordpress-tt1-tamquannam-dua-huu-co.html', 'https://tamquannam.hoainhon.binhdinh.gov.vn/2025/03/19/chuyen-giao-ky-thuat-tham-canh-cay-dua-theo-tieu-chuan-huu-co/'],
    ['Joomla', 'authored/joomla4-cassiopeia-hoi-nghi-tw11.html', 'https://hoaian.binhdinh.gov.vn/index.php/tin-tuc/1245-hoi-nghi-quan-triet-nghi-quyet-hoi-nghi-lan-thu-11'],
  ])('the same CMS\'s single article is still an article (%s)', async (_name, file, url) => {
    const r = await extractHtml(dev(file), url);
    expect(r.ok).toBe(true);
  });

  it('an article followed by a related box of entry cards is an article (a provincial paper\'s "Tin liên quan" as cards)', async () => {
    const para = (s: string) => `<p>${s} Ủy ban nhân dân tỉnh yêu cầu các sở, ngành và địa phương khẩn trương triển khai, báo cáo kết quả trước ngày 30/6 để tổng hợp trình Thường trực Tỉnh ủy.</p>`;
    const card = (n: number) => `<article class="story"><h3 class="story__heading"><a href="/xa-hoi/tin-${n}.html">Tin liên quan số ${n}: huyện tổ chức hội nghị sơ kết công tác</a></h3><p class="story__summary">Sáng ${n}/5, huyện tổ chức hội nghị.</p></article>`;
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Tỉnh đẩy nhanh tiến độ giải ngân vốn đầu tư công - Báo Bình Định</title></head><body>
      <main><article class="detail"><h1>Tỉnh đẩy nhanh tiến độ giải ngân vốn đầu tư công</h1><p class="date">12/05/2025</p>
      ${['Sáng 12/5,', 'Theo báo cáo,', 'Phát biểu chỉ đạo,', 'Kết luận hội nghị,', 'Cũng tại hội nghị,'].map(para).join('')}</article>
      <section class="related"><h2>Tin liên quan</h2>${[1, 2, 3, 4].map(card).join('')}</section></main></body></html>`;
    const r = await extractHtml(html, 'https://baobinhdinh.vn/kinh-te/tinh-day-nhanh-tien-do-giai-ngan.html');
    if (!r.ok) throw new Error(`refused as ${r.pageKind}`);
    expect(r.article.text).toContain('Kết luận hội nghị');
  });
});

describe('a document database\'s search form is a search page, even at the site\'s front page', () => {
  // The sidebar widget a provincial portal shows on every page: a keyword box with drop-downs of document type,
  // issuing body and year.
  const widget = `<div class="tra-cuu"><h3>Tra cứu văn bản</h3><input type="text" name="tukhoa" placeholder="Nhập từ khóa">
    <select name="loai"><option>Loại văn bản</option><option>Quyết định</option><option>Kế hoạch</option></select>
    <select name="coquan"><option>Cơ quan ban hành</option><option>UBND tỉnh</option><option>HĐND tỉnh</option></select>
    <select name="nam"><option>Năm</option><option>2024</option><option>2023</option></select><button>Tìm</button></div>`;

  it('a tax-documents index whose results load by script (real page, at "/"): search, not home', async () => {
    const r = await extractHtml(dev('nonarticle/vntaxdoc-home-search.html'), 'https://vntaxdoc.gpt4vn.com/');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'search' });
  });

  it('a provincial "Hệ thống văn bản" front page (a form of filters over an empty results table): search', async () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Hệ thống văn bản - UBND tỉnh Lai Châu</title></head><body>
      <div class="banner"><h1>HỆ THỐNG VĂN BẢN QUY PHẠM PHÁP LUẬT TỈNH LAI CHÂU</h1></div>
      <form id="frmSearch" action="/" method="get"><table class="search">
        <tr><td>Từ khóa</td><td><input id="txtKeyword" name="txtKeyword"></td></tr>
        <tr><td>Loại văn bản</td><td><select name="loaivb"><option>-- Tất cả --</option><option>Nghị quyết</option><option>Quyết định</option><option>Chỉ thị</option></select></td></tr>
        <tr><td>Cơ quan ban hành</td><td><select name="cqbh"><option>-- Tất cả --</option><option>HĐND tỉnh</option><option>UBND tỉnh</option></select></td></tr>
        <tr><td>Lĩnh vực</td><td><select name="linhvuc"><option>-- Tất cả --</option><option>Tài chính</option><option>Đất đai</option></select></td></tr>
        <tr><td>Hiệu lực</td><td><label><input type="radio" name="hl" value="1"> Còn hiệu lực</label> <label><input type="radio" name="hl" value="0"> Hết hiệu lực</label></td></tr>
        <tr><td></td><td><button type="submit">Tìm kiếm</button></td></tr></table></form>
      <table class="ketqua"><thead><tr><th>Số ký hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th></tr></thead><tbody id="kq"><tr><td colspan="3">Đang tải dữ liệu...</td></tr></tbody></table>
      <footer>Bản quyền thuộc UBND tỉnh Lai Châu</footer></body></html>`;
    const r = await extractHtml(html, 'https://vbpl.laichau.gov.vn/');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'search' });
  });

  it('thuvienphapluat\'s document search, its query not in the address ("Kết quả 1-20 trong 372987 văn bản" under the filters): search', async () => {
    const r = await extractHtml(dev('legal/tvpl-tim-van-ban-search.html'), 'https://thuvienphapluat.vn/page/van-ban.aspx');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'search' });
  });

  it('a provincial document system\'s results under its filters, counted in an indented line, its number four elements deep: search', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => `<tr><td><a href="/van-ban/${i + 10}-qd-ubnd.html">${i + 10}/2024/QĐ-UBND</a></td>
        <td><a href="/van-ban/${i + 10}-qd-ubnd.html">Quyết định ban hành quy định quản lý đất đai trên địa bàn tỉnh số ${i + 10}</a></td>
        <td>${i + 10}/03/2024</td></tr>`).join('');
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Văn bản - UBND tỉnh Điện Biên</title></head><body>
      <form action="/van-ban" method="post"><input name="txtTuKhoa" placeholder="Từ khóa">
        <select name="loai"><option>Loại văn bản</option><option>Quyết định</option></select>
        <select name="cq"><option>Cơ quan ban hành</option><option>UBND tỉnh</option></select>
        <select name="nam"><option>Năm ban hành</option><option>2024</option></select><button>Tìm kiếm</button></form>
      <p class="count"><span class="so">Có
                          <b>
                              <span>
                                  <span class="total">128</span>
                              </span>
                          </b>
                          văn bản
                      </span></p>
      <table class="ds-van-ban">${rows}</table></body></html>`;
    const r = await extractHtml(html, 'https://vanban.dienbien.gov.vn/van-ban');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'search' });
  });

  it('a portal\'s front page with that widget beside its dated teasers stays the home page', async () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/tin-tuc/tin-${i}.html">Hội nghị triển khai nhiệm vụ phát triển kinh tế xã hội số ${i + 1}</a> <span>0${i + 1}/03/2024</span></li>`).join('');
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Cổng thông tin điện tử tỉnh Lai Châu</title></head><body>
      <div class="main"><h2>Tin tức - Sự kiện</h2><ul>${teasers}</ul></div><aside>${widget}</aside></body></html>`;
    const r = await extractHtml(html, 'https://laichau.gov.vn/');
    expect(r).toMatchObject({ ok: false, pageKind: 'home' });
  });

  it('a short dated article on a portal with that widget in its sidebar is read', async () => {
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Xã Tân Lập ra quân làm đường giao thông nông thôn</title></head><body>
      <div class="detail"><h1>Xã Tân Lập ra quân làm đường giao thông nông thôn</h1><div class="date">Thứ Sáu, 08/03/2024 - 10:15</div>
      <p>Sáng ngày 7/3, Ủy ban nhân dân xã Tân Lập tổ chức lễ ra quân làm đường giao thông nông thôn năm 2024 với sự tham gia của hơn 300 đoàn viên, hội viên và nhân dân.</p>
      <p>Theo kế hoạch, trong năm 2024 xã sẽ bê tông hóa 2,5 km đường trục thôn, tổng kinh phí hơn 1,2 tỷ đồng, trong đó nhân dân đóng góp 30%.</p></div>
      <aside>${widget}</aside></body></html>`;
    const r = await extractHtml(html, 'https://tanlap.laichau.gov.vn/tin-tuc/xa-tan-lap-ra-quan.html');
    if (!r.ok) throw new Error(`refused as ${r.pageKind}`);
    expect(r.article.text).toContain('bê tông hóa 2,5 km');
  });
});

describe('minified list pages: a date glued to the text before it still dates its teaser', () => {
  it('a district portal\'s news list written without whitespace ("…xã hội10/03/2024"): list', async () => {
    const items = Array.from({ length: 8 }, (_, i) => `<li class="news-item"><a href="/tin-tuc/hoi-nghi-${i}.html">Hội nghị sơ kết công tác phát triển kinh tế - xã hội quý ${i + 1}</a><span class="date">${10 + i}/03/2024</span></li>`).join('');
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Tin tức - Sự kiện - UBND huyện Bát Xát</title></head><body><div class="menu"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a></div><div class="content"><h1>Tin tức - Sự kiện</h1><ul class="news-list">${items}</ul></div><div class="footer">Bản quyền thuộc UBND huyện Bát Xát</div></body></html>`;
    expect(listingEvidence(parseHtml(html, 'https://batxat.laocai.gov.vn/tin-tuc').body, 0).datedOrThumbnail).toBe(8);
    const r = await extractHtml(html, 'https://batxat.laocai.gov.vn/tin-tuc');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'list' });
  });

  it('a provincial document list as a minified table (the number cell glued to the date cell): list', async () => {
    const rows = Array.from({ length: 8 }, (_, i) => `<tr><td><a href="/van-ban/${i + 20}-kh-ubnd.html">Kế hoạch triển khai chương trình chuyển đổi số năm 2024 số ${i + 20}</a></td><td>${10 + i}/04/2024</td></tr>`).join('');
    const html = `<!DOCTYPE html><html lang="vi"><head><title>Văn bản chỉ đạo điều hành - UBND tỉnh Yên Bái</title></head><body><div class="nav"><a href="/">Trang chủ</a></div><div class="main"><h2>Văn bản chỉ đạo điều hành</h2><table class="list">${rows}</table></div></body></html>`;
    expect(listingEvidence(parseHtml(html, 'https://yenbai.gov.vn/van-ban-chi-dao').body, 0).datedOrThumbnail).toBe(8);
    const r = await extractHtml(html, 'https://yenbai.gov.vn/van-ban-chi-dao');
    expect(r).toMatchObject({ ok: false, reason: 'not-article', pageKind: 'list' });
  });
});
