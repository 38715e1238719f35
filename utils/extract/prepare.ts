// Step 1: make the cloned page look like what a reader sees once the page's scripts have run —
// real image URLs instead of lazy-load placeholders, absolute links — without running any script.
import { absolutise, attr, removeNode } from './dom';

/** Attributes lazy-loading scripts read the real image URL from (first one present wins). */
const LAZY_SRC_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-lazyload', 'data-lazy', 'data-original-src', 'data-url'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset', 'srcset'];
/** File names lazy-load libraries and CMSs use for the stand-in image. */
/** The whole file name is a stand-in word (plus an optional size): "blank.gif", "lazy-1x1.png"; not "loading-ceremony.jpg". */
const PLACEHOLDER_NAME = /(?:^|\/)(?:blank|spacer|pixel|placeholder|loading|lazy|grey|gray|transparent|1x1|empty|no-?image|default-?image)(?:[-_.]?(?:\d+x\d+|\d+|img|image|icon|load))?\.(?:gif|png|jpe?g|svg|webp)(?:$|[?#])/i;
const NOT_NAVIGABLE = /^(?:#|javascript:|mailto:|tel:|data:|about:)/i;
/** Reveal-on-scroll libraries (AOS, WOW.js, animate.css) start content invisible; their script shows it. */
export const REVEAL_SELECTOR = '[data-aos], .wow, .aos-init, .animate__animated, .reveal, .fade-in-up';
const INVISIBLE_STYLE = /(?:^|;)\s*(?:opacity\s*:\s*0(?:\.0+)?|visibility\s*:\s*hidden)\s*(?=;|$)/gi;

export interface PrepareResult {
  /** The URL relative links resolve against (`<base href>` if the page has one). */
  baseUrl: string;
}

/** A src that a lazy-loading script would replace: none, a data: stub, or a known placeholder file. */
export function isPlaceholderSrc(src: string, img?: Element): boolean {
  const s = src.trim();
  if (!s || s === '#' || s.startsWith('data:') || PLACEHOLDER_NAME.test(s)) return true;
  // A 1×1 image declared in the markup is a spacer or a tracking pixel.
  return !!img && attr(img, 'width') === '1' && attr(img, 'height') === '1';
}

/** The biggest candidate of a srcset ("a.jpg 300w, b.jpg 800w" → b.jpg; "a.jpg 1x, b.jpg 2x" → b.jpg). */
export function bestFromSrcset(srcset: string): string {
  let best = '';
  let bestScore = -1;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const n = parseFloat(descriptor);
    const score = Number.isFinite(n) ? n * (descriptor.endsWith('x') ? 1000 : 1) : 0;
    if (score > bestScore) {
      best = url;
      bestScore = score;
    }
  }
  return best;
}

function resolveImage(img: Element, base: string): void {
  const src = attr(img, 'src');
  let real = isPlaceholderSrc(src) ? '' : src;
  if (!real) {
    for (const a of LAZY_SRC_ATTRS) {
      const v = attr(img, a);
      if (v && !isPlaceholderSrc(v)) {
        real = v;
        break;
      }
    }
  }
  if (!real) {
    for (const a of LAZY_SRCSET_ATTRS) {
      const v = bestFromSrcset(attr(img, a));
      if (v && !isPlaceholderSrc(v)) {
        real = v;
        break;
      }
    }
  }
  if (!real) {
    // Nothing real to show: a spacer or a tracking pixel. Leave only images that have an alt to tell.
    if (!attr(img, 'alt') || isPlaceholderSrc(src, img)) removeNode(img);
    return;
  }
  if (isPlaceholderSrc(real, img)) {
    removeNode(img);
    return;
  }
  img.setAttribute('src', absolutise(real, base) || real);
  // The srcset would let Readability (and browsers) pick a placeholder again.
  for (const a of ['srcset', 'data-srcset', 'data-lazy-srcset', 'sizes']) img.removeAttribute(a);
  dropLazyMarkers(img);
}

/**
 * Once `src` is real, the lazy-load markers must go: Readability's own lazy-image fix runs on any image whose
 * class contains "lazy" and copies every image-looking attribute (a relative `data-src`) back into `src`,
 * undoing the absolute URL set here; the image is then dropped as unloadable (portals with a lazy-load CMS).
 */
function dropLazyMarkers(img: Element): void {
  for (const a of LAZY_SRC_ATTRS) img.removeAttribute(a);
  const cls = img.getAttribute('class');
  if (cls && /lazy/i.test(cls)) {
    const kept = cls.split(/\s+/).filter((c) => c && !/lazy/i.test(c));
    if (kept.length) img.setAttribute('class', kept.join(' '));
    else img.removeAttribute('class');
  }
}

/** Elements already found by the caller's selector scan (index.ts); queried here when missing. */
export interface PrepareTargets {
  images: Element[];
  links: Element[];
  reveal: Element[];
  /** `base[href]` elements (the first one counts); queried when missing. */
  bases?: Element[];
}

export function prepareDocument(doc: Document, url: string, targets?: PrepareTargets): PrepareResult {
  const base = targets?.bases ? (targets.bases[0] ?? null) : doc.querySelector('base[href]');
  const baseHref = attr(base, 'href');
  const baseUrl = (baseHref && absolutise(baseHref, url)) || url;
  const t = targets ?? {
    images: Array.from(doc.querySelectorAll('img')),
    links: Array.from(doc.querySelectorAll('a[href]')),
    reveal: Array.from(doc.querySelectorAll(REVEAL_SELECTOR)),
  };

  for (const img of t.images) resolveImage(img, baseUrl);

  for (const a of t.links) {
    const href = attr(a, 'href');
    if (!href || NOT_NAVIGABLE.test(href)) continue;
    const abs = absolutise(href, baseUrl);
    if (abs) a.setAttribute('href', abs);
  }

  for (const el of t.reveal) {
    const style = el.getAttribute('style');
    if (style && INVISIBLE_STYLE.test(style)) el.setAttribute('style', style.replace(INVISIBLE_STYLE, ''));
    INVISIBLE_STYLE.lastIndex = 0;
  }
  return { baseUrl };
}
