// Marks the sentence being read aloud. Where the CSS Custom Highlight API exists (Chrome 105+, Firefox 140+)
// the exact sentence is highlighted without touching the DOM; elsewhere (Firefox ESR 128) its paragraph is.
import { rangeForOffsets, type DomSentence } from './dom-sentences';

const HIGHLIGHT_NAME = 'tinsach-reading';
const BLOCK_CLASS = 'reading-block';

interface HighlightRegistry {
  set(name: string, h: unknown): void;
  delete(name: string): void;
}

function registry(): { highlights: HighlightRegistry; Highlight: new (...r: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { highlights: css.highlights, Highlight } : null;
}

export function clearReadingHighlight(root: Element): void {
  registry()?.highlights.delete(HIGHLIGHT_NAME);
  for (const el of Array.from(root.querySelectorAll(`.${BLOCK_CLASS}`))) el.classList.remove(BLOCK_CLASS);
}

export function showReadingHighlight(root: Element, sentence: DomSentence, reducedMotion: boolean): void {
  clearReadingHighlight(root);
  const reg = registry();
  const range = reg ? rangeForOffsets(sentence.block, sentence.start, sentence.end) : null;
  if (reg && range) reg.highlights.set(HIGHLIGHT_NAME, new reg.Highlight(range));
  else sentence.block.classList.add(BLOCK_CLASS);
  // Keep the sentence on screen, but do not jump while it is already visible.
  const rect = sentence.block.getBoundingClientRect?.();
  const viewport = root.ownerDocument.defaultView?.innerHeight ?? 0;
  if (rect && viewport && (rect.top < 0 || rect.bottom > viewport)) {
    sentence.block.scrollIntoView?.({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  }
}
