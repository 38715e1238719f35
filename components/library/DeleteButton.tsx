// The "Xoá" button of a library row (list or search result): its accessible name says which article.
import { t } from '../../utils/i18n/i18n';

export function DeleteButton({ title, onDelete }: { title: string; onDelete: () => void }) {
  return (
    <button type="button" class="btn btn-small btn-delete" aria-label={t('actionDeleteItem', title)} onClick={onDelete}>
      {t('actionDelete')}
    </button>
  );
}
