// listingEvidence runs over the whole page body on every readerable portal page load (the badge confirms with the
// extractor), so it is written to be linear: the block length is counted only as far as it matters and the
// "one headline per item" climb reads precomputed counts. This checks the linear version against the plain
// definition — every block's full text measured, every ancestor's links counted — on the real corpus pages and
// on generated link-heavy pages.
import { describe, expect, it } from 'vitest';
import { listingEvidence, TEASER_DATE } from '../../utils/extract/gate';
import { foldForSearch } from '../../utils/text/fold';
import { parseHtml } from '../../utils/html/parse-html';
import { corpusPages, sharedAvailable } from '../helpers/shared';

const textLength = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;
const TEASER_BLOCK = 'li, p, h1, h2, h3, h4, h5, h6, dt, dd, td, div';

/** The definition, written the obvious (quadratic) way. */
function reference(content: Element, contentLength: number) {
  const items = new Set<Element>();
  let datedOrThumbnail = 0;
  let teaserChars = 0;
  for (const a of Array.from(content.querySelectorAll('a'))) {
    const linkLength = textLength(a);
    if (linkLength < 20) continue;
    const block = a.closest(TEASER_BLOCK);
    if (!block || !content.contains(block)) continue;
    if (linkLength < textLength(block) * 0.6 && !/^H[2-6]$/.test(block.tagName.toUpperCase())) continue;
    let item: Element = block;
    for (let up = item.parentElement, steps = 0; up && up !== content && steps < 3; up = up.parentElement, steps++) {
      const headlines = Array.from(up.querySelectorAll('a')).filter((o) => textLength(o) >= 20).length;
      if (headlines > 1 || textLength(up) > linkLength + 600) break;
      item = up;
    }
    if (items.has(item)) continue;
    items.add(item);
    const itemText = foldForSearch((item.textContent ?? '').replace(/\s+/g, ' '));
    if (item.querySelector('img') || TEASER_DATE.test(itemText)) datedOrThumbnail++;
    teaserChars += itemText.trim().length;
  }
  return { teasers: items.size, datedOrThumbnail, teaserShare: contentLength ? Math.min(1, teaserChars / contentLength) : 0 };
}

describe('listingEvidence equals its plain definition', () => {
  it('on generated link-heavy pages (blocks of every shape, whitespace of every kind)', () => {
    const spaces = [' ', '\n  ', '\u00a0', '\t', '\u3000', ''];
    for (let seed = 1; seed <= 40; seed++) {
      let s = seed;
      const rnd = (n: number) => ((s = (s * 1103515245 + 12345) % 2147483648), s % n);
      const parts: string[] = [];
      for (let i = 0; i < 30; i++) {
        const sp = spaces[rnd(spaces.length)]!;
        const title = `${sp}Tiêu đề bài${sp}viết số ${i} về ${'hoạt động '.repeat(rnd(4))}${sp}`;
        const extra = rnd(3) === 0 ? `<span>${'Nội dung tóm tắt dài. '.repeat(rnd(6))}</span>` : rnd(2) ? '<span>(07/03/2026)</span>' : '';
        const tag = ['li', 'p', 'div', 'h3', 'td'][rnd(5)]!;
        const inner = `<${tag}><a href="/t${i}">${title}</a>${extra}</${tag}>`;
        parts.push(rnd(4) === 0 ? `<div class="box">${inner}${rnd(2) ? '<img src="/a.jpg">' : ''}</div>` : tag === 'td' ? `<table><tr>${inner}</tr></table>` : tag === 'li' ? `<ul>${inner}</ul>` : inner);
      }
      const doc = parseHtml(`<!doctype html><html><body><main>${parts.join('')}</main></body></html>`, 'https://x.gov.vn/');
      const body = doc.body;
      expect(listingEvidence(body, 0)).toEqual(reference(body, 0));
      expect(listingEvidence(body, textLength(body))).toEqual(reference(body, textLength(body)));
    }
  });

  it.runIf(sharedAvailable('the listing-evidence comparison on corpus pages'))('on every corpus page, before clean-up', () => {
    const pages = corpusPages();
    expect(pages.length).toBeGreaterThan(10);
    let teasers = 0;
    for (const p of pages) {
      const body = parseHtml(p.html, p.url).body;
      const ours = listingEvidence(body, textLength(body));
      expect(ours, p.file).toEqual(reference(body, textLength(body)));
      teasers += ours.teasers;
    }
    expect(teasers).toBeGreaterThan(50); // the list pages really exercise the teaser path
  });
});
