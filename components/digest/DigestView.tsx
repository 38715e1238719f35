// The popup on a page that lists articles (a category, the home page, search results): instead of "this is not an
// article", the page's own articles in its order — headline, date, a placeholder where the page shows a picture —
// each filled in with a short summary and its top key figure as the articles are read in the background, each
// with its own Save, and "Lưu tất cả". All of it is text from untrusted pages, rendered as text.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t, type Lang } from '../../utils/i18n/i18n';
import type { PageDigest, Teaser } from '../../utils/digest/teasers';
import type { ItemState } from '../../utils/digest/read-teasers';
import { hostOf } from '../../utils/sites/same-site';
import type { Status } from '../StatusLine';
import { DigestItem, type SaveState } from './DigestItem';
import { FollowButton, type FollowDeps } from './FollowButton';
import './digest.css';

export type DigestSaveResult = { ok: true } | { ok: false; message: string };

export interface DigestDeps {
  /** Whether the extension may read this site's pages (host permission). */
  hasAccess(pageUrl: string): Promise<boolean>;
  /** Asks the reader for this one site (must be called within the click). */
  requestAccess(pageUrl: string): Promise<boolean>;
  /** Starts reading the teasers' articles; reports each as it is done. Returns a function that stops it. */
  read(digest: PageDigest, onItem: (url: string, state: ItemState) => void): () => void;
  /** Which of these articles are in the library already. */
  savedUrls(urls: readonly string[]): Promise<Set<string>>;
  save(url: string, pageUrl: string): Promise<DigestSaveResult>;
  open(url: string): void;
  /** "Theo dõi": absent where following is not offered. */
  follow?: FollowDeps;
}

const HEADINGS = { list: 'digestHeadingList', home: 'digestHeadingHome', search: 'digestHeadingSearch' } as const;

type Access = 'checking' | 'granted' | 'needed' | 'denied';

export interface DigestViewProps {
  digest: PageDigest;
  deps: DigestDeps;
  lang: Lang;
  /** Says how a save went in the popup's own status line (sticky at the top, where the reader looks). */
  onStatus(status: Status): void;
}

export function DigestView({ digest, deps, lang, onStatus: setStatus }: DigestViewProps) {
  const [items, setItems] = useState<Record<string, ItemState>>({});
  const [saved, setSaved] = useState<Record<string, SaveState>>({});
  const [access, setAccess] = useState<Access>('checking');
  const [savingAll, setSavingAll] = useState(false);
  const host = useMemo(() => hostOf(digest.pageUrl), [digest.pageUrl]);

  useEffect(() => {
    let live = true;
    void deps.hasAccess(digest.pageUrl).then((ok) => live && setAccess(ok ? 'granted' : 'needed'), () => live && setAccess('needed'));
    void deps
      .savedUrls(digest.teasers.map((x) => x.url))
      .then((urls) => live && setSaved((s) => ({ ...Object.fromEntries([...urls].map((u) => [u, 'saved' as const])), ...s })), () => undefined);
    return () => {
      live = false;
    };
  }, [deps, digest]);

  useEffect(() => {
    if (access !== 'granted') return undefined;
    return deps.read(digest, (url, state) => setItems((all) => ({ ...all, [url]: state })));
  }, [access, deps, digest]);

  const allow = async () => {
    const granted = await deps.requestAccess(digest.pageUrl).catch(() => false);
    setAccess(granted ? 'granted' : 'denied');
  };

  const saveOne = async (teaser: Teaser): Promise<boolean> => {
    setSaved((s) => ({ ...s, [teaser.url]: 'saving' }));
    const reply = await deps.save(teaser.url, digest.pageUrl).catch((): DigestSaveResult => ({ ok: false, message: '' }));
    setSaved((s) => ({ ...s, [teaser.url]: reply.ok ? 'saved' : 'failed' }));
    return reply.ok;
  };

  const saveItem = async (teaser: Teaser) => {
    const ok = await saveOne(teaser);
    setStatus(ok ? { text: t('digestSavedOne', teaser.title), tone: 'ok' } : { text: t('digestItemSaveFailed'), tone: 'error' });
  };

  const saveAll = async () => {
    if (savingAll) return;
    setSavingAll(true);
    const todo = digest.teasers.filter((x) => saved[x.url] !== 'saved');
    let done = 0;
    let failed = 0;
    // One after another: the background saves each with its photos, and a portal is not asked for twenty at once.
    for (const teaser of todo) {
      setStatus({ text: t('digestSavingAll', [String(done + failed + 1), String(todo.length)]), tone: 'info' });
      if (await saveOne(teaser)) done++;
      else failed++;
    }
    setSavingAll(false);
    setStatus(failed ? { text: t('digestSaveSomeFailed', [String(done), String(failed)]), tone: 'error' } : { text: t('digestSavedAll', String(done)), tone: 'ok' });
  };

  return (
    <section class="digest" data-testid="digest" data-kind={digest.kind} aria-labelledby="digest-heading" lang={lang}>
      <h1 id="digest-heading">{t(HEADINGS[digest.kind])}</h1>
      <p class="meta digest-intro">{t('digestIntro', String(digest.teasers.length))}</p>
      <div class="digest-actions">
        <button type="button" class="btn btn-primary" data-testid="digest-save-all" aria-busy={savingAll} disabled={savingAll} onClick={() => void saveAll()}>
          {t('digestSaveAll')}
        </button>
        {deps.follow ? (
          <FollowButton digest={digest} deps={deps.follow} needsAccess={access !== 'granted'} onStatus={setStatus} onAccessGranted={() => setAccess('granted')} />
        ) : null}
      </div>
      {access === 'needed' || access === 'denied' ? (
        <div class="card digest-access" data-testid="digest-access">
          <p>{access === 'needed' ? t('digestAccessNeeded', host) : t('digestAccessDenied')}</p>
          {access === 'needed' ? (
            <button type="button" class="btn" data-testid="digest-allow" onClick={() => void allow()}>
              {t('digestAccessAllow', host)}
            </button>
          ) : null}
        </div>
      ) : null}
      <ol class="digest-list">
        {digest.teasers.map((teaser) => (
          <DigestItem
            key={teaser.url}
            teaser={teaser}
            state={items[teaser.url] ?? (access === 'granted' || access === 'checking' ? { status: 'waiting' } : null)}
            saved={saved[teaser.url] ?? 'no'}
            onOpen={() => deps.open(teaser.url)}
            onSave={() => void saveItem(teaser)}
          />
        ))}
      </ol>
    </section>
  );
}
