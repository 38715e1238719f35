import type { Lang } from '../../utils/i18n/i18n';
import { t } from '../../utils/i18n/i18n';
import { formatDate } from '../../utils/ui/format';
import { safeHttpUrl } from '../../utils/ui/safe-url';
import { siteDisplayName } from '../../utils/sites/site-display-name';
import { DeleteButton } from './DeleteButton';
import type { Status } from '../StatusLine';
import type { LibraryListItem } from './types';

export interface LibraryItemRowProps {
  item: LibraryListItem;
  lang: Lang;
  href: string;
  onDelete: (item: LibraryListItem) => void;
  /** "Tải lại ảnh" for an article whose photos were not all kept offline. */
  onRefetch?: (item: LibraryListItem) => void;
  /** Downloads the saved article as Markdown (.md); not offered for a link not yet saved. */
  onMarkdown: (item: LibraryListItem) => void;
  /** The answer to this row's own buttons (photos fetched again, file downloaded), shown in the row. */
  note?: Status | null;
}

export function LibraryItemRow({ item, lang, href, onDelete, onRefetch, onMarkdown, note = null }: LibraryItemRowProps) {
  const missing = item.missingImages ?? 0;
  // A Pocket import is a link to read, not an article: it opens the original page, where the popup saves it.
  const original = item.pending ? safeHttpUrl(item.url) : null;
  const toRead = original !== null;
  const read = item.readAt !== null;
  const date = formatDate(item.publishedAt ?? item.savedAt, lang);
  const meta = [siteDisplayName(item.siteName, item.url), date, item.readingMinutes > 0 ? t('readingMinutes', Math.max(1, Math.round(item.readingMinutes))) : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="library-item" data-testid="library-item" data-read={read ? 'true' : 'false'} data-to-read={toRead ? 'true' : undefined} data-id={item.id}>
      <div class="item-main">
        <h3 class="item-title">
          {toRead ? (
            <a href={original} target="_blank" rel="noopener noreferrer" title={t('actionOpenOriginal')} data-testid="open-original">
              {item.title || item.url}
            </a>
          ) : (
            <a href={href}>{item.title || item.url}</a>
          )}
        </h3>
        <p class="meta">
          {meta}
          {' · '}
          {/* Text, not only a dot: read/unread must not depend on colour. */}
          {toRead ? (
            <span class="badge badge-to-read">{t('itemToRead')}</span>
          ) : (
            <span class={read ? 'badge badge-read' : 'badge badge-unread'}>{read ? t('itemRead') : t('itemUnread')}</span>
          )}
          {missing > 0 && !toRead ? (
            <>
              {' · '}
              <span class="badge badge-missing" data-testid="missing-photos">
                {t('libraryMissingPhotos', String(missing))}
              </span>
            </>
          ) : null}
        </p>
        {toRead ? <p class="meta to-read-hint">{t('itemToReadHint')}</p> : null}
        <p class="status row-status" role="status" data-testid="row-status" data-tone={note?.tone ?? 'info'}>
          {note?.text ?? ''}
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
      <div class="item-actions">
        <DeleteButton title={item.title || item.url} onDelete={() => onDelete(item)} />
        {missing > 0 && onRefetch && !toRead ? (
          <button type="button" class="btn btn-small" data-testid="refetch-photos" title={t('actionRefetchPhotosHint')} onClick={() => onRefetch(item)}>
            {t('actionRefetchPhotos')}
          </button>
        ) : null}
        {toRead ? null : (
          <button
            type="button"
            class="btn btn-small"
            data-testid="download-markdown"
            aria-label={t('actionDownloadMarkdownItem', item.title || item.url)}
            onClick={() => onMarkdown(item)}
          >
            {t('actionDownloadMarkdown')}
          </button>
        )}
      </div>
    </li>
  );
}
