import { describe, expect, it } from 'vitest';
import { findFigures } from '../../utils/figures/index';
import { candidateFeatures, FEATURE_NAMES, type FeatureName } from '../../utils/summary/features';
import { splitSentences } from '../../utils/text/sentences';

const TITLE = 'Khởi tố, tạm giam hai nhân viên công ty địa ốc chống lệnh cưỡng chế';
const SENTENCES = [
  'Viện kiểm sát nhân dân thị xã Phú Mỹ vừa phê chuẩn quyết định khởi tố bị can, lệnh tạm giam đối với 2 nhân viên Công ty Địa ốc Alibaba.',
  'Ngày 22/6, cơ quan CSĐT Công an thị xã Phú Mỹ đã ra quyết định khởi tố vụ án hình sự về tội gây rối trật tự công cộng.',
  'Theo đó, hai bị can đã dùng máy xúc phá hàng rào của lực lượng cưỡng chế trên đất nông nghiệp.',
  'Ông Nguyễn Văn Hùng, Chủ tịch UBND xã Tóc Tiên, cho biết xã sẽ tiếp tục xử lý các công trình xây dựng trái phép.',
];

function rows() {
  const text = SENTENCES.join('\n');
  const { features } = candidateFeatures(splitSentences(text), TITLE, findFigures(text), findFigures(TITLE));
  return features.map((r) => Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, r[i]!])) as Record<FeatureName, number>);
}

describe('features of a sentence against the rest of the article', () => {
  it('measures what a sentence shares with the opening sentences other than itself', () => {
    const [first, second, theo, quote] = rows();
    expect(second!.openingOverlap).toBeGreaterThan(quote!.openingOverlap);
    expect(first!.openingShare).toBeGreaterThan(quote!.openingShare);
    expect(theo!.openingShare).toBeGreaterThan(0);
  });

  it('marks news form: "vừa", reported speech, names in capitals, a short clause before a comma', () => {
    const [first, second, theo, quote] = rows();
    expect([first, second, theo, quote].map((r) => r!.justNow)).toEqual([1, 0, 0, 0]);
    expect([first, second, theo, quote].map((r) => r!.reportedSpeech)).toEqual([0, 0, 0, 1]);
    expect([first, second, theo, quote].map((r) => r!.leansOnPrevious)).toEqual([0, 1, 1, 0]);
    expect(quote!.capitals).toBeGreaterThan(theo!.capitals);
  });

  it('compares each sentence with the others in headline overlap and length', () => {
    const r = rows();
    expect(Math.max(...r.map((x) => x.relativeTitle))).toBe(1);
    expect(r[0]!.relativeTitle).toBe(1);
    expect(r[2]!.relativeTitle).toBeLessThan(1);
    const mean = r.reduce((s, x) => s + x.relativeLength, 0) / r.length;
    expect(mean).toBeCloseTo(1, 6);
    expect(r.map((x) => x.absolutePosition)).toEqual([0, 1 / 30, 2 / 30, 3 / 30]);
    expect(r[0]!.articleSize).toBe(4 / 80);
  });
});
