import { describe, expect, it } from 'vitest';
import type { CandidateFacts } from '../../utils/summary/features';
import { selectSentences, type SelectOptions } from '../../utils/summary/select';

const OPTS: SelectOptions = { want: 2, redundancy: 0.3, repeatedFigure: 0.05, maxSyllables: 45, budget: 10_000, freeBullets: 3, minScore: 0 };
const fact = (terms: string[], figures: string[] = [], length = 20): CandidateFacts => ({ terms, figures, length });

describe('selectSentences (maximal marginal relevance)', () => {
  it('passes over a sentence that repeats a picked figure for one that adds a new fact', () => {
    const facts = [
      fact(['thu', 'ngân sách'], ['money:512700000000:']),
      fact(['tổng thu', 'dự toán'], ['money:512700000000:']),
      fact(['hộ nghèo', 'giảm'], ['percent:3.2:']),
    ];
    expect(selectSentences([0.5, 0.48, 0.45], facts, [100, 100, 100], OPTS)).toEqual([0, 2]);
    // Without the penalty the restatement would win.
    expect(selectSentences([0.5, 0.48, 0.45], facts, [100, 100, 100], { ...OPTS, repeatedFigure: 0 })).toEqual([0, 1]);
  });

  it('penalises shared terms and never takes a near-duplicate', () => {
    const facts = [fact(['a', 'b', 'c', 'd']), fact(['a', 'b', 'c', 'd', 'e']), fact(['x', 'y'])];
    expect(selectSentences([0.5, 0.49, 0.1], facts, [100, 100, 100], { ...OPTS, redundancy: 0 })).toEqual([0, 2]);
  });

  it('keeps within the character budget and prefers short sentences while enough are left', () => {
    const facts = [fact(['a'], [], 60), fact(['b']), fact(['c']), fact(['d'])];
    expect(selectSentences([0.9, 0.5, 0.4, 0.3], facts, [300, 100, 100, 100], OPTS)).toEqual([1, 2]);
    expect(selectSentences([0.9, 0.5], facts.slice(0, 2), [300, 100], OPTS)).toEqual([0, 1]);
    expect(selectSentences([0.5, 0.4, 0.3], facts.slice(1), [100, 100, 100], { ...OPTS, want: 3, budget: 250 })).toEqual([0, 1]);
  });

  it('returns picks in article order and breaks ties by position', () => {
    const facts = [fact(['a']), fact(['b']), fact(['c'])];
    expect(selectSentences([0.2, 0.9, 0.9], facts, [1, 1, 1], OPTS)).toEqual([1, 2]);
    expect(selectSentences([0.3, 0.3, 0.3], facts, [1, 1, 1], { ...OPTS, want: 1 })).toEqual([0]);
  });

  it('takes the free bullets whatever their score, and a further one only when it scores enough after the penalties', () => {
    const facts = [fact(['a']), fact(['b']), fact(['c']), fact(['a', 'd'])];
    const strict = { ...OPTS, want: 3, freeBullets: 2, minScore: 0.2 };
    expect(selectSentences([0.5, 0.4, 0.3, 0.01], facts, [1, 1, 1, 1], strict)).toEqual([0, 1, 2]);
    expect(selectSentences([0.5, 0.4, 0.15, 0.01], facts, [1, 1, 1, 1], strict)).toEqual([0, 1]);
    expect(selectSentences([0.05, 0.04, 0.01, 0], facts, [1, 1, 1, 1], strict)).toEqual([0, 1]);
    // The last sentence would score enough alone, but it repeats a term of the first pick.
    expect(selectSentences([0.5, 0.4, 0.01, 0.3], facts, [1, 1, 1, 1], { ...strict, redundancy: 0.4 })).toEqual([0, 1]);
    expect(selectSentences([0.5, 0.4, 0.01, 0.3], facts, [1, 1, 1, 1], { ...strict, redundancy: 0 })).toEqual([0, 1, 3]);
  });

  it('does not let one long bullet crowd the free bullets out of the budget', () => {
    const facts = [fact(['hạn chế', 'nhân lực']), fact(['dịch vụ công', 'trực tuyến']), fact(['cáp quang', 'phủ'])];
    const short = { ...OPTS, want: 2, budget: 242, freeBullets: 2, minScore: 0.2 };
    expect(selectSentences([0.6, 0.5, 0.4], facts, [200, 130, 70], short)).toEqual([1, 2]);
    // With one free bullet the best sentence is taken, and nothing else fits.
    expect(selectSentences([0.6, 0.5, 0.4], facts, [200, 130, 70], { ...short, freeBullets: 1, minScore: 0 })).toEqual([0]);
    // When no pick leaves room for another, the best that fits is still taken.
    expect(selectSentences([0.6, 0.5], facts.slice(0, 2), [200, 130], short)).toEqual([0]);
  });
});
