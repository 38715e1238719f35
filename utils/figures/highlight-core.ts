// highlightFigures: wraps every figure in the element's text in
// <mark class="fig" data-kind="money" data-value="1600000000" data-fig-index="3">…</mark>.
// Article HTML splits figures across nodes ("<b>1,6</b> tỷ đồng", a link around "Quyết định số 12/QĐ-UBND"),
// so the element's text is read as one string with a map back to its text nodes, and each figure is wrapped
// piece by piece — one <mark> per text node it touches, all with the same data-fig-index. Only text nodes
// are touched (never attributes); script/style and existing marks are left alone; a second run changes nothing.
import type { Figure } from '../model/figure';

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

export const MAX_HIGHLIGHTS = 1_000;

/** How many times the figure search may read the whole text. */
const SEARCH_PASSES = 4;

/** The segments that overlap [a, b): a binary search, not a scan per figure (segments are in text order). */
function segmentsIn(segments: Segment[], a: number, b: number): Segment[] {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid]!;
    if (s.at + s.node.data.length <= a) lo = mid + 1;
    else hi = mid;
  }
  const out: Segment[] = [];
  for (let k = lo; k < segments.length && segments[k]!.at < b; k++) out.push(segments[k]!);
  return out;
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
  const found = typeof figures === 'function' ? figures(text) : figures;
  // The first MAX_HIGHLIGHTS figures in text order: far more than an article has, and a page full of numbers
  // must not turn into a hundred thousand elements.
  const list = found.length > MAX_HIGHLIGHTS ? found.slice(0, MAX_HIGHLIGHTS) : found;

  // Locate each figure in the joined text. A search that finds nothing reads to the end of the text, so
  // searches share a budget of a few passes over it: a hostile list of figures that are not in the text
  // would otherwise cost figures × text length.
  const ranges: { a: number; b: number; index: number }[] = [];
  let cursor = 0;
  let budget = SEARCH_PASSES * text.length;
  list.forEach((f, index) => {
    if (!f.text) return;
    let a = text.slice(f.start, f.end) === f.text ? f.start : -1;
    if (a < 0 && budget > 0) {
      a = text.indexOf(f.text, cursor);
      budget -= a < 0 ? text.length - cursor : a - cursor;
    }
    if (a < 0) return;
    cursor = a + f.text.length;
    ranges.push({ a, b: a + f.text.length, index });
  });

  // Decide what to wrap, right to left: a figure overlapping one already chosen, or already inside a mark
  // (a second run), is left alone. Nothing is changed yet, so the segment offsets stay valid throughout.
  const cuts = new Map<Segment, { from: number; to: number; index: number }[]>();
  let count = 0;
  ranges.sort((x, y) => y.a - x.a);
  let lastStart = Infinity;
  for (const { a, b, index } of ranges) {
    if (b > lastStart) continue;
    const pieces = segmentsIn(segments, a, b);
    if (pieces.length === 0 || pieces.some((s) => s.marked)) continue;
    for (const seg of pieces) {
      const from = Math.max(0, a - seg.at);
      const to = Math.min(seg.node.data.length, b - seg.at);
      if (to <= from || !seg.node.data.slice(from, to).trim()) continue;
      const inNode = cuts.get(seg) ?? [];
      inNode.push({ from, to, index });
      cuts.set(seg, inNode);
    }
    lastStart = a;
    count++;
  }
  // Then rebuild each text node once, as text and marks: splitting a node per figure copies the rest of the
  // node each time (quadratic on a long paragraph full of numbers).
  for (const [seg, inNode] of cuts) {
    const data = seg.node.data;
    const frag = doc.createDocumentFragment();
    let pos = 0;
    for (const { from, to, index } of inNode.reverse()) {
      if (from > pos) frag.appendChild(doc.createTextNode(data.slice(pos, from)));
      const mark = doc.createElement('mark');
      figureAttributes(mark, list[index]!, index);
      mark.appendChild(doc.createTextNode(data.slice(from, to)));
      frag.appendChild(mark);
      pos = to;
    }
    if (pos < data.length) frag.appendChild(doc.createTextNode(data.slice(pos)));
    seg.node.parentNode!.replaceChild(frag, seg.node);
  }
  return count;
}
