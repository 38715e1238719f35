// In the reader, a link to read (Pocket import) has no text yet: say so and offer the original page, where the
// popup saves it (see entrypoints/popup/mount.tsx, savedId).
import { t } from '../../utils/i18n/i18n';
import { safeHttpUrl } from '../../utils/ui/safe-url';

export function ToReadNotice({ url }: { url: string }) {
  const href = safeHttpUrl(url);
  return (
    <div class="card to-read-notice" role="note" data-testid="to-read-notice">
      <p>
        <strong>{t('itemToRead')}.</strong> {t('itemToReadHint')}
      </p>
      {href ? (
        <a class="btn btn-primary" href={href} target="_blank" rel="noopener noreferrer">
          {t('actionOpenOriginal')}
        </a>
      ) : null}
    </div>
  );
}
