// Step 4b: the edges of the body. On table-layout portals (ASP.NET, old Joomla-like CMSs) the headline, the
// "(Cập nhật lúc 09:40 ngày 12/03/2024)" row, the "File đính kèm:" block and the "Gửi email | In trang | Về đầu
// trang" tool row often sit in the SAME cell as the paragraphs, separated by <br>, so Readability keeps them
// all. The reader sees the headline and the date above the article and the attachments in their own list, so
// here they are taken out of the body — only before the first paragraph of prose or after the last one, never
// from the middle of the text.
import { foldForSearch } from '../text/fold';
import { asAttachment, isAttachmentLabel } from './attachments';
import { isHeadlineMeta } from './cleanup-rules';
import { DATE_LINE, NEWS_STAMP_LINE } from './dates';
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
  const line = normSpace(text).normalize('NFC');
  if (DATE_LINE.test(line) || (line.length <= 100 && NEWS_STAMP_LINE.test(line))) return true;
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
  // At least one tool word: a lone "." or "|" left at the end of a sentence is not a tool row.
  return !!t && t.length <= 120 && new RegExp(TOOL_WORDS.source).test(t) && !t.replace(TOOL_WORDS, ' ').replace(/[\s|/·•\-–—:,.()[\]]+/g, '');
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

/** A "|" or "•" left between two parts of a line that are both gone. */
const isBareSeparator = (n: Node | null) => !!n && n.nodeType === 3 && /^\s*[|•·]\s*$/.test(n.nodeValue ?? '');

/**
 * A line that is nothing but "|", "•" or "·": what the line under a headline leaves once its date and author are
 * taken out ("September 10, 2018 | by Catherine" in WordPress themes, "20/06/2018 | Tác giả: …" on portals). Only
 * above the first paragraph, where it can end no sentence.
 */
const isLeftoverBar = (text: string) => /^[|•·\s]+$/.test(text);

/** Removes a node, the "|" beside it and the <br> right after it (the line break that ended its line). */
function removeLine(node: Node): void {
  if (isBareSeparator(node.nextSibling)) removeNode(node.nextSibling!);
  else if (isBareSeparator(node.previousSibling)) removeNode(node.previousSibling!);
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

/** Elements that end a line of text: an edge line is bounded by these (or by a <br>). */
const LINE_BREAKERS = new Set(['BR', 'P', 'DIV', 'LI', 'UL', 'OL', 'TD', 'TH', 'TR', 'TABLE', 'TBODY', 'BLOCKQUOTE', 'DD', 'DT', 'DL', 'SECTION', 'ARTICLE', 'FIGURE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR']);
const isLineBreaker = (n: Node) => n.nodeType === 1 && LINE_BREAKERS.has(n.nodeName.toUpperCase());
const SEPARATORS = /[\s|/·•\-–—:,.;()[\]]+/g;
const isSeparator = (text: string) => !text.replace(SEPARATORS, '');

/** The attachment link a node is, or is wrapped in, or wraps alone. */
function fileLink(node: Node, text: string): Element | null {
  const link = node.nodeType === 1 ? (node as Element).closest('a') ?? (node as Element).querySelector('a') : node.parentElement?.closest('a');
  return link && asAttachment(link) && normSpace(link.textContent ?? '') === text ? link : null;
}

/**
 * True when every text on the node's line — the node's siblings up to a <br> or a block, after climbing out of
 * inline wrappers it fills alone — is an edge line too (`isEdge`) or a separator. The words of a sentence are
 * never taken out of it: in "… theo các Quyết định số <a>56/QĐ-XPVPHC</a>, số <a>57/QĐ-XPVPHC</a>." (district
 * portals link each decision to its PDF) the links are file links after the last long text, and in
 * "Ngày <b>20/6/2024</b>, UBND huyện …" the bold date is a date before the first one; both stay, and the files
 * are listed as attachments as well.
 */
function aloneOnLine(node: Node, content: Element, isEdge: (n: Node, text: string) => boolean): boolean {
  let at: Node = node;
  while (at.parentNode && at.parentNode !== content && !isLineBreaker(at.parentNode) && !at.previousSibling && !at.nextSibling) at = at.parentNode;
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    for (let n = at[step]; n && !isLineBreaker(n); n = n[step]) {
      // An HTML comment ("<!-- .entry-header -->", which WordPress themes close their blocks with) is not on the line.
      if (n.nodeType === 8) continue;
      const text = normSpace(n.textContent ?? '');
      if (!isSeparator(text) && !isEdge(n, text)) return false;
    }
  }
  return true;
}

/** Every text in the node is a file link, an attachment label, a tool word or a separator. */
function isTailLine(n: Node, text: string): boolean {
  if (isAttachmentLabel(text) || isToolText(text) || fileLink(n, text)) return true;
  if (n.nodeType !== 1) return false;
  const walker = n.ownerDocument!.createTreeWalker(n, SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    const own = normSpace(t.nodeValue ?? '');
    const link = t.parentElement?.closest('a[href]');
    if (!isSeparator(own) && !isAttachmentLabel(own) && !isToolText(own) && !(link && n.contains(link) && asAttachment(link))) return false;
  }
  return true;
}

/**
 * Takes the repeated headline and date lines off the top of the body, and attachment blocks and tool rows off
 * its end. `title` is the article's title as shown above the body.
 */
export function tidyEdges(content: Element, title: string): void {
  const bounds = proseBounds(content);
  if (!bounds) return;
  const folded = foldForSearch(normSpace(title));
  const isHeadLine = (_n: Node, text: string) => (!!folded && foldForSearch(text) === folded) || isDateLine(text) || isHeadlineMeta(text) || isLeftoverBar(text);
  for (const t of outside(content, bounds, 'head')) {
    if (!content.contains(t)) continue; // (Readability's result is not in the document: no isConnected)
    const node = widest(t, content);
    const text = normSpace(node.textContent ?? '');
    if (isHeadLine(node, text) && aloneOnLine(node, content, isHeadLine)) removeLine(node);
  }
  for (const t of outside(content, bounds, 'tail')) {
    if (!content.contains(t)) continue; // (Readability's result is not in the document: no isConnected)
    const node = widest(t, content);
    const text = normSpace(node.textContent ?? '');
    const link = fileLink(node, text);
    const target = link ? widest(link, content) : node;
    if (isTailLine(node, text) && !isSeparator(text) && aloneOnLine(target, content, isTailLine)) removeLine(target);
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
