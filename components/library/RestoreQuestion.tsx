// Asked when "Khôi phục" would put a deleted article back over a copy the reader saved after deleting it:
// nothing is replaced until they choose, and the words say which copy is the newer one.
import { t } from '../../utils/i18n/i18n';
import type { RestoreChoice } from '../../utils/library';

export function RestoreQuestion({ trashedOlder, onAnswer }: { trashedOlder: boolean; onAnswer: (choice: RestoreChoice | 'keep') => void }) {
  return (
    <div class="confirm restore-question" role="alertdialog" aria-labelledby="restore-question" data-testid="restore-question">
      <p id="restore-question">{t(trashedOlder ? 'trashRestoreOlderQuestion' : 'trashRestoreOtherQuestion')}</p>
      <p class="actions">
        <button type="button" class="btn btn-small btn-primary" data-testid="restore-keep-current" onClick={() => onAnswer('keep')}>
          {t(trashedOlder ? 'actionKeepNewer' : 'actionKeepCurrent')}
        </button>{' '}
        <button type="button" class="btn btn-small" data-testid="restore-replace" onClick={() => onAnswer('replace')}>
          {t(trashedOlder ? 'actionReplaceWithOld' : 'actionReplaceWithTrashed')}
        </button>{' '}
        <button type="button" class="btn btn-small" data-testid="restore-keep-both" onClick={() => onAnswer('both')}>
          {t('actionKeepBoth')}
        </button>
      </p>
    </div>
  );
}
