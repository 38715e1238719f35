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

/** A copy of `doc` to work on: its root element, with <head> thinned as above and the rest deep-copied. */
export function cloneForExtraction(doc: Document): Document {
  const root = doc.documentElement;
  const head = doc.head;
  if (!root || !head || head.parentNode !== root) return doc.cloneNode(true) as Document;
  const copy = doc.cloneNode(false) as Document;
  const rootCopy = root.cloneNode(false);
  for (let c = root.firstChild; c; c = c.nextSibling) {
    if (c !== head) {
      rootCopy.appendChild(c.cloneNode(true));
      continue;
    }
    const headCopy = head.cloneNode(false);
    for (let h = head.firstChild; h; h = h.nextSibling) if (!skippedInHead(h)) headCopy.appendChild(h.cloneNode(true));
    rootCopy.appendChild(headCopy);
  }
  copy.appendChild(rootCopy);
  return copy;
}
