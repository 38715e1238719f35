// A list row whose record failed its check (utils/library/check-list-row.ts): said plainly, with what is still
// readable of it as text, and two ways out that lose nothing — set it aside (quarantine) or save it as a file.
import { t } from '../../utils/i18n/i18n';
import type { LibraryListItem } from './types';

export interface DamagedRowProps {
  item: LibraryListItem;
  onRemove: (item: LibraryListItem) => void;
  onExport: (item: LibraryListItem) => void;
}

export function DamagedRow({ item, onRemove, onExport }: DamagedRowProps) {
  const name = item.title || item.url || item.id;
  return (
    <li class="library-item damaged-item" data-testid="damaged-item" data-id={item.id}>
      <div class="item-main">
        <h3 class="item-title">{t('damagedTitle')}</h3>
        {item.title ? <p class="damaged-name">{item.title}</p> : null}
        <p class="meta raw-text">{item.url || item.id}</p>
        <p class="meta">{t('damagedHint')}</p>
        <p class="meta technical">{t('damagedDetail', item.damaged ?? '')}</p>
      </div>
      <div class="item-actions">
        <button type="button" class="btn btn-small" data-testid="damaged-remove" aria-label={t('actionRemoveDamagedItem', name)} onClick={() => onRemove(item)}>
          {t('actionRemoveDamaged')}
        </button>
        <button type="button" class="btn btn-small" data-testid="damaged-export" aria-label={t('actionExportRawItem', name)} onClick={() => onExport(item)}>
          {t('actionExportRaw')}
        </button>
      </div>
    </li>
  );
}
