import { describe, expect, it } from 'vitest';
import type { Article } from '../../utils/article';
import { articleToMarkdown } from '../../utils/extract/markdown';
import { parseHtml } from '../../utils/parse-html';

const base: Article = {
  url: 'https://x.vn/a', canonicalUrl: 'https://x.vn/a', title: 'Đông Sơn tiêm vắc xin', byline: 'Lê Minh Tuấn',
  publishedAt: '2019-05-24T08:15:00+07:00', siteName: 'UBND huyện Đông Sơn', lang: 'vi', lead: 'Đạt 96,2% kế hoạch.',
  html: '', text: '', images: [], attachments: [{ name: 'Kế hoạch', href: 'https://x.vn/kh.pdf' }], wordCount: 10, readingMinutes: 1, extractedAt: '2024-01-01T00:00:00Z',
};

describe('articleToMarkdown', () => {
  it('writes title, meta line, lead, headings, lists, pipe tables, images, links, attachments and figures', () => {
    const html =
      '<h2>Kết quả</h2><p>Tiêm <strong>12.450</strong> liều, xem <a href="https://x.vn/b">chi tiết</a>.</p>' +
      '<ul><li>Trâu</li><li>Bò</li></ul><table><tr><th>Loại</th><th>Liều</th></tr><tr><td>LMLM</td><td>12.450</td></tr></table>' +
      '<figure><img src="https://x.vn/1.jpg" alt="Tiêm phòng"><figcaption>Cán bộ thú y tiêm phòng</figcaption></figure>';
    const md = articleToMarkdown(base, parseHtml(html, base.url).body, [{ kind: 'percent', text: '96,2%', start: 0, end: 5, value: 96.2, unit: '%' }]);
    expect(md).toContain('# Đông Sơn tiêm vắc xin');
    expect(md).toContain('*UBND huyện Đông Sơn · 2019-05-24T08:15:00+07:00 · Lê Minh Tuấn*');
    expect(md).toContain('**Đạt 96,2% kế hoạch.**');
    expect(md).toContain('### Kết quả');
    expect(md).toContain('Tiêm **12.450** liều, xem [chi tiết](https://x.vn/b).');
    expect(md).toContain('- Trâu\n- Bò');
    expect(md).toContain('| Loại | Liều |\n| --- | --- |\n| LMLM | 12.450 |');
    expect(md).toContain('![Tiêm phòng](https://x.vn/1.jpg)');
    expect(md).toContain('![Tiêm phòng](https://x.vn/1.jpg)\n\n*Cán bộ thú y tiêm phòng*');
    expect(md).toContain('- [Kế hoạch](https://x.vn/kh.pdf)');
    expect(md).toContain('| 96,2% | percent | 96.2 | % |');
  });
  it('escapes Markdown syntax in page text', () => {
    const md = articleToMarkdown({ ...base, lead: '', attachments: [] }, parseHtml('<p>a*b_c [d]</p>', base.url).body);
    expect(md).toContain('a\\*b\\_c \\[d\\]');
  });
});
