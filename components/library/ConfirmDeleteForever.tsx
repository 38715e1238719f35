// The inline "delete for good?" question of the trash and the quarantine (no browser dialog: it would block the
// page, and an older reader loses track of a modal). `testId` names the pair: `<testId>-confirm`,
// `<testId>-confirm-delete`, `<testId>-cancel-delete`.
import { t } from '../../utils/i18n/i18n';

export function ConfirmDeleteForever({ testId, onConfirm, onCancel }: { testId: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <p class="confirm" data-testid={`${testId}-confirm`}>
      <span>{t('confirmDeleteForever')}</span>{' '}
      <button type="button" class="btn btn-small btn-danger" data-testid={`${testId}-confirm-delete`} onClick={onConfirm}>
        {t('actionDeleteForever')}
      </button>{' '}
      <button type="button" class="btn btn-small" data-testid={`${testId}-cancel-delete`} onClick={onCancel}>
        {t('actionCancel')}
      </button>
    </p>
  );
}
