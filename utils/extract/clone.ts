// The working copy of the page. Everything the extractor changes (and Readability, which rewrites what
// it is given) happens on this copy, never on the live page.
//
// The copy leaves out what <head> holds for the browser only: scripts, styles and <link>s (on vnexpress a
// third of all the page's nodes, on most pages a few hundred with their attributes). The extractor
// removes those as junk before Readability anyway, and reads none of them first, except the two kept
// here: JSON-LD (metadata.ts) and the canonical link. Everything else — <title>, <meta>, <base>,
// <noscript>, anything a broken page put in its head — and the whole body are copied as they are.

const isJsonLd = (el: Element) => (el.getAttribute('type') ?? '').toLowerCase() === 'application/ld+json';
const isCanonical = (el: Element) => (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical' && el.hasAttribute('href');

/** Head children the extractor never reads (and removes before Readability). */
function skippedInHead(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const el = node as Element;
  switch (el.tagName.toUpperCase()) {
    case 'SCRIPT':
      return !isJsonLd(el);
    case 'STYLE':
      return true;
    case 'LINK':
      return !isCanonical(el);
    default:
      return false;
  }
}

/**
 * A copy of `doc` to work on: its root element, with <head> thinned as above and the rest deep-copied.
 *
 * No page code runs while copying. `node.cloneNode()` creates the copy in the page's own document,
 * where the page's custom elements are defined: every copied custom element ran its constructor and
 * connected/attribute callbacks, so the page learnt the popup was opened and could write into the copy.
 * The copy is made in a document of its own instead — `doc.cloneNode(false)` (a Document: no elements yet,
 * the same URL for relative links) — and filled with `importNode()`, which creates every element in that
 * document. It has no browsing context and so no custom element registry: elements stay plain, nothing is
 * upgraded, no script or image loads. (Measured against serialising and re-parsing into such a document:
 * see the README's security section.)
 */
export function cloneForExtraction(doc: Document): Document {
  const copy = doc.cloneNode(false) as Document;
  const root = doc.documentElement;
  const head = doc.head;
  if (!root || !head || head.parentNode !== root) {
    for (let c = doc.firstChild; c; c = c.nextSibling) copy.appendChild(copy.importNode(c, true));
    return copy;
  }
  const rootCopy = copy.importNode(root, false);
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c !== head) {
      rootCopy.appendChild(copy.importNode(c, true));
      continue;
    }
    const headCopy = copy.importNode(head, false);
    for (let h = head.firstChild; h; h = h.nextSibling) if (!skippedInHead(h)) headCopy.appendChild(copy.importNode(h, true));
    rootCopy.appendChild(headCopy);
  }
  copy.appendChild(rootCopy);
  return copy;
}
