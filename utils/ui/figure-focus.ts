// Clicking a key-figure chip takes the reader to that figure in the text. Chips are KeyFigures (offsets into
// article.text); highlights carry data-fig-index = the figure's index in article.figures, so the match is by
// offsets first, then by text (a figure in a caption or the lead may have been highlighted elsewhere).
import type { Figure, KeyFigure } from '../model/figure';

export function figureIndexOf(figures: readonly Figure[], kf: KeyFigure): number {
  const exact = figures.findIndex((f) => f.start === kf.start && f.end === kf.end && f.kind === kf.kind);
  // A range chip spans its two figure records ("20 đến 30 triệu đồng"): go to the first.
  return exact >= 0 ? exact : figures.findIndex((f) => f.start >= kf.start && f.end <= kf.end && f.kind === kf.kind);
}

export function findFigureMark(root: Element, figures: readonly Figure[], kf: KeyFigure): HTMLElement | null {
  const index = figureIndexOf(figures, kf);
  if (index >= 0) {
    const byIndex = root.querySelector<HTMLElement>(`mark.fig[data-fig-index="${index}"]`);
    if (byIndex) return byIndex;
  }
  const marks = Array.from(root.querySelectorAll<HTMLElement>('mark.fig'));
  return marks.find((m) => m.textContent === kf.text) ?? marks.find((m) => (m.textContent ?? '').includes(kf.text)) ?? null;
}

/** Scrolls to the mark, moves keyboard focus there, and flashes it once. */
export function focusFigureMark(mark: HTMLElement, reducedMotion: boolean): void {
  mark.setAttribute('tabindex', '-1');
  mark.scrollIntoView?.({ behavior: reducedMotion ? 'auto' : 'smooth', block: 'center' });
  mark.focus({ preventScroll: true });
  mark.classList.remove('flash');
  // Re-adding the class restarts the animation when the same chip is clicked twice.
  void mark.offsetWidth;
  mark.classList.add('flash');
  setTimeout(() => mark.classList.remove('flash'), 1700);
}
