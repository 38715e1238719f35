import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { syllablesOf } from '../../utils/summary/features';
import { MAX_BULLET_SYLLABLES, MAX_SHARE, scoreInputs, summarize } from '../../utils/summary/index';
import { checkModel, summaryModel } from '../../utils/summary/model';
import { sharedAvailable, SHARED_DIR } from '../helpers/shared';
import { ARTICLE, ATTENDS, BYLINE, CAPTION, CHAIRS, LEAD, REPEAT, RESULT, SPEECH, TITLE } from './fixtures/article';

const texts = (a: Parameters<typeof summarize>[0], n = 3) => summarize(a, { sentences: n }).map((s) => s.text);

describe('summarize', () => {
  it('returns at most the requested number of sentences, in article order, with offsets into the text', () => {
    const s = summarize(ARTICLE, { sentences: 3 });
    expect(s.length).toBeGreaterThanOrEqual(2);
    expect(s.length).toBeLessThanOrEqual(3);
    for (const x of s) expect(ARTICLE.text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => x.start)).toEqual([...s.map((x) => x.start)].sort((a, b) => a - b));
  });

  it('adds to the lead instead of repeating it when the lead is shown', () => {
    expect(texts(ARTICLE)).not.toContain(LEAD);
    // Without a separate lead the opening sentence is an ordinary candidate.
    const noLead = { title: TITLE, text: ARTICLE.text.replace(`${LEAD}\n\n`, '') + '\n\n' + LEAD };
    expect(summarize(noLead).length).toBeGreaterThan(0);
  });

  it('picks the results, not the meeting boilerplate', () => {
    const picked = texts(ARTICLE);
    expect(picked).toContain(RESULT);
    for (const boilerplate of [CHAIRS, ATTENDS, SPEECH]) expect(picked).not.toContain(boilerplate);
  });

  it('never states the same figure twice: the restated budget total loses to the first statement', () => {
    const picked = texts(ARTICLE, 5);
    expect(picked.filter((t) => t.includes('512,7 tỷ đồng'))).toHaveLength(1);
    expect(picked).not.toContain(REPEAT);
  });

  it('never considers the extractor-found caption or the byline', () => {
    const candidates = scoreInputs(ARTICLE).candidates.map((c) => c.text);
    expect(candidates).not.toContain(CAPTION);
    expect(candidates).not.toContain(BYLINE);
    // The caption reads like prose: only the extractor's images give it away.
    expect(scoreInputs({ ...ARTICLE, images: [] }).candidates.map((c) => c.text)).toContain(CAPTION);
  });

  it('keeps bullets short and the whole summary well under a third of the article', () => {
    const s = texts(ARTICLE, 20);
    expect(s.join('').length).toBeLessThanOrEqual(ARTICLE.text.length * MAX_SHARE);
    for (const t of s) expect(syllablesOf(t).length).toBeLessThanOrEqual(MAX_BULLET_SYLLABLES);
  });

  it('takes long sentences when the text has nothing shorter', () => {
    const long = [
      'Năm 2024, toàn huyện đã huy động hơn 350 tỷ đồng cho xây dựng nông thôn mới, trong đó ngân sách trung ương 120 tỷ đồng, ngân sách tỉnh 90 tỷ đồng, ngân sách huyện 60 tỷ đồng, vốn lồng ghép các chương trình 50 tỷ đồng và nhân dân đóng góp hơn 30 tỷ đồng.',
      'Các xã đã bê tông hóa được 120 km đường giao thông nông thôn, xây mới 18 nhà văn hóa thôn, cứng hóa 35 km kênh mương nội đồng, sửa chữa 12 trường học và trạm y tế, đồng thời hỗ trợ 350 hộ nghèo xây dựng nhà ở với tổng kinh phí hơn 17 tỷ đồng từ nhiều nguồn vốn khác nhau.',
      'Trong năm 2025, huyện tiếp tục tập trung chỉ đạo quyết liệt công tác giải phóng mặt bằng các dự án trọng điểm, đẩy nhanh tiến độ giải ngân vốn đầu tư công, thu hút đầu tư vào các khu, cụm công nghiệp và phát triển mạnh các sản phẩm nông nghiệp hàng hóa có giá trị cao.',
      'Ban Chỉ đạo các chương trình mục tiêu quốc gia của huyện đã phân công các thành viên phụ trách từng xã, thường xuyên kiểm tra, đôn đốc, tháo gỡ khó khăn vướng mắc ở cơ sở và kịp thời biểu dương, khen thưởng những tập thể, cá nhân có nhiều đóng góp cho phong trào.',
    ];
    for (const t of long) expect(syllablesOf(t).length).toBeGreaterThan(MAX_BULLET_SYLLABLES);
    const picked = texts({ text: long.join('\n\n') }, 1);
    expect(picked).toHaveLength(1);
    expect(long).toContain(picked[0]);
  });

  it('is deterministic', () => {
    expect(summarize({ ...ARTICLE }, { sentences: 4 })).toEqual(summarize(ARTICLE, { sentences: 4 }));
  });

  it('handles empty and short texts', () => {
    expect(summarize({ text: '' })).toEqual([]);
    expect(summarize({ text: 'Tin ngắn.' })).toEqual([]);
    expect(summarize(ARTICLE, { sentences: 0 })).toEqual([]);
  });

  it('summarises the seed article without its lead or its residue', () => {
    if (!sharedAvailable('the seed article summary test')) return;
    const lines = readFileSync(path.join(SHARED_DIR, 'seed/article.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/\u00a0/g, ' ').trim())
      .filter(Boolean);
    const text = lines.slice(1).join('\n\n');
    const s = summarize({ text, lead: lines[1]!, title: lines[0]! });
    expect(s.length).toBeGreaterThanOrEqual(2);
    expect(s.map((x) => x.text)).not.toContain(lines[1]);
    for (const x of s) expect(['anh tin bai', 'Ngô Hải - BTG HU', 'Tin tức', 'Đăng nhập']).not.toContain(x.text);
    expect(s.reduce((n, x) => n + x.text.length, 0)).toBeLessThan(text.length / 3);
  });
});

describe('the shipped model', () => {
  it('matches the feature list and stays small', () => {
    expect(() => summaryModel()).not.toThrow();
    // The budget for the shipped model: it is bundled into the analyser script.
    expect(statSync(path.resolve('utils/summary/weights.json')).size).toBeLessThanOrEqual(100 * 1024);
    expect(summaryModel().trees.length).toBeGreaterThan(0);
  });

  it('a stale weights file fails loudly', () => {
    const m = summaryModel();
    expect(() => checkModel({ ...m, features: m.features.slice(1) })).toThrow(/train:summary/);
    expect(() => checkModel({ ...m, weights: m.weights.map(() => Number.NaN) })).toThrow(/train:summary/);
  });
});
