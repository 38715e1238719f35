// Puts the theme and reading settings on the page: `data-theme` on <html> (CSS variables switch on it)
// and custom properties for size, width and spacing, so the CSS stays the single source of the look.
import { LINE_WIDTH_CH, type ReaderSettings, type Theme } from '../prefs/reading-settings';

export function applyTheme(root: HTMLElement, theme: Theme): void {
  // 'system' is resolved by CSS with prefers-color-scheme, so a change of OS theme applies at once.
  root.dataset.theme = theme;
}

export function applyReaderSettings(root: HTMLElement, s: ReaderSettings): void {
  applyTheme(root, s.theme);
  root.style.setProperty('--reader-font-size', `${s.fontSize}px`);
  root.style.setProperty('--reader-line-height', String(s.lineHeight));
  root.style.setProperty('--reader-measure', `${LINE_WIDTH_CH[s.lineWidth]}ch`);
  root.dataset.font = s.fontFamily;
  root.dataset.highlights = s.highlightFigures ? 'on' : 'off';
}
