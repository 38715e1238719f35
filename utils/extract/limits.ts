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
}

export const DEFAULT_LIMITS: ExtractLimits = {
  maxElements: 60_000,
  maxHtmlChars: 5_000_000,
  maxTextChars: 2_000_000,
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
  // Parallel stacks (no tuple per node: this runs over every node of every page).
  const nodes: Node[] = [root];
  const levels: number[] = [1];
  const inBodies: boolean[] = [false];
  while (nodes.length) {
    const node = nodes.pop()!;
    const level = levels.pop()!;
    const inBody = inBodies.pop()!;
    if (node.nodeType === 3) {
      const v = node.nodeValue ?? '';
      chars += v.length;
      if (chars > limits.maxTextChars) return { verdict: 'too-large', depth };
      if (!content && inBody && /\S/.test(v)) content = true;
      continue;
    }
    if (node.nodeType !== 1) continue;
    if (++elements > limits.maxElements) return { verdict: 'too-large', depth };
    if (level > depth) depth = level;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') continue; // not content, not counted as text
    const childInBody = inBody || node === body;
    if (!content && childInBody && tag === 'IMG') content = true;
    for (let c = node.lastChild; c; c = c.previousSibling) {
      nodes.push(c);
      levels.push(level + 1);
      inBodies.push(childInBody);
    }
  }
  return { verdict: content ? 'ok' : 'empty', depth };
}

/** Checks a parsed document: see measureDocument. */
export function checkDocument(doc: Document, limits: ExtractLimits = DEFAULT_LIMITS): SizeVerdict {
  return measureDocument(doc, limits).verdict;
}
