// The catalog key of each figure kind's name ("Tiền", "Tỉ lệ"…): the popup's chips and legend and the Markdown
// exporter's figures table name a kind the same way, so the table lives here, beside the kinds themselves.
import type { FigureKind } from '../model/figure';
import type { MessageKey } from '../i18n/i18n';

export const FIGURE_LABEL_KEYS: Record<FigureKind, MessageKey> = {
  money: 'figureKindMoney',
  percent: 'figureKindPercent',
  quantity: 'figureKindQuantity',
  ratio: 'figureKindRatio',
  date: 'figureKindDate',
  document: 'figureKindDocument',
};
