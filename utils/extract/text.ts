// Plain text of an article element: paragraphs separated by a blank line, line breaks kept, table
// cells separated by a tab. Only text nodes are read: alt/title attributes never leak into the text
// (the seed page's "anh tin bai" alt and "Chung nhan Tin Nhiem Mang" badge title).
import { ELEMENT_NODE, TEXT_NODE } from './dom';

const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV',
  'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TFOOT', 'THEAD', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'IFRAME', 'OBJECT']);
const CELL = new Set(['TD', 'TH']);

/**
 * Runs of spaces inside a line (NBSP and zero-width ones included) that are not already one plain space
 * (see SPACES in dom.ts: the same result as collapsing every run, with far fewer replacements).
 */
const LINE_SPACES = / [ \f\r\v\u00a0\u200b\ufeff\u2028\u2029]+|[\f\r\v\u00a0\u200b\ufeff\u2028\u2029][ \f\r\v\u00a0\u200b\ufeff\u2028\u2029]*/g;

/** Collapses spaces inside each line (NBSP included), drops empty lines, NFC. */
function finishParagraph(raw: string): string {
  return raw
    .normalize('NFC')
    .split('\n')
    .map((line) => line.replace(LINE_SPACES, ' ').replace(/ *\t */g, '\t').replace(/^\t+|\t+$/g, '').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * Iterative walk (a 5 000-deep page must not overflow the stack). `maxParagraphs` stops it early, for readers of a
 * long text's top only (a legal document's header).
 */
export function elementText(root: Element | DocumentFragment, maxParagraphs = Infinity): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const p = finishParagraph(current);
    if (p) paragraphs.push(p);
    current = '';
  };
  // Stack entries: a node to enter, or a marker to leave a block/cell.
  const stack: Array<Node | { leave: string }> = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length && paragraphs.length < maxParagraphs) {
    const item = stack.pop()!;
    if ('leave' in item) {
      if (item.leave === 'block') flush();
      else current += '\t';
      continue;
    }
    const node = item as Node;
    if (node.nodeType === TEXT_NODE) {
      current += (node.nodeValue ?? '').replace(/[\n\t]+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) continue;
    if (tag === 'BR') {
      current += '\n';
      continue;
    }
    if (BLOCK.has(tag)) {
      flush();
      stack.push({ leave: 'block' });
    } else if (CELL.has(tag)) {
      stack.push({ leave: 'cell' });
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  flush();
  return paragraphs.join('\n\n');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.,/-]*/gu;

/** Words for reading time: runs of letters/digits separated by spaces (a Vietnamese syllable counts as one). */
export function countWords(text: string): number {
  // Counted with test(), which builds no match array or substring per word.
  WORD.lastIndex = 0;
  let n = 0;
  while (WORD.test(text)) n++;
  return n;
}
