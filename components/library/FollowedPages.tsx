// "Trang đang theo dõi": every followed page with its state in words (working, paused, the server's error, the
// page now sending elsewhere…), when it was last checked, and Pause / Resume, Unfollow, and Allow when the
// extension may not read the site. Above the list, how often the pages are checked and the optional auto-save.
import { t, type Lang } from '../../utils/i18n/i18n';
import {
  AUTO_SAVE_CAP_CHOICES,
  INTERVAL_CHOICES,
  type FollowSettings,
  type FollowedPage,
} from '../../utils/follow/followed-page';
import { followStateWords } from '../../utils/follow/state-words';
import { hostOf } from '../../utils/sites/same-site';
import { formatDate, formatNumber } from '../../utils/ui/format';

export interface FollowedPagesProps {
  pages: FollowedPage[];
  settings: FollowSettings;
  lang: Lang;
  onSettings(settings: FollowSettings): void;
  onPause(page: FollowedPage, paused: boolean): void;
  onUnfollow(page: FollowedPage): void;
  onAllow(page: FollowedPage): void;
  onOpen(page: FollowedPage): void;
}

const every = (minutes: number) => (minutes === 60 ? t('followEveryHour') : t('followEveryHours', String(minutes / 60)));

export function FollowedPages({ pages, settings, lang, onSettings, onPause, onUnfollow, onAllow, onOpen }: FollowedPagesProps) {
  return (
    <section class="card follows" data-testid="followed-pages" aria-labelledby="follows-heading">
      <h2 id="follows-heading">{t('followListHeading', formatNumber(pages.length, lang))}</h2>
      {pages.length === 0 ? <p class="meta">{t('followListEmpty')}</p> : null}
      <div class="toolbar follow-settings">
        <div class="field">
          <label for="follow-interval">{t('followInterval')}</label>
          <select
            id="follow-interval"
            data-testid="follow-interval"
            value={String(settings.intervalMinutes)}
            onChange={(e) => onSettings({ ...settings, intervalMinutes: Number((e.currentTarget as HTMLSelectElement).value) })}
          >
            {INTERVAL_CHOICES.map((m) => (
              <option key={m} value={String(m)}>
                {every(m)}
              </option>
            ))}
          </select>
        </div>
        <div class="field field-check">
          <input
            id="follow-auto-save"
            type="checkbox"
            data-testid="follow-auto-save"
            checked={settings.autoSave}
            onChange={(e) => onSettings({ ...settings, autoSave: (e.currentTarget as HTMLInputElement).checked })}
          />
          <label for="follow-auto-save">{t('followAutoSave')}</label>
        </div>
        {settings.autoSave ? (
          <div class="field">
            <label for="follow-auto-save-cap">{t('followAutoSaveCap')}</label>
            <select
              id="follow-auto-save-cap"
              value={String(settings.autoSaveMaxMb)}
              onChange={(e) => onSettings({ ...settings, autoSaveMaxMb: Number((e.currentTarget as HTMLSelectElement).value) })}
            >
              {AUTO_SAVE_CAP_CHOICES.map((mb) => (
                <option key={mb} value={String(mb)}>
                  {t('followMegabytes', String(mb))}
                </option>
              ))}
            </select>
          </div>
        ) : null}
      </div>
      <ul class="items">
        {pages.map((page) => {
          const words = followStateWords(page);
          return (
            <li key={page.url} class="library-item follow-item" data-testid="followed-page" data-url={page.url} data-problem={page.problem ?? ''} data-note={page.note ?? ''} data-paused={String(page.paused)}>
              <div class="item-main">
                <h3 class="item-title">
                  <a
                    href={page.url}
                    onClick={(e) => {
                      e.preventDefault();
                      onOpen(page);
                    }}
                  >
                    {page.title}
                  </a>
                </h3>
                <p class="meta">
                  {hostOf(page.url)}
                  {page.lastCheckedAt !== null ? ` · ${t('followLastChecked', formatDate(new Date(page.lastCheckedAt).toISOString(), lang, { withTime: true }))}` : ''}
                </p>
                <p class={`follow-state tone-${words.tone}`} data-testid="follow-state">
                  {t(words.key, words.subs)}
                </p>
              </div>
              <div class="follow-actions">
                {page.problem === 'no-access' ? (
                  <button type="button" class="btn btn-small" data-testid="follow-allow" onClick={() => onAllow(page)}>
                    {t('followAllow')}
                  </button>
                ) : null}
                <button
                  type="button"
                  class="btn btn-small"
                  data-testid="follow-pause"
                  aria-pressed={page.paused}
                  aria-label={t(page.paused ? 'followResumeLabel' : 'followPauseLabel', page.title)}
                  onClick={() => onPause(page, !page.paused)}
                >
                  {page.paused ? t('followResume') : t('followPause')}
                </button>
                <button type="button" class="btn btn-small" data-testid="follow-unfollow" aria-label={t('followUnfollowLabel', page.title)} onClick={() => onUnfollow(page)}>
                  {t('followUnfollow')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
