// How each figure kind is shown: an icon (a plain character every Vietnamese font has) and its name.
// The icon and the underline style tell the kinds apart without colour (WCAG 1.4.1).
import type { Figure, FigureKind } from '../utils/model/figure';
import type { MessageKey } from '../utils/i18n/i18n';

export const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity', 'ratio', 'date', 'document'];

export const FIGURE_ICONS: Record<FigureKind, string> = {
  money: '₫',
  percent: '%',
  quantity: '#',
  ratio: '⁄',
  date: '◷',
  document: '§',
};

export const FIGURE_LINE_KEYS: Record<FigureKind, MessageKey> = {
  money: 'legendLineMoney',
  percent: 'legendLinePercent',
  quantity: 'legendLineQuantity',
  ratio: 'legendLineRatio',
  date: 'legendLineDate',
  document: 'legendLineDocument',
};

// Money shows its own currency: ₫ only for đồng, $ for dollars (a USD amount with ₫ misleads).
const CURRENCY_ICONS: Record<string, string> = { VND: '₫', USD: '$', EUR: '€', JPY: '¥', CNY: '¥' };

/** The icon of one figure: its kind's, or for money its currency's. */
export function figureIcon(f: Pick<Figure, 'kind' | 'unit'>): string {
  if (f.kind !== 'money') return FIGURE_ICONS[f.kind];
  return CURRENCY_ICONS[f.unit ?? ''] ?? '¤';
}
