import { describe, expect, it } from 'vitest';
import { rouge, rougeL, rougeN, rougeTokens } from '../../tools/summary/rouge';

describe('rougeTokens', () => {
  it('lower-cases syllables, drops punctuation and keeps numbers whole', () => {
    expect(rougeTokens('Ngày 22/6, thu ngân sách đạt 2.132,5 tỷ đồng (tăng 1,6%).')).toEqual([
      'ngày', '22/6', 'thu', 'ngân', 'sách', 'đạt', '2.132,5', 'tỷ', 'đồng', 'tăng', '1,6',
    ]);
  });

  it('reads decomposed (NFD) text as its NFC form', () => {
    expect(rougeTokens('Hà Nội'.normalize('NFD'))).toEqual(['hà', 'nội']);
  });
});

describe('rougeN and rougeL', () => {
  const ref = rougeTokens('huyện hoàn thành 14/16 chỉ tiêu năm 2024');

  it('scores an exact copy 1 and a disjoint text 0', () => {
    expect(rougeN(ref, ref, 1).f1).toBe(1);
    expect(rougeN(ref, ref, 2).f1).toBe(1);
    expect(rougeL(ref, ref).f1).toBe(1);
    const other = rougeTokens('trời mưa to');
    expect(rougeN(other, ref, 1).f1).toBe(0);
    expect(rougeL(other, ref).f1).toBe(0);
  });

  it('computes precision, recall and F1 by hand-checked counts', () => {
    // candidate: "huyện hoàn thành chỉ tiêu" (5 tokens, 4 bigrams); reference 8 tokens, 7 bigrams.
    const cand = rougeTokens('Huyện hoàn thành chỉ tiêu');
    const r1 = rougeN(cand, ref, 1);
    expect(r1.precision).toBe(1);
    expect(r1.recall).toBeCloseTo(5 / 8);
    expect(r1.f1).toBeCloseTo((2 * (5 / 8)) / (1 + 5 / 8));
    // bigrams in common: "huyện hoàn", "hoàn thành", "chỉ tiêu" (not "thành chỉ").
    const r2 = rougeN(cand, ref, 2);
    expect(r2.precision).toBeCloseTo(3 / 4);
    expect(r2.recall).toBeCloseTo(3 / 7);
    // LCS is the whole candidate.
    expect(rougeL(cand, ref).recall).toBeCloseTo(5 / 8);
  });

  it('clips repeated n-grams to their count in the reference', () => {
    const r = rougeN(rougeTokens('tỷ đồng tỷ đồng tỷ đồng'), rougeTokens('512 tỷ đồng'), 2);
    expect(r.precision).toBeCloseTo(1 / 5);
    expect(r.recall).toBeCloseTo(1 / 2);
  });

  it('LCS follows order, not just overlap', () => {
    expect(rougeL(rougeTokens('c b a'), rougeTokens('a b c')).f1).toBeCloseTo(1 / 3);
  });

  it('rouge() scores strings with all three measures', () => {
    const s = rouge('Thu ngân sách đạt 512,7 tỷ đồng.', 'Tổng thu ngân sách đạt 512,7 tỷ đồng, vượt dự toán.');
    expect(s.r1.precision).toBe(1);
    expect(s.r2.precision).toBe(1);
    expect(s.rL.recall).toBeCloseTo(7 / 11); // "tổng … dự toán" is 11 syllables
  });
});
