// The library's answers to what the reader did (undo, restore, a failed search…) at the foot of the window,
// where they are seen whatever the scroll: the page's status line used to sit at the top of a long library,
// far above the button pressed. Answers stay until replaced or closed; the live region is always in the DOM
// so screen readers announce each one.
import { t } from '../../utils/i18n/i18n';
import { StatusLine, type Status } from '../StatusLine';

export function StatusToast({ status, onClose }: { status: Status | null; onClose: () => void }) {
  return (
    <div class={status ? 'toast toast-status' : 'toast toast-status is-empty'} data-testid="status-toast">
      <StatusLine status={status} />
      {status ? (
        <button type="button" class="btn btn-small" onClick={onClose}>
          {t('actionClose')}
        </button>
      ) : null}
    </div>
  );
}
