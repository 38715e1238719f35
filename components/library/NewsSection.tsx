// "Tin mới": the articles found on followed pages since the reader last looked, newest first, each with its site,
// the date the list printed and, once read, a short summary of its own words. Opening one (or "Bỏ qua") clears
// it; "Kiểm tra ngay" checks every followed page at once.
import { t, type Lang } from '../../utils/i18n/i18n';
import type { NewItem } from '../../utils/follow/followed-page';
import type { ItemState } from '../../utils/digest/read-teasers';
import { formatDate, formatNumber } from '../../utils/ui/format';

export interface NewsSectionProps {
  items: NewItem[];
  summaries: Record<string, ItemState>;
  lang: Lang;
  checking: boolean;
  onCheckNow(): void;
  onOpen(item: NewItem): void;
  onDismiss(item: NewItem | null): void;
}

export function NewsSection({ items, summaries, lang, checking, onCheckNow, onOpen, onDismiss }: NewsSectionProps) {
  return (
    <section class="card news" data-testid="news" aria-labelledby="news-heading">
      <div class="news-head">
        <h2 id="news-heading">{t('newsHeading', formatNumber(items.length, lang))}</h2>
        <button type="button" class="btn" data-testid="follow-check-now" aria-busy={checking} disabled={checking} onClick={onCheckNow}>
          {t('followCheckNow')}
        </button>
        {items.length > 1 ? (
          <button type="button" class="btn" data-testid="news-dismiss-all" onClick={() => onDismiss(null)}>
            {t('newsDismissAll')}
          </button>
        ) : null}
      </div>
      {items.length === 0 ? <p class="meta">{t('newsEmpty')}</p> : null}
      <ul class="items">
        {items.map((item) => {
          const state = summaries[item.url];
          const summary = state?.status === 'done' ? state.summary.sentences.join(' ') : '';
          return (
            <li key={item.url} class="library-item news-item" data-testid="new-item" data-url={item.url}>
              <div class="item-main">
                <h3 class="item-title">
                  <a
                    href={item.url}
                    data-testid="new-item-title"
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(item);
                    }}
                  >
                    {item.title}
                  </a>
                </h3>
                <p class="meta">
                  {[item.site, item.date ?? '', t('newsFoundAt', formatDate(new Date(item.foundAt).toISOString(), lang, { withTime: true }))]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {summary ? (
                  <p class="snippet" data-testid="new-item-summary">
                    {summary}
                  </p>
                ) : state?.status === 'waiting' ? (
                  <p class="meta" aria-hidden="true">
                    {t('newsReading')}
                  </p>
                ) : null}
              </div>
              <button type="button" class="btn btn-small" data-testid="new-item-dismiss" aria-label={t('newsDismissLabel', item.title)} onClick={() => onDismiss(item)}>
                {t('newsDismiss')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
