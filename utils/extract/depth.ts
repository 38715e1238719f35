// Pathologically deep pages (thousands of nested wrappers, generated or broken markup) make
// Readability's cost explode, so before it runs we collapse wrappers that hold nothing but one
// element: that keeps every word and image, and brings the nesting back to what a page means.
import { TEXT_NODE } from './dom';

/** Pages nest up to ~25 deep (measured on the corpus); beyond this we flatten. */
export const FLATTEN_ABOVE_DEPTH = 64;
/** Still deeper than this after flattening: refused as too large (Readability would take seconds). */
export const MAX_DEPTH = 128;

const WRAPPERS = new Set(['DIV', 'SPAN', 'SECTION', 'ARTICLE', 'MAIN', 'FONT', 'CENTER', 'B', 'I', 'EM', 'STRONG', 'U', 'SMALL', 'BIG']);

/** The single element child of a wrapper with no text of its own, else null. */
function onlyChild(el: Element): Element | null {
  let only: Element | null = null;
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1) {
      if (only) return null;
      only = c as Element;
    } else if (c.nodeType === TEXT_NODE && /\S/.test(c.nodeValue ?? '')) return null;
  }
  return only;
}

/** Replaces single-child wrappers by their child, everywhere under `root`; returns the new depth. */
export function flattenWrappers(root: Element): number {
  let maxDepth = 0;
  const stack: Array<[Element, number]> = [[root, 1]];
  while (stack.length) {
    const [el, level] = stack.pop()!;
    let current = el;
    // Collapse a chain of wrappers into its innermost element (keeps `current` in place of the chain).
    for (let child = onlyChild(current); child && current !== root && WRAPPERS.has(current.tagName.toUpperCase()); child = onlyChild(current)) {
      current.parentNode?.replaceChild(child, current);
      current = child;
    }
    if (level > maxDepth) maxDepth = level;
    for (let c = current.lastElementChild; c; c = c.previousElementSibling) stack.push([c, level + 1]);
  }
  return maxDepth;
}
