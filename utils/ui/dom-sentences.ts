// Read-aloud works sentence by sentence over the rendered article: each readable block (paragraph, list
// item, heading, caption) is split into sentences, and a sentence maps back to a DOM Range so it can be
// highlighted while it is spoken, even when it crosses <mark>, <a> or <strong> boundaries.
import { splitSentences } from '../read-aloud/tts';

export interface DomSentence {
  text: string;
  block: Element;
  /** Offsets into block.textContent. */
  start: number;
  end: number;
}

// Blocks that hold running text. Nested blocks (a <p> inside <li>, <blockquote>) are taken at the innermost
// level so that no text is read twice.
const BLOCK_SELECTOR = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, pre';

export function collectSentences(root: Element): DomSentence[] {
  const out: DomSentence[] = [];
  for (const block of Array.from(root.querySelectorAll(BLOCK_SELECTOR))) {
    if (block.querySelector(BLOCK_SELECTOR)) continue;
    const text = block.textContent ?? '';
    for (const s of splitSentences(text)) out.push({ text: text.slice(s.start, s.end), block, start: s.start, end: s.end });
  }
  return out;
}

/** A Range over characters [start, end) of `block`'s text content, or null if the offsets do not fit. */
export function rangeForOffsets(block: Element, start: number, end: number): Range | null {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  let pos = 0;
  let startNode: Text | null = null;
  let startOffset = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const len = node.data.length;
    if (!startNode && start <= pos + len) {
      startNode = node;
      startOffset = start - pos;
    }
    if (startNode && end <= pos + len) {
      const range = doc.createRange();
      range.setStart(startNode, startOffset);
      range.setEnd(node, end - pos);
      return range;
    }
    pos += len;
  }
  return null;
}
