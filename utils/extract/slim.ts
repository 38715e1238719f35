// Shrinks Readability's output before it goes to DOMPurify: attributes the sanitiser would drop
// anyway, comments, whitespace-only text between blocks, and wrappers that carry nothing (a <span> or
// <font> without attributes, a <div> whose only child is another block). DOMPurify still sees (and decides on)
// everything that is left; this only saves it work. In Node the sanitiser runs on jsdom, where every
// node and attribute is expensive (on dantri this cut sanitising by about a third).
import { ALLOWED_ATTR } from '../html/sanitize';
import { ELEMENT_NODE, TEXT_NODE } from './dom';

const KEEP = new Set(ALLOWED_ATTR);
const BLOCKISH = /^(?:P|DIV|SECTION|ARTICLE|UL|OL|LI|TABLE|THEAD|TBODY|TFOOT|TR|TD|TH|FIGURE|FIGCAPTION|BLOCKQUOTE|H[1-6]|DL|DT|DD|BR|HR|IMG)$/;
const COMMENT_NODE = 8;
const UNWRAP_BARE = new Set(['SPAN', 'FONT']);
const WRAPPER = new Set(['DIV', 'SECTION', 'ARTICLE']);

/** Replaces an element by its children. */
function unwrap(el: Element): void {
  const parent = el.parentNode;
  if (!parent) return;
  while (el.firstChild) parent.insertBefore(el.firstChild, el);
  parent.removeChild(el);
}

/** A wrapper whose only content is one block element (whitespace aside). */
function isPureWrapper(el: Element): boolean {
  if (!WRAPPER.has(el.tagName.toUpperCase()) || el.attributes.length > 0 || el.children.length !== 1) return false;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === TEXT_NODE && /\S/.test(c.nodeValue ?? '')) return false;
  return isBlockish(el.firstElementChild);
}

function isBlockish(n: Node | null): boolean {
  return !n || (n.nodeType === ELEMENT_NODE && BLOCKISH.test((n as Element).tagName));
}

export function slimForSanitizer(root: Element): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const drop: string[] = [];
      for (const a of Array.from(el.attributes)) if (!KEEP.has(a.name.toLowerCase())) drop.push(a.name);
      for (const name of drop) el.removeAttribute(name);
      for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
      if (el !== root && el.attributes.length === 0 && (UNWRAP_BARE.has(el.tagName.toUpperCase()) || isPureWrapper(el))) unwrap(el);
    } else if (node.nodeType === COMMENT_NODE) {
      node.parentNode?.removeChild(node);
    } else if (node.nodeType === TEXT_NODE && !/[^\s]/.test(node.nodeValue ?? '')) {
      // Whitespace between two blocks renders as nothing; between inline elements it is a word space.
      if (isBlockish(node.previousSibling) && isBlockish(node.nextSibling) && node.parentNode !== null) {
        if (isBlockish(node.parentNode as Node) || node.parentNode === root) node.parentNode.removeChild(node);
      }
    }
  }
}
