import type { Lang } from '../../utils/i18n';
import { t } from '../../utils/i18n';
import { formatDate } from '../../utils/ui/format';
import { hostOf } from '../../utils/ui/safe-url';
import { DeleteButton } from './DeleteButton';
import type { LibraryListItem } from './types';

export interface LibraryItemRowProps {
  item: LibraryListItem;
  lang: Lang;
  href: string;
  onDelete: (item: LibraryListItem) => void;
  /** "Tải lại ảnh" for an article whose photos were not all kept offline. */
  onRefetch?: (item: LibraryListItem) => void;
}

export function LibraryItemRow({ item, lang, href, onDelete, onRefetch }: LibraryItemRowProps) {
  const missing = item.missingImages ?? 0;
  const read = item.readAt !== null;
  const date = formatDate(item.publishedAt ?? item.savedAt, lang);
  const meta = [item.siteName?.trim() || hostOf(item.url), date, item.readingMinutes > 0 ? t('readingMinutes', Math.max(1, Math.round(item.readingMinutes))) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="library-item" data-testid="library-item" data-read={read ? 'true' : 'false'} data-id={item.id}>
      <div class="item-main">
        <h3 class="item-title">
          <a href={href}>{item.title || item.url}</a>
        </h3>
        <p class="meta">
          {meta}
          {' · '}
          {/* Text, not only a dot: read/unread must not depend on colour. */}
          <span class={read ? 'badge badge-read' : 'badge badge-unread'}>{read ? t('itemRead') : t('itemUnread')}</span>
          {missing > 0 ? (
            <>
              {' · '}
              <span class="badge badge-missing" data-testid="missing-photos">
                {t('libraryMissingPhotos', String(missing))}
              </span>
            </>
          ) : null}
        </p>
        {item.tags.length > 0 ? (
          <p class="tags">
            <span class="visually-hidden">{t('tagsLabel')}: </span>
            {item.tags.map((tag) => (
              <span key={tag} class="tag">
                {tag}
              </span>
            ))}
          </p>
        ) : null}
      </div>
      {missing > 0 && onRefetch ? (
        <button type="button" class="btn btn-small" data-testid="refetch-photos" title={t('actionRefetchPhotosHint')} onClick={() => onRefetch(item)}>
          {t('actionRefetchPhotos')}
        </button>
      ) : null}
      <DeleteButton title={item.title || item.url} onDelete={() => onDelete(item)} />
    </li>
  );
}
