// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { findFigures } from '../../utils/figures/index';
import { highlightFigures } from '../../utils/figures/highlight';

let root: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  root = document.createElement('article');
  document.body.appendChild(root);
});

const marks = (): HTMLElement[] => [...root.querySelectorAll<HTMLElement>('mark.fig')];

describe('highlightFigures', () => {
  it('wraps figures with their kind and normalised value', () => {
    root.innerHTML = '<p>Tổng số tiền đóng góp trên 1,6 tỷ đồng, bằng 108,3% kế hoạch.</p>';
    expect(highlightFigures(root)).toBe(2);
    const [money, percent] = marks();
    expect(money!.textContent).toBe('trên 1,6 tỷ đồng');
    expect(money!.dataset).toMatchObject({ kind: 'money', value: '1600000000', figIndex: '0' });
    expect(percent!.dataset).toMatchObject({ kind: 'percent', value: '108.3', figIndex: '1' });
    expect(root.textContent).toBe('Tổng số tiền đóng góp trên 1,6 tỷ đồng, bằng 108,3% kế hoạch.');
  });

  it('adds data-date and data-code, and no data-value where there is none', () => {
    root.innerHTML = '<p>Quyết định số 1234/QĐ-UBND ngày 8/9/2023 của UBND huyện.</p>';
    highlightFigures(root);
    const [doc, date] = marks();
    expect(doc!.dataset.code).toBe('1234/QĐ-UBND');
    expect(doc!.hasAttribute('data-value')).toBe(false);
    expect(date!.dataset.date).toBe('2023-09-08');
  });

  it('works across text-node boundaries with one index for all pieces', () => {
    root.innerHTML = '<p>Kinh phí <b>1,6</b> tỷ đồng được giải ngân.</p>';
    expect(highlightFigures(root)).toBe(1);
    const pieces = marks();
    expect(pieces.map((m) => m.textContent)).toEqual(['1,6', ' tỷ đồng']);
    expect(new Set(pieces.map((m) => m.dataset.figIndex))).toEqual(new Set(['0']));
    expect(pieces[0]!.parentElement!.tagName).toBe('B');
    expect(root.querySelector('p')!.textContent).toBe('Kinh phí 1,6 tỷ đồng được giải ngân.');
  });

  it('marks inside links without touching attributes', () => {
    root.innerHTML = '<p>Theo <a href="/vb/1234-qd-ubnd-25-3-2023" title="ngày 25/3/2023">Quyết định số 1234/QĐ-UBND</a> ngày 25/3/2023.</p>';
    highlightFigures(root);
    const a = root.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('/vb/1234-qd-ubnd-25-3-2023');
    expect(a.getAttribute('title')).toBe('ngày 25/3/2023');
    expect(a.querySelector<HTMLElement>('mark.fig')!.dataset.kind).toBe('document');
    expect(marks().map((m) => m.dataset.kind)).toEqual(['document', 'date']);
  });

  it('keeps table cells apart and marks inside them', () => {
    root.innerHTML = '<table><tr><td>Số hộ</td><td>12</td><td>xã</td></tr><tr><td>Kinh phí</td><td>500 triệu đồng</td></tr></table>';
    expect(highlightFigures(root)).toBe(1);
    const [m] = marks();
    expect(m!.textContent).toBe('500 triệu đồng');
    expect(m!.parentElement!.tagName).toBe('TD');
  });

  it('skips script, style and existing marks', () => {
    root.innerHTML = '<p>Đạt 98,5%.</p><script>var x = "12 tỷ đồng";</script><style>.a:after{content:"5 km"}</style>';
    expect(highlightFigures(root)).toBe(1);
    expect(root.querySelector('script')!.textContent).toBe('var x = "12 tỷ đồng";');
    expect(root.querySelector('style')!.querySelector('mark')).toBeNull();
  });

  it('is idempotent', () => {
    root.innerHTML = '<p>Ngày <i>25/3/2023</i> có trên <b>16</b> nghìn người, thu gom 219,2m3 rác.</p><p>Xã đạt 8/19 tiêu chí.</p>';
    const first = highlightFigures(root);
    const html = root.innerHTML;
    expect(first).toBe(4);
    expect(highlightFigures(root)).toBe(0);
    expect(root.innerHTML).toBe(html);
    // Passing the same figures again changes nothing either.
    const figures = findFigures(root.textContent!);
    expect(highlightFigures(root, figures)).toBe(0);
    expect(root.innerHTML).toBe(html);
  });

  it('finds passed figures whose offsets come from another text (article.text)', () => {
    root.innerHTML = '<h2>Sapo</h2><p>Thu ngân sách đạt 512,7 tỷ đồng.</p><p>Toàn huyện có 1.245 hộ nghèo.</p>';
    const articleText = 'Thu ngân sách đạt 512,7 tỷ đồng.\n\nToàn huyện có 1.245 hộ nghèo.';
    const figures = findFigures(articleText);
    expect(highlightFigures(root, figures)).toBe(2);
    expect(marks().map((m) => [m.textContent, m.dataset.figIndex])).toEqual([['512,7 tỷ đồng', '0'], ['1.245 hộ', '1']]);
  });
});
