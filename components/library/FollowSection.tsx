// The top of the library for a reader who follows pages: "Tin mới" (new articles found on them) and the followed
// pages themselves. The state lives in the background (one writer); this view shows it as it changes and sends
// the reader's changes back. Opening a new article clears it, as does "Bỏ qua".
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type Lang } from '../../utils/i18n/i18n';
import type { FollowState, NewItem } from '../../utils/follow/followed-page';
import type { ItemState } from '../../utils/digest/read-teasers';
import type { Status } from '../StatusLine';
import { NewsSection } from './NewsSection';
import { FollowedPages } from './FollowedPages';
import type { LibraryFollowDeps } from './follow-types';
import './follow.css';

export function FollowSection({ deps, lang }: { deps: LibraryFollowDeps; lang: Lang }) {
  const [state, setState] = useState<FollowState | null>(null);
  const [summaries, setSummaries] = useState<Record<string, ItemState>>({});
  const [checking, setChecking] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => deps.watch(setState), [deps]);

  // Summaries are read for the items shown; an item already read keeps its summary when the list changes.
  const newsKey = useMemo(() => (state?.news ?? []).map((n) => n.url).join('\n'), [state]);
  useEffect(() => {
    const items = state?.news ?? [];
    const todo = items.filter((n) => !summaries[n.url]);
    if (todo.length === 0) return undefined;
    setSummaries((s) => ({ ...s, ...Object.fromEntries(todo.map((n) => [n.url, { status: 'waiting' as const }])) }));
    return deps.summaries(todo, (url, itemState) => setSummaries((s) => ({ ...s, [url]: itemState })));
    // Keyed by the list of addresses: a new state object with the same items reads nothing again.
  }, [deps, newsKey]);

  if (!state || (state.pages.length === 0 && state.news.length === 0)) return null;

  const edit = async (change: Parameters<LibraryFollowDeps['edit']>[0], done?: Status) => {
    const ok = await deps.edit(change).catch(() => false);
    setStatus(ok ? (done ?? null) : { text: t('followFailed'), tone: 'error' });
  };

  const checkNow = async () => {
    setChecking(true);
    setStatus({ text: t('followChecking'), tone: 'info' });
    const result = await deps.checkNow().catch(() => null);
    setChecking(false);
    setStatus(result ? { text: t('followChecked', [String(result.checked), String(result.fresh)]), tone: 'ok' } : { text: t('followCheckFailed'), tone: 'error' });
  };

  const openItem = (item: NewItem) => {
    deps.open(item.url);
    void edit({ op: 'done', url: item.url });
  };

  return (
    <div class="follow-area">
      <NewsSection
        items={state.news}
        summaries={summaries}
        lang={lang}
        checking={checking}
        onCheckNow={() => void checkNow()}
        onOpen={openItem}
        onDismiss={(item) => void edit({ op: 'done', url: item ? item.url : null })}
      />
      {/* Its own live region: the page's status line (data-testid="status-message") stays the list's. */}
      <p class="status" role="status" aria-live="polite" data-testid="follow-status" data-tone={status?.tone ?? 'info'}>
        {status?.text ?? ''}
      </p>
      <FollowedPages
        pages={state.pages}
        settings={state.settings}
        lang={lang}
        onSettings={(settings) => void edit({ op: 'settings', settings })}
        onPause={(page, paused) => void edit({ op: 'pause', url: page.url, paused })}
        onUnfollow={(page) => void edit({ op: 'unfollow', url: page.url }, { text: t('followUnfollowed', page.title), tone: 'ok' })}
        onAllow={(page) => {
          // Within the click: the browser asks only then. Allowed, the page is checked again at once.
          void deps.allow(page.url).then((ok) => (ok ? checkNow() : undefined));
        }}
        onOpen={(page) => deps.open(page.url)}
      />
    </div>
  );
}
