// A card the popup can fold (the summary, the key figures), so that the article's text comes up sooner;
// the popup remembers the choice (prefs.ts). Folding is layout only: the card itself (SummaryCard,
// KeyFigures) is rendered as it is, and CSS hides all but its first child, its heading. A folded card never
// cuts a sentence: it is shown whole or not at all.
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n/i18n';

export interface FoldProps {
  /** What the card is called, for screen readers ("Thu gọn Tóm tắt"). */
  label: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  testId: string;
  children: ComponentChildren;
}

export function Fold({ label, open, onToggle, testId, children }: FoldProps) {
  return (
    <div class="fold" data-open={open ? 'true' : 'false'} data-testid={testId}>
      <button type="button" class="btn btn-small fold-toggle" aria-expanded={open} onClick={() => onToggle(!open)}>
        {open ? t('foldHide') : t('foldShow')}
        <span class="visually-hidden"> {label}</span>
        <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
      </button>
      {children}
    </div>
  );
}
