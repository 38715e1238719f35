// @vitest-environment jsdom
// Bounded analysis: a page controls its text, so figures, summary and highlighting must stay
// linear or capped on anything it can write. Each case is 2 MB of one pattern: a run of every ASCII
// punctuation character, and digit patterns that make many numbers, dates, codes and amounts. The 2 s per page
// is a hang guard, not a speed measurement (npm run bench measures speed): before the fix a 300 KB run of "-"
// took 88 s in a tab, and 20 KB of "A1-" took 3.4 s here.
import { describe, expect, it } from 'vitest';
import { articleOf, fill } from '../helpers/hostile-text';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { MAX_HIGHLIGHTS, highlightFigureList } from '../../utils/figures/highlight-core';
import { MAX_FIGURE_TOKENS, findFigures } from '../../utils/figures';
import { tokenize } from '../../utils/figures/tokens';

const HANG_GUARD_MS = 2_000;
const PUNCTUATION = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'];
// Digit patterns: one huge numeral, many small numbers, glued codes, ranges, dates, ratios, amounts, phones,
// plates, e-mail and domain look-alikes, and prose that every rule reads.
const DIGIT_PATTERNS = [
  '1', '1.', '1,', '1/', '1-', '1 ', '1:', 'a1', 'A1-', '0.', '+84 ', '14A-', '1/1/2023 ', '8/19 tiêu chí ',
  '1 tỷ ', '1,5 triệu đồng/người ', 'từ 20 đến 30% ', 'Nghị định 68/2026/NĐ-CP ', 'x.', 'a@', 'a.vn ', '(theo ',
  'Năm 2023, tổng thu đạt 512,7 tỷ đồng, bằng 108,3% dự toán. ',
];



/** Analysis as the extractor runs it, then highlighting as the popup does, on one paragraph of the text. */
function analyseAndHighlight(text: string): { ms: number; figures: number; marks: number } {
  const started = performance.now();
  const analysed = analyseArticle(articleOf(text));
  const p = document.createElement('p');
  p.textContent = text;
  const marks = highlightFigureList(p, analysed.figures);
  return { ms: performance.now() - started, figures: analysed.figures.length, marks };
}

describe('analysis on 2 MB of one pattern finishes (hang guard)', () => {
  it.each(PUNCTUATION)('a run of %s', (c) => {
    const r = analyseAndHighlight(fill(c));
    expect(r.ms).toBeLessThan(HANG_GUARD_MS);
  });

  it.each(DIGIT_PATTERNS)('the pattern %j', (pattern) => {
    const r = analyseAndHighlight(fill(pattern));
    expect(r.ms).toBeLessThan(HANG_GUARD_MS);
    // Every figure found (up to the cap) was located and wrapped: highlighting did not give up on a pattern.
    expect(r.marks).toBe(Math.min(r.figures, MAX_HIGHLIGHTS));
  });
});

describe('the caps that bound the work', () => {
  it('reads at most MAX_FIGURE_TOKENS tokens, and finds the figures before the cap', () => {
    const text = fill('Năm 2023, tổng thu đạt 512,7 tỷ đồng. ');
    const figures = findFigures(text);
    const covered = tokenize(text, MAX_FIGURE_TOKENS).at(-1)!.end;
    expect(figures.length).toBeGreaterThan(1000);
    expect(figures.every((f) => f.end <= covered)).toBe(true);
    expect(figures[1]).toMatchObject({ kind: 'money', text: '512,7 tỷ đồng', value: 512_700_000_000 });
  });

  it('makes a run of one repeated symbol a single token, and keeps short runs apart', () => {
    expect(tokenize(`Giá ${'-'.repeat(50)} 5%`).map((t) => t.text)).toEqual(['Giá', '-'.repeat(50), '5', '%']);
    expect(tokenize('3...').map((t) => t.text)).toEqual(['3', '.', '.', '.']);
  });

  it('still finds figures after a long separator line', () => {
    const figures = findFigures(`${'='.repeat(300_000)}\nKinh phí 1,6 tỷ đồng; tỷ lệ hộ nghèo còn 9,75%.`);
    expect(figures.map((f) => f.text)).toEqual(['1,6 tỷ đồng', '9,75%']);
  });

  it('skips analysis that would start after the extraction deadline, keeping the article', () => {
    let clock = 0;
    const analysed = analyseArticle(articleOf('Kinh phí 1,6 tỷ đồng được giải ngân trong năm 2023 cho 14 xã.'), {
      deadline: 10,
      now: () => (clock += 6),
    });
    // Figures start at t=6 (in time); ranking would start at t=12, after the deadline.
    expect(analysed.figures.length).toBeGreaterThan(0);
    expect(analysed.keyFigures).toEqual([]);
    expect(analysed.summary).toEqual([]);
    expect(analysed.text).toContain('1,6 tỷ đồng');
  });

  it('summarises a text longer than the summary cap from its beginning', () => {
    const sentence = 'Năm 2023, tổng thu ngân sách trên địa bàn huyện đạt 512,7 tỷ đồng, bằng 108,3% dự toán tỉnh giao. ';
    const text = fill(sentence);
    const analysed = analyseArticle(articleOf(text));
    expect(analysed.summary.length).toBeGreaterThan(0);
    for (const s of analysed.summary) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
