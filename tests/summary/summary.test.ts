import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../utils/summary/index';

const LEAD = 'Năm 2024, huyện Bảo Thắng hoàn thành xây dựng nông thôn mới với 12 xã đạt chuẩn, thu nhập bình quân đạt 62 triệu đồng/người/năm.';
const PARAS = [
  LEAD,
  'Ngay từ đầu năm, Ban Chỉ đạo các chương trình mục tiêu quốc gia huyện đã ban hành kế hoạch, phân công các thành viên phụ trách từng xã.',
  'Toàn huyện huy động hơn 350 tỷ đồng cho xây dựng nông thôn mới, trong đó nhân dân đóng góp 45 tỷ đồng và hiến hơn 20 ha đất làm đường.',
  'anh tin bai',
  'Các xã đã bê tông hóa 120 km đường giao thông nông thôn, xây mới 18 nhà văn hóa thôn và cứng hóa 35 km kênh mương nội đồng.',
  'Chất lượng xây dựng nông thôn mới ở các xã ngày càng được nâng lên, đời sống vật chất và tinh thần của nhân dân được cải thiện rõ rệt.',
  'Năm 2025, huyện phấn đấu có thêm 3 xã đạt chuẩn nông thôn mới nâng cao và 1 xã đạt chuẩn nông thôn mới kiểu mẫu.',
  'Ảnh: Lãnh đạo huyện kiểm tra công trình',
  'Ngô Hải - BTG HU',
];
const article = {
  title: 'Bảo Thắng hoàn thành xây dựng nông thôn mới',
  lead: LEAD,
  text: PARAS.join('\n\n'),
};

describe('summarize', () => {
  it('returns the requested number of sentences in article order, with offsets into the text', () => {
    const s = summarize(article, { sentences: 3 });
    expect(s).toHaveLength(3);
    for (const x of s) expect(article.text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.start)).toEqual([...s.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('keeps the lead', () => {
    expect(summarize(article)[0]!.text).toBe(LEAD);
  });

  it('skips captions, bylines and image placeholders', () => {
    const all = summarize(article, { sentences: 20 }).map((x) => x.text);
    expect(all).not.toContain('anh tin bai');
    expect(all).not.toContain('Ngô Hải - BTG HU');
    expect(all.some((t) => t.startsWith('Ảnh:'))).toBe(false);
  });

  it('prefers sentences with figures and topic words to generic ones', () => {
    const picked = summarize(article, { sentences: 3 }).map((x) => x.text);
    expect(picked).toContain(PARAS[2]);
  });

  it('is deterministic', () => {
    const a = summarize(article, { sentences: 4 });
    const b = summarize({ ...article }, { sentences: 4 });
    expect(b).toEqual(a);
  });

  it('skips near-duplicate sentences', () => {
    const dup = 'Toàn huyện huy động hơn 350 tỷ đồng cho xây dựng nông thôn mới, trong đó nhân dân đóng góp 45 tỷ đồng.';
    const text = [LEAD, dup, dup.replace('Toàn huyện', 'Cả huyện'), PARAS[4]].join('\n\n');
    const s = summarize({ text, lead: LEAD }, { sentences: 3 }).map((x) => x.text);
    expect(s.filter((t) => t.includes('350 tỷ đồng'))).toHaveLength(1);
  });

  it('handles empty and short texts', () => {
    expect(summarize({ text: '' })).toEqual([]);
    expect(summarize({ text: 'Tin ngắn.' })).toEqual([]);
    expect(summarize(article, { sentences: 0 })).toEqual([]);
  });

  it('summarises the seed article without its residue', () => {
    const seed = path.resolve(process.cwd(), '../shared/seed/article.txt');
    if (!existsSync(seed)) {
      if (process.env.CI) throw new Error(`seed article missing at ${seed}`);
      console.warn(`[skip] seed article not found at ${seed}`);
      return;
    }
    const lines = readFileSync(seed, 'utf8').split('\n').map((l) => l.replace(/\u00a0/g, ' ').trim()).filter(Boolean);
    const text = lines.slice(1).join('\n\n');
    const s = summarize({ text, lead: lines[1]!, title: lines[0]! });
    expect(s).toHaveLength(3);
    expect(s[0]!.text.startsWith('Huyện Bảo Thắng hiện có 14 ban tuyên vận')).toBe(true);
    for (const x of s) expect(['anh tin bai', 'Ngô Hải - BTG HU', 'Tin tức', 'Đăng nhập']).not.toContain(x.text);
  });
});
