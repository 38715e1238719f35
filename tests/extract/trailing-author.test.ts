// A news CMS prints the author as a right-aligned name right after the body's container, outside the element
// Readability keeps: the byline must still be found (the real Pháp Luật Plus page of the development corpus and a
// DotNetNuke-style district portal page modelled on another CMS), and a legal document's signer is never an author.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { article, page } from './helpers';

const DEV = resolve(__dirname, '../data/corpus-dev');

const PARAGRAPHS = [
  'Sáng 12/4, Ủy ban nhân dân huyện Tân Phú tổ chức hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm 2024, triển khai nhiệm vụ năm 2025.',
  'Năm 2024, trên địa bàn huyện xảy ra 6 đợt mưa lớn kèm lốc xoáy, làm sập 3 căn nhà, tốc mái 41 căn nhà và gây thiệt hại khoảng 2,3 tỷ đồng; các xã đã kịp thời hỗ trợ người dân khắc phục hậu quả.',
  'Trong năm, Ban Chỉ huy phòng, chống thiên tai huyện đã tổ chức 4 lớp tập huấn cho 320 lượt cán bộ xã, ấp về kỹ năng ứng phó với mưa lớn, lốc xoáy và sạt lở bờ sông.',
  'Lực lượng xung kích tại các xã được kiện toàn với hơn 1.200 thành viên; huyện đã cấp bổ sung 150 áo phao, 20 xuồng máy và 6 máy phát điện dự phòng cho các điểm xung yếu.',
  'Phát biểu chỉ đạo, Phó Chủ tịch UBND huyện đề nghị các xã, thị trấn chủ động rà soát khu dân cư ven sông, xây dựng phương án sơ tán và tổ chức diễn tập ít nhất một lần trong năm.',
];

function dnnPage(author: string): string {
  return page(
    '<div id="dnn_ContentPane"><div class="DnnModule"><h1 class="Head">Tân Phú tổng kết công tác phòng, chống thiên tai năm 2024</h1>' +
      '<div class="ngaydang">12/04/2025</div>' +
      `<div class="News_Content"><div class="noidung">${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div>` +
      `<p style="text-align: right;"><strong>${author}</strong></p>` +
      '<div class="tinkhac"><a href="/tin/1.aspx">Huyện Tân Phú ra quân làm sạch kênh rạch mùa khô năm 2025</a></div></div></div>',
    '<title>Tân Phú tổng kết công tác phòng, chống thiên tai năm 2024</title>',
  );
}

describe('the right-aligned author line after the body', () => {
  it('Pháp Luật Plus (explus CMS): "Thu Lương" after the article container', async () => {
    const html = readFileSync(resolve(DEV, 'news/phapluatplus-d4617-saved-2017.html'), 'utf8');
    const a = await article(html, 'http://www.phapluatplus.vn/mo-xe-bai-thuoc-nam-chua-khoi-benh-tri-bang-dong-y-o-viet-nam-d4617.html');
    expect(a.byline).toBe('Thu Lương');
  });

  it('a DotNetNuke-style district portal: the name after the news module\'s body, with the body intact', async () => {
    const a = await article(dnnPage('Minh Hoàng - Phòng NN&PTNT'), 'https://tanphu.dongnai.gov.vn/tin-tuc/tong-ket.aspx');
    expect(a.byline).toBe('Minh Hoàng');
    expect(a.text).toContain('tổ chức diễn tập ít nhất một lần trong năm.');
  });

  it('a right-aligned place-and-date line is no author', async () => {
    const a = await article(dnnPage('Tân Phú, ngày 12 tháng 4 năm 2025'), 'https://tanphu.dongnai.gov.vn/tin-tuc/tong-ket.aspx');
    expect(a.byline).toBeNull();
  });
});
