// One article of a digest: its headline (the link that opens it), the date the list printed, a placeholder
// where the list shows a picture (the popup loads no page image), then its quick summary and top key figure
// once read — or, in words, why it could not be read — and its own Save.
import { t, type MessageKey } from '../../utils/i18n/i18n';
import type { Teaser } from '../../utils/digest/teasers';
import type { ItemFailure, ItemState } from '../../utils/digest/read-teasers';
import { FIGURE_LABEL_KEYS } from '../../utils/figures/kind-names';

export type SaveState = 'no' | 'saving' | 'saved' | 'failed';

const FAILURES: Record<Exclude<ItemFailure, 'status'>, MessageKey> = {
  timeout: 'digestFailedTimeout',
  network: 'digestFailedNetwork',
  'other-site': 'digestFailedOtherSite',
  moved: 'digestFailedMoved',
  'too-large': 'digestFailedTooLarge',
  'not-html': 'digestFailedNotArticle',
  'not-article': 'digestFailedNotArticle',
  unreadable: 'digestFailedUnreadable',
};

function failureText(state: Extract<ItemState, { status: 'failed' }>): string {
  return state.reason === 'status' ? t('digestFailedStatus', String(state.httpStatus ?? '')) : t(FAILURES[state.reason]);
}

export interface DigestItemProps {
  teaser: Teaser;
  /** null: the articles are not being read (no permission). */
  state: ItemState | null;
  saved: SaveState;
  onOpen(): void;
  onSave(): void;
}

export function DigestItem({ teaser, state, saved, onOpen, onSave }: DigestItemProps) {
  const summary = state?.status === 'done' ? state.summary : null;
  const figure = summary?.figure;
  return (
    <li class="digest-item" data-testid="digest-item" data-state={state?.status ?? 'idle'} data-saved={saved === 'saved' ? 'true' : 'false'}>
      <div class="digest-head">
        {teaser.thumbnail ? (
          <span class="digest-thumb" role="img" aria-label={t('digestPicture')} title={t('digestPicture')}>
            ▣
          </span>
        ) : null}
        <a
          class="digest-title"
          data-testid="digest-title"
          href={teaser.url}
          onClick={(e) => {
            e.preventDefault();
            onOpen();
          }}
        >
          {teaser.title}
        </a>
      </div>
      <div class="meta digest-meta">
        {teaser.date ? <span data-testid="digest-date">{teaser.date}</span> : null}
        {saved === 'saved' ? (
          <span class="digest-saved" data-testid="digest-in-library">
            ✓ {t('digestInLibrary')}
          </span>
        ) : null}
        {saved !== 'saved' ? (
          <button
            type="button"
            class="btn btn-small"
            data-testid="digest-save"
            aria-busy={saved === 'saving'}
            disabled={saved === 'saving'}
            aria-label={t('digestSaveOneLabel', teaser.title)}
            onClick={onSave}
          >
            {saved === 'failed' ? t('actionRetry') : t('digestSaveOne')}
          </button>
        ) : null}
      </div>
      {summary ? (
        <p class="digest-summary" data-testid="digest-summary">
          {summary.sentences.length ? summary.sentences.join(' ') : t('digestNoSummary')}
        </p>
      ) : null}
      {figure ? (
        <p class="digest-figure" data-testid="digest-figure">
          <span class="chip" data-kind={figure.kind}>
            <span class="chip-label">{figure.label || t(FIGURE_LABEL_KEYS[figure.kind])}</span>
            <span class="chip-sep" aria-hidden="true"> · </span>
            <span class="chip-value">{figure.value}</span>
          </span>
        </p>
      ) : null}
      {state?.status === 'waiting' ? (
        <p class="meta digest-waiting" aria-hidden="true">
          {t('digestReading')}
        </p>
      ) : null}
      {state?.status === 'failed' ? (
        <p class="meta digest-failed" data-testid="digest-failed" data-reason={state.reason}>
          {failureText(state)}
        </p>
      ) : null}
    </li>
  );
}
