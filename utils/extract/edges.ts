// Step 4b: the edges of the body. On table-layout portals (ASP.NET, old Joomla-like CMSs) the headline, the
// "(Cập nhật lúc 09:40 ngày 12/03/2024)" row, the "File đính kèm:" block and the "Gửi email | In trang | Về đầu
// trang" tool row often sit in the SAME cell as the paragraphs, separated by <br>, so Readability keeps them
// all. The reader sees the headline and the date above the article and the attachments in their own list, so
// here they are taken out of the body — only before the first paragraph of prose or after the last one, never
// from the middle of the text.
import { foldForSearch } from '../text/fold';
import { asAttachment, isAttachmentLabel } from './attachments';
import { SHOW_TEXT, normSpace, removeNode } from './dom';

/**
 * Prose: a text of at least 40 characters in a paragraph of at least 80, or a line that reads as a sentence
 * (ends like one, or is long). A headline in the same table cell as the paragraphs is neither.
 */
const PROSE_TEXT = 40;
const PROSE_BLOCK = 80;
const PARAGRAPH = 'p, li, blockquote, dd';
const SENTENCE_END = /[.!?…:;"”)]$/;

/** Date-only lines: "(Cập nhật lúc 09:40 ngày 12/03/2024)", "Ngày đăng: 18/04/2023", "12/03/2024 09:40". */
const DATE_WORDS = /\b(?:cap nhat|ngay dang|dang ngay|ngay cap nhat|thoi gian|dang luc|cap nhat luc|luc|ngay|thang|nam|gio|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|gmt|updated|posted|published|on|at)\b/g;
const DATE_TOKEN = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}/;
const DATE_LEFTOVER = /^[\s\d:/.,()+\-–|hH]*$/;

export function isDateLine(text: string): boolean {
  const t = foldForSearch(normSpace(text));
  if (!t || t.length > 80 || !DATE_TOKEN.test(t)) return false;
  return DATE_LEFTOVER.test(t.replace(DATE_WORDS, ' '));
}

/** Tool-row words: print, e-mail, share, back to top. */
const TOOL_WORDS = /\b(?:in (?:trang|bai|bai viet|tin)|ban in|gui (?:email|e-mail|bai|tin|cho ban be)|email|e-mail|chia se|ve dau trang|len dau trang|dau trang|quay lai|tro ve|tro lai|print|share|back to top|top|facebook|zalo|twitter|luu tin|binh luan)\b/g;

/**
 * A line made only of tool words and separators. It must hold a tool word: punctuation alone is the end of a
 * sentence (a legal document's closing "./." or the ", " in "CT, các PCT" that Word puts in a span of its own).
 */
export function isToolText(text: string): boolean {
  const t = foldForSearch(normSpace(text));
  return !!t && t.length <= 120 && /\p{L}/u.test(t) && !t.replace(TOOL_WORDS, ' ').replace(/[\s|/·•\-–—:,.()[\]]+/g, '');
}

interface ProseBounds {
  first: Text;
  last: Text;
}

/** The first and last text of real prose in the body. */
function proseBounds(content: Element): ProseBounds | null {
  const doc = content.ownerDocument;
  const walker = doc.createTreeWalker(content, SHOW_TEXT);
  let first: Text | null = null;
  let last: Text | null = null;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const text = normSpace(n.nodeValue ?? '');
    if (text.length < PROSE_TEXT) continue;
    const paragraph = n.parentElement?.closest(PARAGRAPH);
    const inParagraph = !!paragraph && normSpace(paragraph.textContent ?? '').length >= PROSE_BLOCK;
    if (!inParagraph && !SENTENCE_END.test(text) && text.length < 150) continue;
    first ??= n;
    last = n;
  }
  return first && last ? { first, last } : null;
}

const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & 4 /* FOLLOWING */) && !a.contains(b);
const after = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & 2 /* PRECEDING */) && !a.contains(b);

/** The largest element around `node` (inside `content`) with no more text than `node`, or the node itself. */
function widest(node: Node, content: Element): Node {
  const text = normSpace(node.textContent ?? '');
  let target: Node = node;
  for (let p = node.parentElement; p && p !== content && normSpace(p.textContent ?? '') === text; p = p.parentElement) target = p;
  return target;
}

/** Removes a node and the <br> right after it (the line break that ended its line). */
function removeLine(node: Node): void {
  let next = node.nextSibling;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
  if (next && next.nodeName === 'BR') removeNode(next);
  removeNode(node);
}

/** Text nodes and elements with text that lie wholly before (or after) the prose, outermost first. */
function outside(content: Element, bounds: ProseBounds, side: 'head' | 'tail'): Node[] {
  const out: Node[] = [];
  const walker = content.ownerDocument.createTreeWalker(content, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!(n.nodeValue ?? '').trim()) continue;
    if (side === 'head' ? before(n, bounds.first) : after(n, bounds.last)) out.push(n);
  }
  return out;
}

/**
 * Takes the repeated headline and date lines off the top of the body, and attachment blocks and tool rows off
 * its end. `title` is the article's title as shown above the body.
 */
export function tidyEdges(content: Element, title: string): void {
  const bounds = proseBounds(content);
  if (!bounds) return;
  const folded = foldForSearch(normSpace(title));
  for (const t of outside(content, bounds, 'head')) {
    if (!content.contains(t)) continue; // (Readability's result is not in the document: no isConnected)
    const node = widest(t, content);
    const text = normSpace(node.textContent ?? '');
    if ((folded && foldForSearch(text) === folded) || isDateLine(text)) removeLine(node);
  }
  for (const t of outside(content, bounds, 'tail')) {
    if (!content.contains(t)) continue; // (Readability's result is not in the document: no isConnected)
    const node = widest(t, content);
    const text = normSpace(node.textContent ?? '');
    const link = node.nodeType === 1 ? (node as Element).closest('a') ?? (node as Element).querySelector('a') : node.parentElement?.closest('a');
    const isAttachment = !!link && !!asAttachment(link) && normSpace(link.textContent ?? '') === text;
    if (isAttachment || isAttachmentLabel(text) || isToolText(text)) removeLine(link && isAttachment ? widest(link, content) : node);
  }
  trimEnd(content);
}

const MEDIA = 'img, picture, figure, table, video';
/** A photo, a figure or a table, or an element holding one: never "empty". */
const isMedia = (el: Element) => el.matches(MEDIA) || !!el.querySelector(MEDIA);

/** Separators and line breaks the removed links leave at the end ("|  |", a trailing <br>), at every depth. */
function trimEnd(el: Element): void {
  for (let n = el.lastChild; n; ) {
    const prev: ChildNode | null = n.previousSibling;
    if ((n.nodeType === 3 && /^[\s|·•\-–—]*$/.test(n.nodeValue ?? '')) || n.nodeName === 'BR') removeNode(n);
    else if (n.nodeType === 1 && !normSpace(n.textContent ?? '') && !isMedia(n as Element)) removeNode(n);
    else {
      if (n.nodeType === 1) trimEnd(n as Element);
      break;
    }
    n = prev;
  }
}

const words = (s: string) => foldForSearch(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The headline printed at the top of the body when the page has no headline element and its `<title>` words
 * it differently (Liferay content pages: "<p align=center><strong>CHỨC NĂNG, NHIỆM VỤ</strong></p>" under
 * `<title>Chức năng nhiệm vụ - Sở …</title>`): a short line before the prose, bold or a heading, all of
 * whose words are in the document title.
 */
export function headlineAtTop(content: Element, documentTitle: string): string | null {
  const bounds = proseBounds(content);
  const reference = new Set(words(documentTitle));
  if (!bounds || !reference.size) return null;
  for (const t of outside(content, bounds, 'head').slice(0, 6)) {
    const node = widest(t, content);
    const text = normSpace(node.textContent ?? '');
    const w = words(text);
    if (w.length < 2 || text.length > 200 || !w.every((x) => reference.has(x))) continue;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const bold = el?.querySelector('strong, b, h1, h2, h3, h4');
    if (el && (el.closest('h1, h2, h3, h4, strong, b') || (bold && normSpace(bold.textContent ?? '') === text))) return text;
  }
  return null;
}
