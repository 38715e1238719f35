import { describe, expect, it } from 'vitest';
import { SelectorIndex, closestMatching, compileSelector } from '../../utils/extract/selectors';
import { parseHtml } from '../../utils/html/parse-html';
import { page } from './helpers';

const doc = parseHtml(
  page(
    '<div id="main" class="Detail Wrap"><h1 class="title-detail">T</h1><p class="sapo" data-role="sapo">S</p>' +
      '<div class="author-info"><a class="name" href="/tac-gia/a">A</a></div><span id="ctl00_lblDate">D</span>' +
      '<div class="readmore d-none">R</div><div class="d-none d-md-block">M</div><a href="https://www.facebook.com/sharer/sharer.php?u=1">F</a></div>' +
      '<ul class="ctt-breadcrumb"><li>B</li></ul>',
  ),
  'https://x.vn/',
);

describe('compileSelector', () => {
  const cases: Array<[string, string[]]> = [
    ['h1', ['T']],
    ['.sapo', ['S']],
    ['[data-role="sapo"]', ['S']],
    ['.author-info .name', ['A']],
    ['[id$="lblDate"]', ['D']],
    ['[class*="breadcrumb"]', ['B']],
    ['a[href*="facebook.com/sharer"]', ['F']],
    ['.d-none:not([class*="d-md-"])', ['R']],
    ['#main > h1', ['T']],
  ];
  it.each(cases)('%s matches what the browser would', (selector, texts) => {
    const matches = compileSelector(selector);
    const got = Array.from(doc.body.querySelectorAll('*')).filter(matches).map((e) => (e.textContent ?? '').trim());
    expect(got).toEqual(texts);
    expect(got).toEqual(Array.from(doc.body.querySelectorAll(selector)).map((e) => (e.textContent ?? '').trim()));
  });
  it('compares class names case-insensitively, as browsers do for quirks-mode pages (old portals have no doctype)', () => {
    expect(compileSelector('.detail')(doc.querySelector('#main')!)).toBe(true);
  });
  it('closestMatching finds the ancestor', () => {
    const a = doc.querySelector('.name')!;
    expect(closestMatching(a, compileSelector('#main'))?.getAttribute('id')).toBe('main');
    expect(closestMatching(a, compileSelector('footer'))).toBeNull();
  });
});

describe('SelectorIndex', () => {
  it('answers several groups in one walk, in document order, like querySelectorAll', () => {
    const groups = { title: 'h1, .title-detail', lead: '.sapo, [data-role="sapo"]', chrome: '[class*="breadcrumb"], .d-none:not([class*="d-md-"]), a[href*="sharer"]' };
    const found = new SelectorIndex(groups).scan(doc.documentElement);
    for (const [g, sel] of Object.entries(groups)) {
      expect(found[g as keyof typeof groups]).toEqual(Array.from(doc.querySelectorAll(sel)));
    }
  });
});
