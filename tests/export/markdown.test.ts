// The one Markdown exporter (popup, library, CLI): front matter a YAML parser reads back exactly (as Obsidian
// does), summary, body, figures as a label | figure table with no repeated sentence, page text escaped.
import { load } from 'js-yaml';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, markdownFileName, yamlString } from '../../utils/export/markdown';
import type { KeyFigure } from '../../utils/model/figure';
import { makeArticle } from '../library/fixtures/articles';

function frontMatterOf(md: string): Record<string, unknown> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  expect(m, 'front matter block').not.toBeNull();
  return load(m![1]!) as Record<string, unknown>;
}

const LONG_SENTENCE =
  'Năm 2023, tổng thu ngân sách trên địa bàn huyện đạt 512,7 tỷ đồng, bằng 108,3% dự toán tỉnh giao, tăng 12% so với cùng kỳ, trong đó thu tiền sử dụng đất đạt 210 tỷ đồng và 350 hộ nghèo được hỗ trợ làm nhà.';
const fig = (text: string, kind: KeyFigure['kind'], extra: Partial<KeyFigure> = {}): KeyFigure => ({
  kind,
  text,
  start: LONG_SENTENCE.indexOf(text),
  end: LONG_SENTENCE.indexOf(text) + text.length,
  sentence: LONG_SENTENCE,
  score: 1,
  ...extra,
});

describe('articleToMarkdown', () => {
  it('writes Obsidian front matter with title, source, url, author, published, saved and tags', () => {
    const md = articleToMarkdown({ ...makeArticle(), savedAt: '2026-12-02T23:10:00.000Z', tags: ['tuyên vận', 'Bảo Thắng'] });
    expect(md.startsWith('---\ntitle: "Duy trì nâng cao chất lượng công tác tuyên vận"\n')).toBe(true);
    expect(frontMatterOf(md)).toEqual({
      title: 'Duy trì nâng cao chất lượng công tác tuyên vận',
      source: 'Cổng TTĐT huyện Bảo Thắng',
      url: 'https://baothang.laocai.gov.vn/tin-tuc/duy-tri-nang-cao-chat-luong-cong-tac-tuyen-van-123.html',
      author: 'Ngô Hải',
      // Plain YYYY-MM-DD: YAML (and Obsidian's properties) read them as dates, not strings.
      published: new Date('2023-04-18T00:00:00Z'),
      saved: new Date('2026-12-02T00:00:00Z'),
      tags: ['tuyên-vận', 'Bảo-Thắng'],
    });
    expect(md).toContain('\npublished: 2023-04-18\n');
  });

  it('keeps hostile metadata literal: quotes, colons, newlines, YAML markers and control characters', () => {
    const title = 'Tin "nóng": --- \n#tag: [1, 2] & *ref !!binary \\ \u0085\u007f cuối';
    const md = articleToMarkdown(makeArticle({ title, byline: "'; rm -rf / ---", siteName: 'x\n- a\n- b', publishedAt: null }));
    const fm = frontMatterOf(md);
    expect(fm.title).toBe('Tin "nóng": --- #tag: [1, 2] & *ref !!binary \\ \u0085\u007f cuối');
    expect(fm.author).toBe("'; rm -rf / ---");
    expect(fm.source).toBe('x - a - b');
    expect(fm).not.toHaveProperty('published');
    // Exactly one front matter block: the title's "---" did not end it early.
    expect(md.split('\n').filter((l) => l === '---')).toHaveLength(3);
    expect(yamlString('\ud800x')).toBe('"\ufffdx"');
  });

  it('omits saved and tags for an article that is not saved, and uses the host when the page has no site name', () => {
    const fm = frontMatterOf(articleToMarkdown(makeArticle({ siteName: null, byline: null })));
    expect(Object.keys(fm)).toEqual(['title', 'source', 'url', 'published']);
    expect(fm.source).toBe('baothang.laocai.gov.vn');
  });

  it('writes the lead, the summary, the body once, images, figures as a table and the source', () => {
    const a = makeArticle({
      summary: [{ text: 'Huyện đã chỉ đạo rà soát kiện toàn ban tuyên vận.', start: 0, end: 10 }],
    });
    const md = articleToMarkdown(a);
    const order = ['# Duy trì', '> Huyện Bảo Thắng hiện có 14 ban', '## Tóm tắt', '- Huyện đã chỉ đạo rà soát', '## Nội dung', 'Ngay từ đầu năm 2023', '![Hội nghị tuyên vận](https://baothang.laocai.gov.vn/images/tuyen-van.jpg)', 'Nguồn: <https://baothang.laocai.gov.vn/'];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((k) => k > 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    // The lead is not repeated as the first body paragraph.
    expect(md.match(/Huyện Bảo Thắng hiện có 14 ban/g)).toHaveLength(1);
  });

  it('lists key figures as "label | figure" rows, once each, without their sentences', () => {
    const keyFigures = [
      fig('512,7 tỷ đồng', 'money', { label: 'Thu ngân sách' } as Partial<KeyFigure>),
      fig('108,3%', 'percent'),
      fig('12%', 'percent'),
      fig('210 tỷ đồng', 'money', { label: 'Thu tiền sử dụng đất' } as Partial<KeyFigure>),
      fig('350 hộ', 'quantity'),
      fig('512,7 tỷ đồng', 'money', { label: 'Thu ngân sách' } as Partial<KeyFigure>),
    ];
    const text = `${LONG_SENTENCE}\n\nCác xã đều hoàn thành kế hoạch.`;
    const md = articleToMarkdown(makeArticle({ lead: '', text, keyFigures }));
    const table = md.slice(md.indexOf('## Số liệu chính'));
    expect(table.split('\n').slice(2, 9)).toEqual([
      '| Số liệu | Giá trị |',
      '| --- | --- |',
      '| Thu ngân sách | 512,7 tỷ đồng |',
      '| Tỉ lệ phần trăm | 108,3% |',
      '| Tỉ lệ phần trăm | 12% |',
      '| Thu tiền sử dụng đất | 210 tỷ đồng |',
      '| Số lượng | 350 hộ |',
    ]);
    // The 200-character sentence appears once (in the body), not once per figure.
    expect(md.split('Năm 2023, tổng thu ngân sách').length - 1).toBe(1);
  });

  it('turns tab-separated table rows of the text into a Markdown table and escapes page syntax', () => {
    const text = 'Mở đầu.\n\nXã\tHộ nghèo\nPhú Nhuận\t12\nXuân Quang\t8\n\n*Nóng*: [bấm](javascript:alert(1))\n\n# không phải tiêu đề';
    const md = articleToMarkdown(makeArticle({ lead: 'Mở đầu.', text, title: '*Nóng* | [x](y)' }));
    expect(md).toContain('| Xã | Hộ nghèo |\n| --- | --- |\n| Phú Nhuận | 12 |\n| Xuân Quang | 8 |');
    expect(md).toContain('\\*Nóng\\*: \\[bấm\\](javascript:alert(1))');
    expect(md).toContain('\n\\# không phải tiêu đề\n');
    expect(md).toContain('# \\*Nóng\\* \\| \\[x\\](y)');
  });

  it('gives a plain ASCII file name', () => {
    expect(markdownFileName('Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024 — Đảng bộ')).toBe('hoi-nghi-trien-khai-nhiem-vu-chuyen-doi-so-nam-2024-dang-bo.md');
    expect(markdownFileName('???')).toBe('bai-viet.md');
  });

  it('is what `cli read --format md` prints for a portal page', async () => {
    const { main } = await import('../../cli/read');
    const { runCli } = await import('../helpers/run-cli');
    const page = resolve(__dirname, '../fixtures/portals/liferay.html');
    const url = 'https://yenbinh.gov.vn/web/guest/tin-tuc-su-kien/-/asset_publisher/abc123/content/hoi-nghi-trien-khai-chuyen-doi-so-2024';
    const json = await runCli(main, [page, '--url', url]);
    const md = await runCli(main, [page, '--url', url, '--format', 'md']);
    expect(md.code).toBe(0);
    expect(md.out).toBe(articleToMarkdown((JSON.parse(json.out) as { article: Parameters<typeof articleToMarkdown>[0] }).article).trimEnd() + '\n');
    expect(frontMatterOf(md.out)).toMatchObject({ title: 'Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024', author: 'Sở Thông tin và Truyền thông', published: new Date('2024-04-12T00:00:00Z') });
    expect(readFileSync(page, 'utf8')).toContain('yenbinh');
  });
});

describe('a legal document\'s card in the front matter', () => {
  it('carries type, number, issuer, signed, in_force and status (those the page showed), dates as days', () => {
    const md = articleToMarkdown(
      makeArticle({ kind: 'legal', document: { type: 'Nghị quyết', number: '954/2020/UBTVQH14', issuer: 'Ủy ban Thường vụ Quốc hội', signed: '2020-06-02', inForce: '2020-07-01', status: null } }),
    );
    const fm = frontMatterOf(md);
    expect(fm).toMatchObject({ type: 'Nghị quyết', number: '954/2020/UBTVQH14', issuer: 'Ủy ban Thường vụ Quốc hội' });
    expect(md).toMatch(/\nsigned: 2020-06-02\n/);
    expect(md).toMatch(/\nin_force: 2020-07-01\n/);
    expect(fm).not.toHaveProperty('status');
  });

  it('an article without a card has none of these fields', () => {
    const fm = frontMatterOf(articleToMarkdown(makeArticle()));
    for (const key of ['type', 'number', 'issuer', 'signed', 'in_force', 'status']) expect(fm).not.toHaveProperty(key);
  });
});
