// One limit for figures: the analyser keeps the first MAX_FIGURES and the record check allows exactly as many.
// Before, a land-price table with 2,400 prices was analysed (up to 5,000 figures) and then refused at save
// ("Something went wrong while reading this page"), however often the reader tried.
import { describe, expect, it } from 'vitest';
import { freshLibrary } from '../library/helpers';
import { makeArticle } from '../library/fixtures/articles';
import { analyseArticle } from '../../utils/analysis/analyse-article';
import { MAX_FIGURES } from '../../utils/model/figure';
import { saveArticle } from '../../utils/library/save';
import { getArticle } from '../../utils/library/read';
import { checkSavedArticle } from '../../utils/library/validate';

/** A land-price annex as a portal prints it: one row per plot, a price per square metre in each. */
function landPriceTable(rows: number): string {
  const lines = ['Bảng giá đất ở tại nông thôn năm 2026 của huyện Bảo Thắng (đơn vị: đồng/m2).'];
  for (let i = 1; i <= rows; i++) lines.push(`Thửa ${i}: ${1_200 + i} nghìn đồng`);
  return lines.join('\n');
}

describe('a table with more figures than the limit', () => {
  it('keeps the first MAX_FIGURES figures, in order, and saves', async () => {
    const text = landPriceTable(10_000);
    const analysed = analyseArticle({ ...makeArticle(), text, html: `<p>${text.split('\n').join('</p><p>')}</p>` });
    expect(analysed.figures).toHaveLength(MAX_FIGURES);
    expect(analysed.figures[0]!.start).toBeLessThan(200);
    for (let i = 1; i < analysed.figures.length; i++) expect(analysed.figures[i]!.start).toBeGreaterThanOrEqual(analysed.figures[i - 1]!.start);
    const db = await freshLibrary();
    const { id } = await saveArticle(db, analysed);
    const stored = (await getArticle(db, id))!;
    expect(stored.figures).toHaveLength(MAX_FIGURES);
    expect(stored.text).toBe(text);
  });

  it('the record check allows exactly MAX_FIGURES figures (a backup with more is refused by name)', async () => {
    const db = await freshLibrary();
    const { id } = await saveArticle(db, makeArticle());
    const record = (await getArticle(db, id))!;
    const figure = { kind: 'money' as const, text: '1 đồng', start: 0, end: 6, value: 1, unit: 'VND' };
    expect(checkSavedArticle({ ...record, figures: Array(MAX_FIGURES).fill(figure) })).toBeNull();
    expect(checkSavedArticle({ ...record, figures: Array(MAX_FIGURES + 1).fill(figure) })).toBe('figures has too many items');
  });
});
