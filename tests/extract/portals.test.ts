// Synthetic pages for the portal families beyond the corpus (tests/fixtures/portals): Liferay,
// SharePoint, old ASP.NET table layouts, a small CMS with lazy images, a notice with attachments,
// a list page and a home page, and an English news page the clean-up must not hurt.
import { describe, expect, it } from 'vitest';
import { Readability } from '@mozilla/readability';
import { cleanupContent } from '../../utils/extract/cleanup';
import { parseHtml } from '../../utils/html/parse-html';
import { JSDOM, article, extractHtml, norm, portal } from './helpers';

describe('portal families', () => {
  it('Liferay: asset title not the portlet heading, assetPublishDate, summary lead, "Theo …" byline', async () => {
    const a = await article(portal('liferay.html'), 'https://yenbinh.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/abc123/content/hoi-nghi-trien-khai-chuyen-doi-so-2024');
    expect(a.title).toBe('Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024');
    expect(a.publishedAt).toBe('2024-04-12T15:20:00+07:00');
    expect(a.lead).toMatch(/^Sáng 12\/4, UBND tỉnh Yên Bình tổ chức hội nghị/);
    expect(a.byline).toBe('Sở Thông tin và Truyền thông');
    expect(a.siteName).toBe('Cổng thông tin điện tử tỉnh Yên Bình');
    expect(a.text).toContain('1.274 dịch vụ công trực tuyến toàn trình');
    expect(a.text).toContain('hoàn thành kết nối cơ sở dữ liệu dân cư');
    for (const junk of ['Tin tức - Sự kiện', 'Tin khác', 'Trí tuệ nhân tạo', 'Lượt xem', 'Đang online', 'Tổng lượt truy cập', 'Đăng nhập', 'In bài viết', 'Đánh giá bài viết', 'Giấy phép số', 'Facebook']) {
      expect(a.text, junk).not.toContain(junk);
    }
  });

  it('SharePoint: web part title dropped, lblDate "21/12/2012 | 12:00 AM", bold lead, "Nguồn:" byline', async () => {
    const a = await article(portal('sharepoint.html'), 'https://snv.hason.gov.vn/tintuc/Pages/huong-dan-tuyen-dung.aspx');
    expect(a.title).toBe('Sở Nội vụ hướng dẫn tuyển dụng viên chức giáo dục năm 2012');
    expect(a.publishedAt).toBe('2012-12-21T00:00:00+07:00');
    expect(a.lead).toMatch(/^Ngày 20\/12\/2012, Sở Nội vụ tỉnh Hà Sơn đã ban hành/);
    expect(a.byline).toBe('Sở Nội vụ');
    expect(a.text).toContain('tổng chỉ tiêu tuyển dụng toàn tỉnh là 412 viên chức');
    expect(a.text).toContain('niêm yết tại trụ sở các cơ quan tuyển dụng');
    for (const junk of ['Tin tức - Sự kiện', 'Tin mới', 'Đăng nhập', 'Hội nghị sơ kết', 'Bản quyền', 'Fax']) expect(a.text, junk).not.toContain(junk);
  });

  it('ASP.NET table layout: Label title and date, data table kept whole, unit stripped from the byline', async () => {
    const a = await article(portal('aspnet-tables.html'), 'http://dongson.thanhhoa.gov.vn/ChiTietTin.aspx?id=4521');
    expect(a.title).toBe('Đông Sơn hoàn thành tiêm vắc xin phòng bệnh cho đàn gia súc đợt 1 năm 2019');
    expect(a.publishedAt).toBe('2019-05-24T08:15:00+07:00');
    expect(a.byline).toBe('Lê Minh Tuấn');
    expect(a.text).toContain('đạt 96,2% kế hoạch đề ra');
    expect(a.text).toContain('Lở mồm long móng\t12.450\t97,1%');
    expect(a.html).toMatch(/<table>[\s\S]*<th>Loại vắc xin<\/th>[\s\S]*<td>210.000<\/td>[\s\S]*<\/table>/);
    for (const junk of ['Trang chủ', 'Tin khác', 'thủy lợi nội đồng', 'Tổng lượt truy cập', 'In bài', 'Gửi email', 'Ghi rõ nguồn', 'Bản quyền']) expect(a.text, junk).not.toContain(junk);
  });

  it('small CMS with lazy images: real sources, absolute URLs, captions, no tracking pixel', async () => {
    const a = await article(portal('lazy-images.html'), 'https://baodienbienmoi.vn/van-hoa/le-hoi-hoa-ban-2024.html');
    expect(a.images).toEqual([
      { src: 'https://baodienbienmoi.vn/uploads/2024/03/10/le-hoi-hoa-ban-1.jpg', alt: 'Du khách chụp ảnh bên hoa ban', caption: 'Du khách chụp ảnh bên những cây hoa ban nở trắng trên đường phố.' },
      { src: 'https://baodienbienmoi.vn/uploads/2024/03/10/le-hoi-hoa-ban-2.jpg', alt: 'Màn trình diễn xòe Thái', caption: 'Màn trình diễn xòe Thái tại lễ khai mạc.' },
      { src: 'https://baodienbienmoi.vn/uploads/2024/03/10/anh-3-1200.jpg', alt: 'Gian hàng OCOP', caption: '' },
    ]);
    expect(a.html).not.toMatch(/data:|blank\.gif|spacer\.gif|pixel\.gif/);
    expect(a.byline).toBe('Quang Hưng');
    expect(a.lead).toMatch(/^Sau ba ngày diễn ra/);
    for (const junk of ['Chia sẻ', 'Tin liên quan', 'Khai mạc Lễ hội hoa ban năm 2024', 'Giấy phép số', 'Tòa soạn']) expect(a.text, junk).not.toContain(junk);
  });

  it('notice with "File đính kèm": attachments listed, the sidebar document is not one', async () => {
    const a = await article(portal('attachments.html'), 'https://tanphu.gov.vn/thong-bao/lich-tiep-cong-dan-thang-5-2024.html');
    expect(a.attachments.map((x) => x.href)).toEqual([
      'https://tanphu.gov.vn/Uploads/files/2024/05/TB-tiep-cong-dan-thang-5-2024.pdf',
      'https://tanphu.gov.vn/Uploads/files/2024/05/Mau-don-kien-nghi.docx',
      'https://tanphu.gov.vn/Uploads/files/2024/05/Danh-sach-can-bo-tiep-dan.xlsx',
    ]);
    expect(a.attachments[1]!.name).toBe('Mẫu đơn kiến nghị');
    expect(a.publishedAt).toBe('2024-05-02T07:30:00+07:00');
  });

  it('a category list page is not an article', async () => {
    expect(await extractHtml(portal('list-page.html'), 'https://muongkhuong.laocai.gov.vn/tin-tuc/tin-hoat-dong')).toMatchObject({ ok: false, reason: 'not-article' });
  });

  it('a home page is not an article', async () => {
    expect(await extractHtml(portal('home-page.html'), 'https://muongkhuong.laocai.gov.vn/')).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe('an English news page is never made worse than plain Readability', () => {
  it('keeps every paragraph plain Readability keeps, and drops the chrome', async () => {
    const url = 'https://riversideherald.example/news/flood-defences-budget';
    const html = portal('english-news.html');
    const plain = new Readability<Element>(parseHtml(html, url), { serializer: (el) => el as Element }).parse();
    const a = await article(html, url);
    const ours = norm(a.text);
    // The column's own boilerplate ("Read more: <a>…</a>" between the story and the share bar) goes as whole lines.
    const removed = cleanupContent(plain!.content!).removed.map((el) => norm(el.textContent));
    expect(removed).toEqual(['Read more: What the flood inquiry found']);
    expect(ours).not.toContain('What the flood inquiry found');
    const paragraphs = Array.from(plain!.content!.querySelectorAll('p, li, blockquote, h2')).map((el) => norm(el.textContent)).filter((t) => t.length > 20 && !/^By Jane Doe/.test(t));
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) expect(ours).toContain(p);
    expect(a.title).toBe(plain!.title);
  });
});

describe('table-layout portals and content pages (what the browser study found)', () => {
  it('keeps the title row, the "(Cập nhật lúc …)" row, the attachment block and the tool row out of the body', async () => {
    const a = await article(portal('table-layout-attachments.html'), 'http://yendinh.thanhhoa.gov.vn/tin-tuc/yen-dinh-trien-khai-chuyen-doi-so-1240');
    expect(a.title).toBe('Yên Định triển khai kế hoạch chuyển đổi số năm 2024 tại các xã, thị trấn');
    expect(a.publishedAt).toBe('2024-03-12T09:40:00+07:00');
    expect(a.byline).toBe('Lê Thu Hà');
    // The body starts with its first paragraph, not the headline glued to the date row.
    expect(a.text.startsWith('Sáng ngày 11/3, UBND huyện Yên Định tổ chức hội nghị')).toBe(true);
    expect(a.text).toContain('báo cáo kết quả thực hiện hằng tháng về UBND huyện trước ngày 25.');
    for (const junk of ['Cập nhật lúc', 'File đính kèm', 'Gửi email', 'In trang', 'Về đầu trang', '|', 'ke-hoach-chuyen-doi-so-2024.pdf']) {
      expect(a.text, junk).not.toContain(junk);
      expect(a.html, junk).not.toContain(junk);
    }
    // The attachments are listed once, in their own list.
    expect(a.attachments.map((x) => x.name)).toEqual(['ke-hoach-chuyen-doi-so-2024.pdf', 'phu-luc-chi-tieu.xlsx']);
  });

  it('Liferay content page (HTTrack copy): the bold headline at the top is the title, not repeated in the body', async () => {
    const a = await article(portal('liferay-content-page.html'), 'https://stnmt.hason.gov.vn/gioi-thieu-chung');
    expect(a.title).toBe('GIỚI THIỆU CHUNG');
    expect(a.text.startsWith('SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG TỈNH HÀ SƠN')).toBe(true);
    expect(a.text).toContain('chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Tài nguyên và Môi trường.');
    for (const junk of ['Tin tức - Sự kiện', 'Đăng nhập', 'Địa chỉ']) expect(a.text, junk).not.toContain(junk);
  });

  it('the text is read from the sanitised HTML the reader sees (table parts left outside a table are not counted twice)', async () => {
    const a = await article(portal('table-layout-attachments.html'), 'http://yendinh.thanhhoa.gov.vn/tin-tuc/yen-dinh-trien-khai-chuyen-doi-so-1240');
    const { window } = new JSDOM(`<body>${a.html}</body>`);
    const shown = norm(window.document.body.textContent);
    for (const paragraph of a.text.split('\n\n')) expect(shown).toContain(norm(paragraph));
  });
});

describe('edges of the body', () => {
  it('keeps a photo that ends the article (an empty element is not an empty line)', async () => {
    const body = `<article><h1>Huyện khánh thành cầu dân sinh mới tại xã vùng cao</h1>
      <p>Sáng 5/3, UBND huyện tổ chức lễ khánh thành cầu dân sinh bắc qua suối Nậm Chảy, nối hai thôn của xã Bản Lầu với trung tâm xã.</p>
      <p>Cây cầu dài 48 m, rộng 3,5 m, tổng vốn đầu tư 4,2 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa, giúp hơn 300 hộ dân đi lại thuận tiện.</p>
      <p>Đây là công trình thứ ba trong năm được hoàn thành theo chương trình xây dựng cầu dân sinh của tỉnh giai đoạn 2024 - 2026.</p>
      <img src="https://img.example.gov.vn/cau-nam-chay.jpg" alt="Cầu Nậm Chảy"></article>`;
    const a = await article(`<!DOCTYPE html><html lang="vi"><head><title>Khánh thành cầu</title></head><body>${body}</body></html>`, 'https://muongkhuong.laocai.gov.vn/tin-tuc/khanh-thanh-cau-123.html');
    expect(a.html).toContain('cau-nam-chay.jpg');
    expect(a.images.map((i) => i.src)).toEqual(['https://img.example.gov.vn/cau-nam-chay.jpg']);
  });
});
