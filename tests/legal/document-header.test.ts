// The legal document header (utils/legal/document-header.ts) on two layouts of real documents:
//   - the two-column table thuvienphapluat.vn gives every document (copied as-is by vntaxdoc and many portals:
//     tests/data/corpus-dev/legal), issuer and number left, motto and date right;
//   - plain paragraphs as provincial portals paste a decision (UBND Hà Nội, QĐ 2280/QĐ-UBND 2026 as published on
//     hanoi.gov.vn before numbering: "Số: /QĐ-UBND", "Hà Nội, ngày tháng năm 2026").
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../utils/html/parse-html';
import { findMotto, readDocumentHeader } from '../../utils/legal/document-header';

const LEGAL = resolve(__dirname, '../data/corpus-dev/legal');
const body = (html: string, url = 'https://vntaxdoc.gpt4vn.com/docs/x.html') => parseHtml(html, url).body;
const devPage = (name: string) => body(readFileSync(resolve(LEGAL, `${name}.html`), 'utf8'));

describe('the table layout (thuvienphapluat.vn and its copies)', () => {
  it('reads a resolution of the National Assembly Standing Committee: type from the heading, number after "Nghị quyết số:"', () => {
    const h = readDocumentHeader(devPage('vntaxdoc-nq-954-2020-ubtvqh14'))!;
    expect(h.card).toEqual({ type: 'Nghị quyết', number: '954/2020/UBTVQH14', issuer: 'Ủy ban Thường vụ Quốc hội', signed: '2020-06-02', inForce: null, status: null });
    expect(h.name).toBe('Nghị quyết về điều chỉnh mức giảm trừ gia cảnh của thuế thu nhập cá nhân');
  });

  it('reads a letter (công văn): no type heading, a "V/v" subject under the number, the issuer is the lower line of its block', () => {
    const h = readDocumentHeader(devPage('vntaxdoc-cv-4334-ct-cds-2025'))!;
    expect(h.card.type).toBe('Công văn');
    expect(h.card.number).toBe('4334/CT-CĐS');
    expect(h.card.issuer).toBe('Cục Thuế');
    expect(h.card.signed).toBe('2025-10-10');
    expect(h.subject).toMatch(/^V\/v Danh mục cơ quan thuế/);
  });

  it('joins a provincial issuer split over two lines, and a "V/V" under the type heading stays the subject of a decision', () => {
    const h = readDocumentHeader(devPage('vntaxdoc-qd-52-2021-ubnd-quang-ninh'))!;
    expect(h.card.type).toBe('Quyết định');
    expect(h.card.issuer).toBe('Ủy ban nhân dân tỉnh Quảng Ninh');
    expect(h.card.number).toBe('52/2021/QĐ-UBND');
    // The enacting authority's line ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH") under the subject is not part of it.
    expect(h.subject).toMatch(/NĂM 2021$/);
  });

  it('reads a law: "Luật số:" gives the number, the heading "LUẬT" the type', () => {
    const h = readDocumentHeader(devPage('vntaxdoc-luat-56-2024-qh15'))!;
    expect(h.card).toMatchObject({ type: 'Luật', number: '56/2024/QH15', issuer: 'Quốc hội', signed: '2024-11-29' });
  });
});

const HANOI = `
<div class="vanban-content">
<p>ỦY BAN NHÂN DÂN</p><p>THÀNH PHỐ HÀ NỘI</p>
<p>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p>Số: /QĐ-UBND</p>
<p>Hà Nội, ngày tháng năm 2026</p>
<p><strong>QUYẾT ĐỊNH</strong></p>
<p><strong>Phê duyệt Kế hoạch Bảo đảm thoát nước, chống úng ngập<br>khu vực nội thành Thành phố mùa mưa năm 2026</strong></p>
<p><strong>ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI</strong></p>
<p>Căn cứ Luật Tổ chức chính quyền địa phương ngày 16/6/2025;</p>
<p>Căn cứ Luật Xây dựng ngày 18/6/2014; Luật sửa đổi, bổ sung một số điều của Luật Xây dựng ngày 17/6/2020;</p>
<p>Căn cứ Thông báo số 212-TB/TU ngày 23/01/2026 của Thành ủy Hà Nội;</p>
<p>Căn cứ Kế hoạch số 325/KH-UBND ngày 03/12/2025 của UBND Thành phố về khắc phục tình trạng úng ngập trên địa bàn Thành phố;</p>
<p>Theo đề nghị của Sở Xây dựng tại Tờ trình số 191/TTr-SXD ngày 10/4/2026 về Kế hoạch Bảo đảm thoát nước, chống úng ngập khu vực nội thành Thành phố mùa mưa năm 2026.</p>
</div>`;

describe('the paragraph layout (a provincial portal pasting a decision)', () => {
  it('reads issuer, type and subject; a number and a date not yet filled in stay empty', () => {
    const h = readDocumentHeader(body(`<html><body><header>Cổng thông tin điện tử Hà Nội</header>${HANOI}</body></html>`, 'https://hanoi.gov.vn/van-ban/qd-2280.htm'))!;
    expect(h.card).toEqual({ type: 'Quyết định', number: null, issuer: 'Ủy ban nhân dân thành phố Hà Nội', signed: null, inForce: null, status: null });
    expect(h.name).toBe('Quyết định phê duyệt Kế hoạch Bảo đảm thoát nước, chống úng ngập khu vực nội thành Thành phố mùa mưa năm 2026');
  });
});

describe('pages that are not a document', () => {
  it('a news story that names the state in a sentence has no header', () => {
    const doc = body(`<html><body><article><h1>Kỷ niệm Quốc khánh</h1><p>Ngày 2/9/1945, Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn độc lập khai sinh nước Việt Nam Dân chủ Cộng hòa, nay là nước CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM, mở ra kỷ nguyên mới cho dân tộc.</p></article></body></html>`, 'https://baochinhphu.vn/a.htm');
    expect(findMotto(doc)).toBeNull();
    expect(readDocumentHeader(doc)).toBeNull();
  });

  it('a form\'s letterhead with the motto but neither a number nor a type heading is not a document', () => {
    const doc = body(`<html><body><div><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p><p>ĐƠN ĐỀ NGHỊ CẤP GIẤY PHÉP</p><p>Kính gửi: Sở Xây dựng tỉnh Thanh Hóa</p><p>Tên chủ đầu tư: ................................................................................................................</p><p>Địa chỉ liên hệ: ..............................................................................................................</p><p>Số nhà: ........ Đường ........ Phường ........ Tỉnh ........ Số điện thoại: .................................</p></div></body></html>`, 'https://soxaydung.thanhhoa.gov.vn/mau-don.htm');
    expect(readDocumentHeader(doc)).toBeNull();
  });
});
