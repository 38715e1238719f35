import { describe, expect, it } from 'vitest';
import { findFigures } from '../../utils/figures/index';
import { keyFigures } from '../../utils/figures/rank';

const LEAD = 'Năm 2024, tổng thu ngân sách trên địa bàn huyện đạt 512,7 tỷ đồng, bằng 108,3% dự toán tỉnh giao.';
const BODY = [
  'Thực hiện Nghị quyết số 12-NQ/HU ngày 5/1/2024 của Ban Chấp hành Đảng bộ huyện, các xã đã tập trung chỉ đạo.',
  'Toàn huyện có 1.245 hộ nghèo, chiếm 4,12% tổng số hộ; 3 xã đạt chuẩn nông thôn mới nâng cao.',
  'Trong năm, huyện giải ngân 512,7 tỷ đồng vốn đầu tư công, hoàn thành 18 công trình.',
  'Hội nghị diễn ra trong 2 ngày tại Hội trường UBND huyện.',
].join('\n\n');
const article = { text: `${LEAD}\n\n${BODY}`, lead: LEAD };

describe('keyFigures', () => {
  it('puts money and percentages from the lead first, and keeps the governing document among the chips', () => {
    const keys = keyFigures(article);
    expect(keys.slice(0, 2).map((k) => k.text)).toEqual(['512,7 tỷ đồng', '108,3%']);
    // "Thực hiện Nghị quyết số 12-NQ/HU": the document the article carries out, which readers look for.
    expect(keys.some((k) => k.code === '12-NQ/HU')).toBe(true);
    // A plain date in the body ("ngày 5/1/2024") ranks below the lead's amounts, the big count and the document.
    const date = keys.findIndex((k) => k.kind === 'date');
    const household = keys.findIndex((k) => k.text === '1.245 hộ');
    const document = keys.findIndex((k) => k.kind === 'document');
    expect(date === -1 || (date > household && date > document)).toBe(true);
  });

  it('merges repeats of the same kind, value and unit', () => {
    const keys = keyFigures(article, undefined, 20);
    expect(keys.filter((k) => k.kind === 'money' && k.value === 512.7e9)).toHaveLength(1);
    expect(keys.find((k) => k.value === 512.7e9)!.start).toBe(LEAD.indexOf('512,7'));
  });

  it('ranks a large count above a small duration', () => {
    const keys = keyFigures(article, undefined, 20);
    const households = keys.findIndex((k) => k.text === '1.245 hộ');
    const days = keys.findIndex((k) => k.text === '2 ngày');
    expect(households).toBeGreaterThanOrEqual(0);
    expect(days === -1 || households < days).toBe(true);
  });

  it('gives each figure its sentence and respects max', () => {
    const keys = keyFigures(article, undefined, 3);
    expect(keys).toHaveLength(3);
    for (const k of keys) {
      expect(k.sentence).toContain(k.text);
      expect(article.text.slice(k.start, k.end)).toBe(k.text);
    }
  });

  it('is deterministic and accepts precomputed figures', () => {
    const figures = findFigures(article.text);
    expect(keyFigures(article, figures)).toEqual(keyFigures(article));
    expect(keyFigures(article)).toEqual(keyFigures(article));
  });

  it('returns nothing for a text without figures', () => {
    expect(keyFigures({ text: 'Huyện tổ chức hội nghị tổng kết công tác tuyên vận.', lead: '' })).toEqual([]);
  });
});
