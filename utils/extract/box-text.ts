// How much text a box holds, and how much of it is inside links, as clean-up's teaser-box test reads
// them: normSpace(box.textContent).length and the sum of normSpace(a.textContent).length over the
// box's links (linkTextLength in dom.ts). The climb in cleanup.ts measures ever larger ancestors of a
// label — the last one, which fails, is often a whole column — so both are counted in one walk over
// the box without building its text: collapsed, trimmed text is its non-space characters plus one
// space between runs. Text with combining marks (NFD pages) is normalised by normSpace, which can
// change lengths: then the text is built and measured exactly as before.
import { normSpace, textOf } from './dom';

const COMBINING = /[\u0300-\u036f]/;

/** The white space normSpace collapses: JavaScript's \s and the zero-width space. */
function isWhite(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** A running count of collapsed, trimmed text. */
interface Count {
  length: number;
  /** White space seen since the last character, after some text. */
  space: boolean;
}

function add(count: Count, text: string): void {
  for (let i = 0; i < text.length; i++) {
    if (isWhite(text.charCodeAt(i))) {
      if (count.length > 0) count.space = true;
    } else {
      count.length += count.space ? 2 : 1;
      count.space = false;
    }
  }
}

export interface BoxText {
  /** normSpace(box.textContent).length */
  total: number;
  /** Sum over the box's <a> elements (not inside a <template>) of normSpace(a.textContent).length. */
  links: number;
}

/** Inside a <template> below `box` (linkedom keeps template content in the tree; selectors skip it). */
function inTemplateBelow(el: Element, box: Element): boolean {
  for (let p = el.parentElement; p && p !== box; p = p.parentElement) if (p.tagName.toUpperCase() === 'TEMPLATE') return true;
  return false;
}

/** The same with strings, for text with combining marks. */
function boxTextByStrings(box: Element): BoxText {
  let links = 0;
  const anchors = box.getElementsByTagName('a');
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i]!;
    if (!inTemplateBelow(a, box)) links += textOf(a).length;
  }
  return { total: normSpace(box.textContent ?? '').length, links };
}

export function boxText(box: Element): BoxText {
  const total: Count = { length: 0, space: false };
  let links = 0;
  /** Links being read (nested links each count their own text, as querySelectorAll('a') does). */
  const open: Array<{ el: Node; count: Count }> = [];
  let templates = 0;
  const leave = (el: Node): void => {
    const top = open[open.length - 1];
    if (top && top.el === el) {
      links += top.count.length;
      open.pop();
    } else if ((el as Element).tagName.toUpperCase() === 'TEMPLATE') templates--;
  };
  for (let n: Node | null = box.firstChild; n; ) {
    if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'TEMPLATE') templates++;
      else if (tag === 'A' && templates === 0) open.push({ el: n, count: { length: 0, space: false } });
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
    } else if (n.nodeType === 3 || n.nodeType === 4) {
      // Text and CDATA: what textContent reads.
      const v = n.nodeValue ?? '';
      if (COMBINING.test(v)) return boxTextByStrings(box);
      add(total, v);
      for (const o of open) add(o.count, v);
    }
    // n is done: leave it, and every ancestor that has no next sibling, up to the box.
    let cur: Node = n;
    if (cur.nodeType === 1) leave(cur);
    while (cur !== box && !cur.nextSibling) {
      cur = cur.parentNode!;
      if (cur !== box) leave(cur);
    }
    n = cur === box ? null : cur.nextSibling;
  }
  return { total: total.length, links };
}
