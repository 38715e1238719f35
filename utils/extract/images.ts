// Images of the article with their captions. Captions are kept as captions: a <figcaption>, or the
// caption-ish element CMSs put next to the image (".image_desc" tables on district portals,
// ".PhotoCMS_Caption" on baochinhphu, "p.Image" on vnexpress, an italic line under the picture).
import type { ArticleImage } from '../model/article';
import { attr, classTokens, normSpace, textOf } from './dom';

const CAPTION_CLASS = /caption|desc|chuthich|chu-thich|chu_thich|image-note|photo-note|^image$|note/i;
const HTTP = /^https?:\/\//i;

function isCaptionish(el: Element | null): el is Element {
  if (!el) return false;
  if (el.tagName === 'FIGCAPTION') return true;
  if (el.querySelector('img')) return false;
  const text = textOf(el);
  if (!text || text.length > 400) return false;
  if (classTokens(el).some((c) => CAPTION_CLASS.test(c))) return true;
  // <p><em>Ảnh: Ngô Hải</em></p> right under the picture.
  const only = el.children.length === 1 ? el.children[0]! : null;
  return !!only && /^(?:EM|I)$/.test(only.tagName) && normSpace(only.textContent ?? '') === text;
}

/** The element that holds the picture on its own (a <p>/<div>/<a> wrapping just the image). */
function pictureBox(img: Element): Element {
  let box: Element = img;
  while (box.parentElement && box.parentElement.children.length === 1 && !textOf(box.parentElement)) box = box.parentElement;
  return box;
}

export function findCaption(img: Element): string {
  const figure = img.closest('figure');
  if (figure) {
    const cap = figure.querySelector('figcaption');
    if (cap) return textOf(cap);
  }
  // Table layout: <table><tr><td><img></td></tr><tr><td class="image_desc">…</td></tr></table>.
  const table = img.closest('table');
  if (table && table.querySelectorAll('img').length === 1 && table.querySelectorAll('tr').length <= 3) {
    const text = textOf(table);
    if (text && text.length <= 400) return text;
  }
  const box = pictureBox(img);
  const next = box.nextElementSibling;
  if (isCaptionish(next)) return textOf(next);
  return '';
}

export function collectImages(content: Element): ArticleImage[] {
  const images: ArticleImage[] = [];
  const seen = new Set<string>();
  for (const img of Array.from(content.querySelectorAll('img'))) {
    const src = attr(img, 'src');
    if (!HTTP.test(src) || seen.has(src)) continue;
    seen.add(src);
    images.push({ src, alt: normSpace(attr(img, 'alt')), caption: findCaption(img) });
  }
  return images;
}
