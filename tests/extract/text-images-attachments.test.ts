import { describe, expect, it } from 'vitest';
import { collectAttachments, attachmentsNearLabels } from '../../utils/extract/attachments';
import { collectImages } from '../../utils/extract/images';
import { countWords, elementText } from '../../utils/extract/text';
import { parseHtml } from '../../utils/html/parse-html';
import { page } from './helpers';

const root = (body: string) => parseHtml(page(`<div id="c">${body}</div>`), 'https://x.vn/').querySelector('#c')!;

describe('elementText', () => {
  it('separates paragraphs by a blank line, keeps <br> line breaks, collapses NBSP indentation', () => {
    const t = elementText(root('<p>&nbsp;&nbsp;&nbsp;&nbsp;Đoạn một,\n  tiếp tục.</p><div>Đoạn hai<br>dòng hai</div><ul><li>a</li><li>b</li></ul>'));
    expect(t).toBe('Đoạn một, tiếp tục.\n\nĐoạn hai\ndòng hai\n\na\n\nb');
  });
  it('never turns alt or title attributes into text, and skips scripts and buttons', () => {
    const t = elementText(root('<p>Ảnh <img src="https://x.vn/a.jpg" alt="anh tin bai" title="Chung nhan Tin Nhiem Mang"> dưới đây</p><script>var x=1</script><button>Gửi</button>'));
    expect(t).toBe('Ảnh dưới đây');
  });
  it('keeps table rows apart and cells separated', () => {
    const t = elementText(root('<table><tr><th>Loại</th><th>Số liều</th></tr><tr><td>Lở mồm long móng</td><td>12.450</td></tr></table>'));
    expect(t).toBe('Loại\tSố liều\n\nLở mồm long móng\t12.450');
  });
  it('returns NFC text even when the page has NFD words (baodautu)', () => {
    const nfd = 'Thanh Hoá'.normalize('NFD');
    expect(elementText(root(`<p>${nfd}</p>`))).toBe('Thanh Hoá'.normalize('NFC'));
  });
  it('walks a 5 000-deep tree without overflowing the stack', () => {
    const deep = '<div>'.repeat(5000) + 'sâu' + '</div>'.repeat(5000);
    expect(elementText(root(deep))).toBe('sâu');
  });
  it('counts Vietnamese syllables and numbers as words', () => {
    expect(countWords('Huyện có 14 ban tuyên vận, 2.132 ngày công.')).toBe(9);
  });
});

describe('collectImages', () => {
  it('reads captions from figcaption, caption tables and italic lines under the picture', () => {
    const imgs = collectImages(
      root(
        '<figure><img src="https://x.vn/1.jpg" alt="Một"><figcaption>Chú thích một</figcaption></figure>' +
          '<table class="image"><tr><td><img src="https://x.vn/2.jpg"></td></tr><tr><td class="image_desc">Chú thích hai</td></tr></table>' +
          '<p><img src="https://x.vn/3.jpg" alt="Ba"></p><p><em>Ảnh: Ngô Hải</em></p>' +
          '<p><img src="https://x.vn/4.jpg" alt="Bốn"></p><p>Đoạn văn thường ngay sau ảnh không phải chú thích.</p>' +
          '<img src="/relative.jpg">',
      ),
    );
    expect(imgs).toEqual([
      { src: 'https://x.vn/1.jpg', alt: 'Một', caption: 'Chú thích một' },
      { src: 'https://x.vn/2.jpg', alt: '', caption: 'Chú thích hai' },
      { src: 'https://x.vn/3.jpg', alt: 'Ba', caption: 'Ảnh: Ngô Hải' },
      { src: 'https://x.vn/4.jpg', alt: 'Bốn', caption: '' },
    ]);
  });
});

describe('attachments', () => {
  it('takes document links from the body and from a "File đính kèm" block, not from a sidebar', () => {
    const doc = parseHtml(
      page(
        '<div class="content"><p>Xem <a href="https://x.gov.vn/files/QD-123.pdf">Quyết định 123</a>.</p></div>' +
          '<div class="attach"><b>File đính kèm:</b><ul><li><a href="https://x.gov.vn/files/Mau-don.docx">Mẫu đơn</a></li>' +
          '<li><a href="https://x.gov.vn/DownloadFile.aspx?id=9">Bang-tong-hop.xlsx</a></li></ul></div>' +
          '<div class="sidebar"><h3>Văn bản mới</h3><a href="https://x.gov.vn/files/KH-khac.pdf">Kế hoạch khác</a></div>',
      ),
      'https://x.gov.vn/',
    );
    const found = collectAttachments(doc.querySelector('.content')!, attachmentsNearLabels(doc));
    expect(found).toEqual([
      { name: 'Quyết định 123', href: 'https://x.gov.vn/files/QD-123.pdf' },
      { name: 'Mẫu đơn', href: 'https://x.gov.vn/files/Mau-don.docx' },
      { name: 'Bang-tong-hop.xlsx', href: 'https://x.gov.vn/DownloadFile.aspx?id=9' },
    ]);
  });
});
