// Small DOM helpers shared by the extraction steps. They only use what browsers, jsdom and linkedom
// all implement (no innerText, no layout, no getElementsByTagName('*'), which is empty in linkedom).

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
/** NodeFilter.SHOW_ELEMENT / SHOW_TEXT, spelled out: linkedom's global NodeFilter is not always there. */
export const SHOW_ELEMENT = 1;
export const SHOW_TEXT = 4;

/**
 * Runs of white space (NBSP and zero-width space included) that are not already a single plain space:
 * a space followed by more white space, or any other white-space character and what follows it.
 * Replacing these with one space equals replacing every run — without a replacement for each of the
 * thousands of single spaces between words (normSpace runs over every text we look at).
 */
const SPACES = / [\s\u200b]+|[\t-\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff][\s\u200b]*/g;
/** Combining marks: only text containing them can change under NFC (NFD pages such as baodautu). */
const COMBINING = /[\u0300-\u036f]/;

/** NFC, every run of whitespace (NBSP and zero-width space included) → one space, trimmed. */
export function normSpace(s: string): string {
  // normalize() is costly and called for every text node we look at; skip it when it is a no-op.
  return (COMBINING.test(s) ? s.normalize('NFC') : s).replace(SPACES, ' ').trim();
}

/** The element's text, normalised. */
export function textOf(el: Element | null | undefined): string {
  return el ? normSpace(el.textContent ?? '') : '';
}

/** Lower-case class tokens of an element (class may be missing or, on SVG, not a string). */
export function classTokens(el: Element): string[] {
  const c = el.getAttribute('class');
  return c ? c.toLowerCase().split(/\s+/).filter(Boolean) : [];
}

export function attr(el: Element | null | undefined, name: string): string {
  return el?.getAttribute(name)?.trim() ?? '';
}

const metaCache = new WeakMap<Document, Map<string, string>>();

/**
 * property/name/itemprop (lower-case) → first non-empty content, read once per document. `metas`:
 * the document's <meta> elements when the caller already has them (the extractor's selector scan),
 * which spares a querySelectorAll over the whole page.
 */
function metaMap(doc: Document, metas?: ArrayLike<Element>): Map<string, string> {
  let map = metaCache.get(doc);
  if (map) return map;
  map = new Map();
  for (const m of Array.from(metas ?? doc.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase();
    const v = normSpace(m.getAttribute('content') ?? '');
    if (key && v && !map.has(key)) map.set(key, v);
  }
  metaCache.set(doc, map);
  return map;
}

/** Reads the document's <meta> elements from a list the caller found (in document order). */
export function indexMeta(doc: Document, metas: ArrayLike<Element>): void {
  metaMap(doc, metas);
}

/** Content of the first `<meta>` whose property/name/itemprop is one of `keys` (case-insensitive). */
export function metaContent(doc: Document, keys: string[]): string {
  const map = metaMap(doc);
  for (const k of keys) {
    const v = map.get(k.toLowerCase());
    if (v) return v;
  }
  return '';
}

/** Total length of text inside links, for link-density checks. */
export function linkTextLength(el: Element): number {
  let n = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) n += textOf(a).length;
  return n;
}

function ancestry(n: Node): Node[] {
  const chain: Node[] = [];
  for (let x: Node | null = n; x; x = x.parentNode) chain.push(x);
  return chain.reverse();
}

/**
 * True when `a` comes before `b` in document order (an ancestor comes before its descendants).
 * Not compareDocumentPosition: linkedom's compares depths, not positions.
 */
export function precedes(a: Node, b: Node): boolean {
  if (a === b) return false;
  const ca = ancestry(a);
  const cb = ancestry(b);
  if (ca[0] !== cb[0]) return false; // different trees
  let i = 0;
  while (i < ca.length && i < cb.length && ca[i] === cb[i]) i++;
  if (i === ca.length) return true; // a contains b
  if (i === cb.length) return false; // b contains a
  // ca[i] and cb[i] are siblings under the common ancestor: the earlier one comes first.
  for (let s: Node | null = ca[i]!.nextSibling; s; s = s.nextSibling) if (s === cb[i]) return true;
  return false;
}

/** Removes an element (works on every DOM, including old ones without Element.remove). */
export function removeNode(n: Node): void {
  n.parentNode?.removeChild(n);
}

/** Resolves `href` against `base`; '' when it cannot be resolved. */
export function absolutise(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

/** The node after `node` in document order, skipping `node`'s own subtree when `skipChildren`. */
export function nextInOrder(node: Node, skipChildren = false): Node | null {
  if (!skipChildren && node.firstChild) return node.firstChild;
  for (let n: Node | null = node; n; n = n.parentNode) {
    if (n.nextSibling) return n.nextSibling;
  }
  return null;
}

/** The node before `node` in document order (the deepest last descendant of the previous sibling). */
export function previousInOrder(node: Node): Node | null {
  let n = node.previousSibling;
  if (!n) return node.parentNode;
  while (n.lastChild) n = n.lastChild;
  return n;
}

/**
 * How many of `marked` each ancestor holds, saturating at 2 ("one, or more than one" is all the callers ask: a
 * teaser item or an entry card holds exactly one headline). Counts only grow going up, so a climb stops at the
 * first ancestor already at 2: each element is visited at most twice, linear however many are marked.
 */
export function ancestorCounts(marked: Iterable<Element>): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const el of marked) {
    for (let up = el.parentElement; up; up = up.parentElement) {
      const n = counts.get(up) ?? 0;
      if (n >= 2) break;
      counts.set(up, n + 1);
    }
  }
  return counts;
}
