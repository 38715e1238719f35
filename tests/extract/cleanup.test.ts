// Clean-up rules fire only on what they are sure of: boilerplate goes, article text stays.
import { describe, expect, it } from 'vitest';
import { cleanupDocument } from '../../utils/extract/cleanup';
import { SELECTOR_RULES, TEXT_RULES, ATTRIBUTE_RULES } from '../../utils/extract/cleanup-rules';
import { parseHtml } from '../../utils/html/parse-html';
import { norm, page } from './helpers';

function cleaned(body: string) {
  const doc = parseHtml(page(body), 'https://baothang.laocai.gov.vn/tin.html');
  const report = cleanupDocument(doc);
  return { doc, text: norm(doc.body.textContent), report };
}

const ARTICLE = '<div class="content"><p>Huyện Bảo Thắng hiện có 14 ban tuyên vận với 188 tổ tuyên vận thôn, tổ dân phố, thông qua công tác tuyên vận đã tạo được sự đồng thuận trong nhân dân.</p><p>Ngày 25/3/2023 đã có trên 16 nghìn người tham gia lao động, vệ sinh môi trường, thu gom 219,2m3 rác thải.</p></div>';

describe('cleanup rules as data', () => {
  it('every rule says why it exists and has something to match', () => {
    for (const r of [...SELECTOR_RULES, ...TEXT_RULES, ...ATTRIBUTE_RULES]) {
      expect(r.why.length, r.id).toBeGreaterThan(20);
      expect(!!(r.selector || r.textPattern), r.id).toBe(true);
    }
    const ids = [...SELECTOR_RULES, ...TEXT_RULES, ...ATTRIBUTE_RULES].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('cleanupDocument', () => {
  it('removes a comments section (WordPress, Blogger, Disqus) but keeps an article body whose classes say "comment"', () => {
    const wordpress = cleaned(
      `<article>${ARTICLE}</article><div id="comments" class="comments-area"><h3 class="comments-title">Comments</h3><ol class="comment-list">` +
        '<li class="comment even depth-1" id="comment-1"><div class="comment-body"><p>I have a question about the top charities list and how the ranking was made this year.</p></div></li></ol></div>',
    );
    expect(wordpress.text).toContain('Huyện Bảo Thắng');
    expect(wordpress.text).not.toContain('top charities');
    const blogger = cleaned(`<div class="post-body">${ARTICLE}</div><div class="comments" id="comments"><h4>2 comments:</h4><dl id="comments-block"><dt>Reader said...</dt><dd><p>Thanks for writing this, it helped me understand the new rules much better.</p></dd></dl></div><div id="disqus_thread"><p>Loading comments from the forum server for this story.</p></div>`);
    expect(blogger.text).toContain('Huyện Bảo Thắng');
    expect(blogger.text).not.toContain('new rules');
    expect(blogger.text).not.toContain('forum server');
    // An opinion column's body: "comment" and "commentary" in its classes, and an in-page link to the comments.
    const column = cleaned(`<div class="commentary-body comment-content">${ARTICLE}<a href="#comments">Comments</a></div>`);
    expect(column.text).toContain('Huyện Bảo Thắng');
  });
  it('removes portal chrome: login, breadcrumb, tools bar, counters, footer lines, trust badge, related box', () => {
    const { text, report } = cleaned(
      '<div class="top"><span>Thứ Năm, ngày 20/04/2023</span> <a href="/dang-nhap">Đăng nhập</a></div>' +
        '<div class="ctt-breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc">Tin tức</a> » <a href="/tin-tuc/tin-hoat-dong">Tin hoạt động</a></div>' +
        ARTICLE +
        '<div class="news-tools"><a href="javascript:window.print()">In bài viết</a> <a href="mailto:?subject=x">Gửi email</a> <span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>' +
        '<div class="box"><h3>Tin liên quan</h3><ul><li><a href="/a">Bảo Thắng: Trên 16.000 người tham gia Ngày Chủ nhật xanh</a> (26/03/2023)</li><li><a href="/b">Xã Phú Nhuận phấn đấu đạt chuẩn nông thôn mới nâng cao</a></li></ul></div>' +
        '<ul class="stats"><li>Đang truy cập: 27</li><li>Tổng lượt truy cập: 3.162.905</li></ul>' +
        '<div class="ft"><p>Giấy phép số 18/GP-STTTT do Sở Thông tin và Truyền thông cấp</p><p>Điện thoại: 0214.3862.115 - Fax: 0214.3862.208</p><p>Ghi rõ nguồn "Cổng TTĐT huyện Bảo Thắng" khi phát hành lại</p>' +
        '<a href="https://tinnhiemmang.vn/danh-ba-tin-nhiem/x" title="Chung nhan Tin Nhiem Mang"><img src="https://tinnhiemmang.vn/handle_cert?id=x" alt="Chung nhan Tin Nhiem Mang"></a></div>',
    );
    for (const gone of ['Đăng nhập', 'Trang chủ', 'In bài viết', 'Gửi email', 'Chia sẻ', 'Tin liên quan', 'Chủ nhật xanh', 'Tổng lượt truy cập', 'Đang truy cập', 'Giấy phép số', 'Điện thoại: 0214', 'Ghi rõ nguồn']) {
      expect(text, gone).not.toContain(gone);
    }
    expect(text).toContain('Huyện Bảo Thắng hiện có 14 ban tuyên vận');
    expect(text).toContain('219,2m3 rác thải');
    expect(report.fired['related-box-label']).toBe(1);
    expect(report.fired['trust-badge']).toBeGreaterThanOrEqual(1);
  });

  it('never removes a sentence that merely contains a chrome word', () => {
    const { text } = cleaned(
      '<p>Người dân có thể đăng nhập Cổng dịch vụ công để nộp hồ sơ; xem thêm <a href="/hd">hướng dẫn</a> tại trụ sở UBND xã.</p>' +
        '<p>Theo ông Hải, lượt truy cập cổng thông tin đạt 3 triệu trong năm 2023, tăng 20%.</p>' +
        '<p>Chia sẻ kinh nghiệm, đại diện hợp tác xã cho biết sản lượng tăng 15%.</p>' +
        '<p>Xem thêm <a href="/x">Xem thêm</a> chi tiết ở văn bản số 12/UBND.</p>',
    );
    expect(text).toContain('đăng nhập Cổng dịch vụ công');
    expect(text).toContain('lượt truy cập cổng thông tin đạt 3 triệu');
    expect(text).toContain('Chia sẻ kinh nghiệm');
    expect(text).toContain('Xem thêm Xem thêm chi tiết ở văn bản số 12/UBND.');
  });

  it('leaves data-table cells alone even when a cell is only a date or a count', () => {
    const { text } = cleaned('<table><tr><th>Ngày</th><th>Lượt xem</th></tr><tr><td>12/04/2023</td><td>Lượt xem: 120</td></tr></table>');
    expect(text).toContain('12/04/2023');
    expect(text).toContain('Lượt xem: 120');
  });

  it('removes a lone date line but keeps a dated sentence', () => {
    const { text } = cleaned('<div class="meta">Thứ tư, 22/10/2025, 19:25 (GMT+7)</div><p>Ngày 22/10/2025, bệnh viện tiếp nhận 63 bệnh nhân.</p>');
    expect(text).not.toContain('Thứ tư, 22/10/2025, 19:25');
    expect(text).toContain('Ngày 22/10/2025, bệnh viện tiếp nhận 63 bệnh nhân.');
  });

  it('keeps a date that is part of a citation or a sentence fragment (an encyclopedia\'s references, a blog\'s "updated" note)', () => {
    const { text } = cleaned(
      ARTICLE +
        '<ol class="references"><li><span class="reference-text"><cite>"Freeing the Source". Open Sources. <span class="reference-accessdate">. Retrieved <span class="nowrap">2016-05-01</span></span>.</cite></span></li>' +
        '<li><cite>Zawinski, Jamie (1996). "nscp dorm". <span>Truy cập <span>12/10/2007</span></span>.</cite></li></ol>' +
        '<div class="note"><em>Bài viết được cập nhật <span>ngày 20/04/2023</span></em></div>',
    );
    expect(text).toContain('Retrieved 2016-05-01');
    expect(text).toContain('Truy cập 12/10/2007');
    expect(text).toContain('Bài viết được cập nhật ngày 20/04/2023');
  });

  it('removes a portal\'s date line however its parts are nested ("Ngày đăng:" and the date in spans of their own)', () => {
    const { text } = cleaned('<div class="meta"><span class="label">Ngày đăng: <span class="value">20/06/2018</span></span></div>' + ARTICLE);
    expect(text).not.toContain('20/06/2018');
    expect(text).not.toContain('Ngày đăng');
    expect(text).toContain('Huyện Bảo Thắng');
  });

  it('removes short hidden widgets (tuoitre "Đọc tiếp", d-none) but not long hidden text or responsive blocks', () => {
    const long = 'Phần tiếp theo của bài viết được ẩn cho đến khi bạn đọc bấm nút. '.repeat(6);
    const { text } = cleaned(
      `<div class="readmore-body-box d-none"><a href="#">Đọc tiếp</a> <a href="/chu-de">Về trang Chủ đề</a></div>` +
        `<div class="hidden">${long}</div><div class="d-none d-md-block">Hiện trên máy tính</div>`,
    );
    expect(text).not.toContain('Đọc tiếp');
    expect(text).toContain('Phần tiếp theo của bài viết');
    expect(text).toContain('Hiện trên máy tính');
  });

  it('drops placeholder alts ("anh tin bai") without touching real ones', () => {
    const { doc } = cleaned('<img id="a" src="https://x.vn/a.jpg" alt="anh tin bai"><img id="b" src="https://x.vn/b.jpg" alt="Ảnh tin bài"><img id="c" src="https://x.vn/c.jpg" alt="Lãnh đạo huyện thăm mô hình">');
    expect(doc.querySelector('#a')!.hasAttribute('alt')).toBe(false);
    expect(doc.querySelector('#b')!.hasAttribute('alt')).toBe(false);
    expect(doc.querySelector('#c')!.getAttribute('alt')).toBe('Lãnh đạo huyện thăm mô hình');
  });

  it('stops a related box at the article: a "Xem thêm" line at the end of the body removes only itself', () => {
    const { text } = cleaned(`<div class="body">${ARTICLE}<p><a href="/x">Xem thêm</a></p></div>`);
    expect(text).toContain('Huyện Bảo Thắng hiện có 14 ban tuyên vận');
    expect(text).toContain('219,2m3 rác thải');
    expect(text).not.toContain('Xem thêm');
  });
});

describe('skip links', () => {
  it('removes a skip link to an in-page anchor, in WordPress and Liferay wording and in English', () => {
    const { text, report } = cleaned(
      '<div id="page"><a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>' +
        '<a class="d-block p-2 sr-only sr-only-focusable text-reset" href="#main-content">Bỏ qua nội dung chính</a>' +
        '<a class="u-h skip" href="#maincontent">Skip to main content</a><a class="mw-jump-link" href="#mw-head">Jump to navigation</a>' +
        `<div id="content">${ARTICLE}</div></div>`,
    );
    for (const gone of ['Chuyển đến nội dung', 'Bỏ qua nội dung chính', 'Skip to main content', 'Jump to navigation']) expect(text, gone).not.toContain(gone);
    expect(report.fired['skip-link']).toBe(4);
    expect(text).toContain('Huyện Bảo Thắng hiện có 14 ban tuyên vận');
  });

  it('keeps the same words when they are not a link to an anchor of the page, or sit in a sentence', () => {
    const { text } = cleaned(
      '<h2><a href="/chuyen-den-noi-dung">Chuyển đến nội dung</a></h2><p>Bỏ qua nội dung chính</p>' +
        '<p>Bấm <a href="#muc-2">Chuyển đến nội dung</a> để đọc mục hai của quy định này.</p>' + ARTICLE,
    );
    expect(text).toContain('Chuyển đến nội dungBỏ qua nội dung chính');
    expect(text).toContain('Bấm Chuyển đến nội dung để đọc mục hai');
  });
});
