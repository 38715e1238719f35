// "Đã xoá gần đây": every article deleted in the last 30 days, newest first, each with "Khôi phục" and
// "Xoá hẳn". Deleting for good is the one step that loses an article, so it asks first — inline, not with
// window.confirm, which some readers dismiss by reflex and which blocks the page.
import { useState } from 'preact/hooks';
import { ConfirmDeleteForever } from './ConfirmDeleteForever';
import { RestoreQuestion } from './RestoreQuestion';
import type { RestoreChoice } from '../../utils/library';
import { t, type Lang } from '../../utils/i18n/i18n';
import { formatDate } from '../../utils/ui/format';
import { hostOf } from '../../utils/sites/same-site';
import type { TrashItemView } from './types';

export interface TrashSectionProps {
  items: TrashItemView[];
  lang: Lang;
  /** Without a choice first; with the reader's answer when the row asked (`asking`). */
  onRestore: (item: TrashItemView, choice?: RestoreChoice | 'keep') => void;
  /** The row whose restore would replace another copy saved since: it asks which to keep. */
  asking?: { id: string; trashedOlder: boolean } | null;
  onDeleteForever: (item: TrashItemView) => void;
  onClose: () => void;
}

export function TrashSection({ items, lang, onRestore, onDeleteForever, onClose, asking = null }: TrashSectionProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section class="card trash" data-testid="trash-section" aria-labelledby="trash-heading">
      <div class="section-head">
        <h2 id="trash-heading">{t('trashHeading')}</h2>
        <button type="button" class="btn btn-small" onClick={onClose}>
          {t('actionClose')}
        </button>
      </div>
      <p class="meta">{t('trashHint')}</p>
      {items.length === 0 ? <p data-testid="trash-empty">{t('trashEmpty')}</p> : null}
      <ul class="items">
        {items.map((item) => {
          const name = item.title || item.url || t('untitledItem');
          return (
            <li key={item.id} class="library-item" data-testid="trash-item" data-id={item.id}>
              <div class="item-main">
                <h3 class="item-title">{name}</h3>
                <p class="meta">
                  {[hostOf(item.url), t('trashDeletedAt', [formatDate(item.deletedAt, lang, { withTime: true }), formatDate(item.keptUntil, lang)])]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {asking?.id === item.id ? <RestoreQuestion trashedOlder={asking.trashedOlder} onAnswer={(choice) => onRestore(item, choice)} /> : null}
                {confirming === item.id ? (
                  <ConfirmDeleteForever testId="trash" onConfirm={() => onDeleteForever(item)} onCancel={() => setConfirming(null)} />
                ) : null}
              </div>
              <div class="item-actions">
                <button type="button" class="btn btn-small" data-testid="trash-restore" aria-label={t('actionRestoreItem', name)} onClick={() => onRestore(item)}>
                  {t('actionRestore')}
                </button>
                <button
                  type="button"
                  class="btn btn-small btn-delete"
                  data-testid="trash-delete"
                  aria-label={t('actionDeleteForeverItem', name)}
                  aria-expanded={confirming === item.id}
                  onClick={() => setConfirming(item.id)}
                >
                  {t('actionDeleteForever')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
