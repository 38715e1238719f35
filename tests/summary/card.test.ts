// The summary card (utils/summary/card.ts): the lead's gist first, whole sentences, no connective or list
// marker at the start, within CARD_MAX_CHARS, and every sentence an exact slice of the article's text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_MAX_CHARS, cardSentences, trimOpening } from '../../utils/summary/card';

// The seed article's text (tests/fixtures/demo holds the portal page; its text as the extractor gives it).
const SEED = readFileSync(path.resolve(__dirname, '../../tests/fixtures/demo/bao-thang-tuyen-van.html'), 'utf8');
const seedText = (): string => {
  const paras = [...SEED.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, '').replace(/&nbsp;|\s+/g, ' ').trim()).filter((p) => p.length > 80);
  return paras.join('\n\n');
};

const PORTAL = [
  '(Laocai.gov.vn) - Năm 2025, tổng thu ngân sách trên địa bàn tỉnh đạt 3.580 tỷ đồng, bằng 112% dự toán; 94,5% dân số tham gia bảo hiểm y tế.',
  'Cụ thể, thu nội địa đạt 2.968,5 tỷ đồng, tăng 9% so với cùng kỳ.',
  'Theo đó, tỉnh đã dành 24,6 tỷ đồng hỗ trợ các xã đặc biệt khó khăn xây dựng đường giao thông nông thôn.',
  'b) Dự thảo kế hoạch năm 2026 được gửi các sở, ngành góp ý trước ngày 15/12.',
  'Hội nghị cũng nghe báo cáo về công tác cải cách hành chính, chuyển đổi số và phòng chống thiên tai trong năm qua.',
].join('\n\n');
const PORTAL_LEAD = PORTAL.split('\n\n')[0]!;

describe('the summary card', () => {
  it('opens with the lead, without its dateline, then adds the summary sentences, all exact slices', () => {
    const card = cardSentences({ text: PORTAL, lead: PORTAL_LEAD, title: 'Thu ngân sách đạt 3.580 tỷ đồng' });
    expect(card[0]!.text).toBe('Năm 2025, tổng thu ngân sách trên địa bàn tỉnh đạt 3.580 tỷ đồng, bằng 112% dự toán; 94,5% dân số tham gia bảo hiểm y tế.');
    expect(card.length).toBeGreaterThan(1);
    for (const s of card) expect(PORTAL.slice(s.start, s.end)).toBe(s.text);
    expect(card.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(CARD_MAX_CHARS);
    // No sentence after the lead repeats it, and none opens with a connective or a list marker.
    for (const s of card.slice(1)) {
      expect(PORTAL_LEAD.includes(s.text)).toBe(false);
      expect(s.text).not.toMatch(/^(?:Cụ thể|Theo đó|b\))/u);
    }
  });

  it('without a lead is the summary alone, in article order', () => {
    const text = seedText();
    const card = cardSentences({ text, lead: '', title: 'Duy trì nâng cao chất lượng công tác tuyên vận' });
    expect(card.length).toBeGreaterThanOrEqual(2);
    expect(card.map((s) => s.start)).toEqual([...card.map((s) => s.start)].sort((a, b) => a - b));
    for (const s of card) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(card.reduce((n, s) => n + s.text.length, 0)).toBeLessThanOrEqual(CARD_MAX_CHARS);
  });

  it('drops connectives and list markers, but not a verb that begins like one', () => {
    const at = (text: string) => trimOpening({ text, start: 10, end: 10 + text.length });
    expect(at('Cụ thể, thu nội địa đạt 2.968,5 tỷ đồng.')).toEqual({ text: 'thu nội địa đạt 2.968,5 tỷ đồng.', start: 18, end: 50 });
    expect(at('Được biết, dự án khởi công năm 2024.').text).toBe('dự án khởi công năm 2024.');
    expect(at('B) Dự thảo kế hoạch được gửi góp ý.').text).toBe('Dự thảo kế hoạch được gửi góp ý.');
    expect(at('a. Theo đó, mỗi hộ được hỗ trợ 5 triệu đồng.').text).toBe('mỗi hộ được hỗ trợ 5 triệu đồng.');
    expect(at('A. Nguyễn cho biết dự án khởi công năm 2024.').text).toBe('A. Nguyễn cho biết dự án khởi công năm 2024.');
    expect(at('2.1. Tổng thu đạt 512 tỷ đồng.').text).toBe('Tổng thu đạt 512 tỷ đồng.');
    expect(at('- Theo đó, xã được hỗ trợ 2 tỷ đồng.').text).toBe('xã được hỗ trợ 2 tỷ đồng.');
    expect(at('Cụ thể ngày 25/3/2023 đã có trên 16 nghìn người tham gia.').text).toBe('ngày 25/3/2023 đã có trên 16 nghìn người tham gia.');
    expect(at('Cụ thể hóa nghị quyết của Đảng ở cơ sở.').text).toBe('Cụ thể hóa nghị quyết của Đảng ở cơ sở.');
  });
});
