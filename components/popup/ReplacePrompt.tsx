// Asked when Save would replace a saved article whose title or text differ: one of another address (LibraryError
// 'conflict': a page may name another saved article's address as its own), or an earlier version of this one
// (the page was edited, or rewrote its address after it was shown). Nothing is replaced until the reader chooses to.
import { t } from '../../utils/i18n/i18n';

export function ReplacePrompt({ question, onReplace, onKeep }: { question: string; onReplace: () => void; onKeep: () => void }) {
  return (
    <div class="replace-prompt" role="alertdialog" aria-labelledby="replace-question" data-testid="replace-prompt">
      <p id="replace-question">{question}</p>
      <div class="actions">
        <button type="button" class="btn" data-testid="replace-confirm" onClick={onReplace}>
          {t('actionReplace')}
        </button>
        <button type="button" class="btn btn-primary" data-testid="replace-keep" onClick={onKeep}>
          {t('actionKeepSaved')}
        </button>
      </div>
    </div>
  );
}
