// Bounded work on hostile or broken pages. We refuse BEFORE running Readability when a page is
// bigger than any article page needs to be:
//   - more than 60 000 elements (the heaviest corpus page, tuoitre, has ~5 000; Readability's own
//     default cap is 0 = unlimited, and its `maxElemsToParse` check does not work under linkedom);
//   - more than 5 000 000 characters of HTML (callers that have the HTML text, e.g. the CLI, check this
//     before parsing: parsing 20 MB costs seconds by itself);
//   - more than 2 000 000 characters of text in the body (a text dump, not an article).
import { SHOW_ELEMENT } from './dom';

export interface ExtractLimits {
  maxElements: number;
  maxHtmlChars: number;
  maxTextChars: number;
  /**
   * Wall time, checked between phases (Readability itself cannot be interrupted; the element and depth
   * limits bound it). A page that has used this much by a checkpoint answers too-large instead of
   * keeping the tab busy: the heaviest corpus page takes ~40 ms, so 4 s is far beyond any real article.
   */
  maxMillis: number;
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxElements: 60_000,
  maxHtmlChars: 5_000_000,
  maxTextChars: 2_000_000,
  maxMillis: 4_000,
};

/** Counts elements, stopping as soon as `max` is passed (linkedom has no getElementsByTagName('*')). */
export function countElementsUpTo(doc: Document, max: number): number {
  const root = doc.documentElement;
  if (!root) return 0;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT);
  let n = 1;
  while (walker.nextNode()) if (++n > max) break;
  return n;
}

export type SizeVerdict = 'ok' | 'empty' | 'too-large';

/** Checks HTML text before it is parsed: '' is empty, more than maxHtmlChars is too large. */
export function checkHtmlText(html: string, limits: ExtractLimits = DEFAULT_LIMITS): SizeVerdict {
  if (!html.trim()) return 'empty';
  return html.length > limits.maxHtmlChars ? 'too-large' : 'ok';
}

export interface DocumentSize {
  verdict: SizeVerdict;
  /** Deepest element nesting seen (html = 1). Real news pages stay under 25. */
  depth: number;
}

/**
 * Measures a parsed document in one iterative walk (no recursion: 5 000-deep pages exist in the bad
 * input suite): too many elements or too much text is too large; no text and no image in the body is
 * empty. Also reports the nesting depth, which Readability's cost grows with much faster than linearly
 * (a 400-deep page took it ~4 s, 800-deep ~17 s).
 */
export function measureDocument(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): DocumentSize {
  const root = doc.documentElement;
  if (!root) return { verdict: 'empty', depth: 0 };
  const body = doc.body;
  let elements = 0;
  let chars = 0;
  let depth = 0;
  let content = false;
  // Pre-order walk by first child / next sibling / parent, tracking the level as it goes: no stack of
  // pending nodes (this runs over every node of every page, before anything else).
  let node: Node = root;
  let level = 1;
  /** Level of <body> while the walk is inside it, else 0. */
  let bodyLevel = 0;
  for (;;) {
    let enter = false;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      chars += v.length;
      if (chars > limits.maxTextChars) return { verdict: 'too-large', depth };
      if (!content && bodyLevel && /\S/.test(v)) content = true;
    } else if (node.nodeType === 1) {
      if (++elements > limits.maxElements) return { verdict: 'too-large', depth };
      if (level > depth) depth = level;
      const tag = (node as Element).tagName.toUpperCase();
      // Not content, not counted as text.
      enter = tag !== 'SCRIPT' && tag !== 'STYLE' && tag !== 'TEMPLATE';
      if (enter && !content && bodyLevel && tag === 'IMG') content = true;
    }
    const first = enter ? node.firstChild : null;
    if (first) {
      if (node === body) bodyLevel = level;
      node = first;
      level++;
      continue;
    }
    // Next node in pre-order: the next sibling of the nearest node (self or ancestor) that has one.
    let next: Node | null = null;
    while (node !== root) {
      next = node.nextSibling;
      if (next) break;
      node = node.parentNode as Node;
      level--;
      if (node === body) bodyLevel = 0;
    }
    if (!next) break;
    if (node === body) bodyLevel = 0;
    node = next;
  }
  return { verdict: content ? 'ok' : 'empty', depth };
}

/** Checks a parsed document: see measureDocument. */
export function checkDocument(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): SizeVerdict {
  return measureDocument(doc, limits).verdict;
}
