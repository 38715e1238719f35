// A card the popup can fold (the summary, the key figures), so that the article's text comes up sooner;
// the popup remembers the choice (prefs.ts). Folding is layout only: the card itself (SummaryCard,
// KeyFigures) is rendered as it is, and CSS either hides all but its first child, its heading ('hide'),
// or cuts each list item to two lines ('clamp': a compact summary, everything still read by screen readers).
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n/i18n';

export interface FoldProps {
  /** What the card is called, for screen readers ("Thu gọn Tóm tắt"). */
  label: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  testId: string;
  mode: 'hide' | 'clamp';
  children: ComponentChildren;
}

export function Fold({ label, open, onToggle, testId, mode, children }: FoldProps) {
  return (
    <div class="fold" data-open={open ? 'true' : 'false'} data-fold={mode} data-testid={testId}>
      <button type="button" class="btn btn-small fold-toggle" aria-expanded={open} onClick={() => onToggle(!open)}>
        {open ? t('foldHide') : mode === 'clamp' ? t('foldShowAll') : t('foldShow')}
        <span class="visually-hidden"> {label}</span>
        <span aria-hidden="true">{open ? ' ▴' : ' ▾'}</span>
      </button>
      {children}
    </div>
  );
}
