// highlightFigures: wraps every figure in the element's text in
// <mark class="fig" data-kind="money" data-value="1600000000" data-fig-index="3">…</mark>.
// Article HTML splits figures across nodes ("<b>1,6</b> tỷ đồng", a link around "Quyết định số 12/QĐ-UBND"),
// so the element's text is read as one string with a map back to its text nodes, and each figure is wrapped
// piece by piece — one <mark> per text node it touches, all with the same data-fig-index. Only text nodes
// are touched (never attributes); script/style and existing marks are left alone; a second run changes nothing.
import type { Figure } from '../figure';

// Elements whose text is not article prose.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'SELECT', 'OPTION', 'svg', 'SVG', 'MATH']);
// Block boundaries: text on either side never belongs to one figure ("<td>12</td><td>xã</td>").
const BLOCKS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'TD', 'TH', 'TR', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'CAPTION', 'H1', 'H2', 'H3', 'H4',
  'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'DL',
  'DT', 'DD', 'BR', 'HR', 'NAV', 'MAIN', 'ADDRESS',
]);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

interface Segment {
  node: Text;
  /** Offset of the node's first character in the joined string. */
  at: number;
  /** Inside an existing <mark class="fig">. */
  marked: boolean;
}

function isFigMark(el: Element): boolean {
  return el.tagName.toUpperCase() === 'MARK' && el.classList.contains('fig');
}

/** The element's readable text, with "\n" at block boundaries, and where each text node sits in it. */
function collect(root: Element | DocumentFragment): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  const boundary = (): void => {
    if (length > 0 && parts[parts.length - 1] !== '\n') {
      parts.push('\n');
      length += 1;
    }
  };
  const walk = (node: Node, marked: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        if (!data) continue;
        segments.push({ node: child as Text, at: length, marked });
        parts.push(data);
        length += data.length;
      } else if (child.nodeType === ELEMENT_NODE) {
        const el = child as Element;
        if (SKIP.has(el.tagName) || SKIP.has(el.tagName.toUpperCase())) continue;
        const block = BLOCKS.has(el.tagName.toUpperCase());
        if (block) boundary();
        walk(el, marked || isFigMark(el));
        if (block) boundary();
      }
    }
  };
  walk(root, false);
  return { text: parts.join(''), segments };
}

function figureAttributes(mark: Element, f: Figure, index: number): void {
  mark.className = 'fig';
  mark.setAttribute('data-kind', f.kind);
  if (f.value !== undefined) mark.setAttribute('data-value', String(f.value));
  if (f.unit !== undefined) mark.setAttribute('data-unit', f.unit);
  if (f.total !== undefined) mark.setAttribute('data-total', String(f.total));
  if (f.date !== undefined) mark.setAttribute('data-date', f.date);
  if (f.code !== undefined) mark.setAttribute('data-code', f.code);
  if (f.approx !== undefined) mark.setAttribute('data-approx', f.approx);
  mark.setAttribute('data-fig-index', String(index));
}

/**
 * Wraps the figures in `root` and returns how many figures were newly highlighted. `figures` is the list,
 * or a finder to run over the root's readable text. Passed figures are located by their offsets when those match
 * the root's text, and otherwise by searching their text in order (offsets into article.text differ from
 * the DOM's text by paragraph breaks).
 */
export function highlightFigureList(root: Element | DocumentFragment, figures: Figure[] | ((text: string) => Figure[])): number {
  const doc = root.ownerDocument;
  const { text, segments } = collect(root);
  const list = typeof figures === 'function' ? figures(text) : figures;

  // Locate each figure in the joined text.
  const ranges: { a: number; b: number; index: number }[] = [];
  let cursor = 0;
  list.forEach((f, index) => {
    let a = text.slice(f.start, f.end) === f.text ? f.start : -1;
    if (a < 0) a = text.indexOf(f.text, cursor);
    if (a < 0 || !f.text) return;
    cursor = a + f.text.length;
    ranges.push({ a, b: a + f.text.length, index });
  });

  let count = 0;
  // Right to left, so splitting a text node never shifts the offsets of pieces still to wrap.
  ranges.sort((x, y) => y.a - x.a);
  let lastStart = Infinity;
  for (const { a, b, index } of ranges) {
    if (b > lastStart) continue; // overlaps a figure already wrapped in this run
    const pieces = segments.filter((s) => s.at < b && s.at + s.node.data.length > a);
    // Already highlighted (a second run) or not in any text node: leave it.
    if (pieces.length === 0 || pieces.some((s) => s.marked)) continue;
    for (const seg of pieces.reverse()) {
      const from = Math.max(0, a - seg.at);
      const to = Math.min(seg.node.data.length, b - seg.at);
      if (to <= from || !seg.node.data.slice(from, to).trim()) continue;
      let piece = seg.node;
      if (to < piece.data.length) piece.splitText(to);
      if (from > 0) piece = piece.splitText(from);
      const mark = doc.createElement('mark');
      figureAttributes(mark, list[index]!, index);
      piece.parentNode!.insertBefore(mark, piece);
      mark.appendChild(piece);
    }
    lastStart = a;
    count++;
  }
  return count;
}
