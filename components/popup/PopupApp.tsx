// The popup: reads the target tab, shows the article (or why it cannot), and offers one-click actions.
// All browser access comes in through `deps` (entrypoints/popup/mount.tsx), so every state is testable.
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { AnalysedArticle } from '../../utils/library/types';
import { t, type Lang } from '../../utils/i18n';
import { failureMessage, saveFailureMessage, type PopupFailureReason } from '../../utils/ui/failure-text';
import type { PageKind } from '../../utils/article';
import { afterPaint } from '../../utils/ui/after-paint';
import { deferImages } from '../../utils/ui/image-alt';
import { buildPageReport } from '../../utils/ui/report';
import { ArticleView } from '../ArticleView';
import { DelayedSpinner } from '../DelayedSpinner';
import { FailureView } from '../FailureView';
import { StatusLine, type Status } from '../StatusLine';

export type PopupLoadResult =
  | { ok: true; article: AnalysedArticle }
  | { ok: false; reason: PopupFailureReason; message: string; pageKind?: PageKind };

export type PopupSaveResult = { ok: true; id: string } | { ok: false; reason: string; message: string };

export interface PopupDeps {
  lang: Lang;
  /** Extract + analyse the target tab. Never rejects (failures are results). */
  load(): Promise<PopupLoadResult>;
  /** The library id if this article is saved, else null. */
  savedId(article: AnalysedArticle): Promise<string | null>;
  save(): Promise<PopupSaveResult>;
  remove(id: string): Promise<void>;
  openReader(id: string): void;
  openLibrary(): void;
  copyText(text: string): Promise<void>;
  /** May have to load the exporter first (it is not on the popup's first-paint path). */
  toMarkdown(article: AnalysedArticle): string | Promise<string>;
  /** The same Markdown as a .md file (a download, no permission needed). */
  downloadMarkdown(article: AnalysedArticle): void | Promise<void>;
  /** Facts for "Báo trang này". */
  reportInfo(): { url: string; version: string; userAgent?: string };
}

type View = { kind: 'loading' } | { kind: 'failed'; reason: PopupFailureReason; pageKind?: PageKind } | { kind: 'article'; article: AnalysedArticle };

export function PopupApp({ deps }: { deps: PopupDeps }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [savedId, setSavedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const loadRun = useRef(0);

  const load = useCallback(async () => {
    const run = ++loadRun.current;
    setView({ kind: 'loading' });
    setStatus(null);
    const result = await deps.load();
    if (run !== loadRun.current) return;
    if (!result.ok) {
      setView({ kind: 'failed', reason: result.reason, pageKind: result.pageKind });
      return;
    }
    setView({ kind: 'article', article: result.article });
    // Asked once the article is painted: the answer wakes the background and its database, which would
    // otherwise compete with the popup's first frame for the CPU.
    await new Promise<void>((resolve) => afterPaint(resolve));
    if (run !== loadRun.current) return;
    const id = await deps.savedId(result.article).catch(() => null);
    if (run === loadRun.current) setSavedId(id);
  }, [deps]);

  // A layout effect, not an effect: useEffect would wait for the shell's first frame before asking, and a
  // warm answer (the extractor's cache) is usually already here, so the article can make that first frame.
  useLayoutEffect(() => {
    void load();
  }, [load]);

  const say = (text: string, tone: Status['tone'] = 'info') => setStatus({ text, tone });

  const save = async (): Promise<string | null> => {
    say(t('statusSaving'));
    const reply = await deps.save().catch((): PopupSaveResult => ({ ok: false, reason: 'error', message: t('statusSaveFailed') }));
    if (reply.ok) {
      setSavedId(reply.id);
      say(t('statusSaved'), 'ok');
      return reply.id;
    }
    say(saveFailureMessage(reply.reason, reply.message || t('statusSaveFailed'), deps.lang), 'error');
    return null;
  };

  const toggleSave = async () => {
    if (busy) return;
    setBusy(true);
    try {
      if (savedId) {
        await deps.remove(savedId);
        setSavedId(null);
        say(t('statusRemoved'), 'ok');
      } else {
        await save();
      }
    } catch {
      say(t('statusRemoveFailed'), 'error');
    } finally {
      setBusy(false);
    }
  };

  const openReader = async () => {
    if (busy) return;
    setBusy(true);
    try {
      // The reader shows saved articles (offline, with images): save first when needed.
      const id = savedId ?? (await save());
      if (id) deps.openReader(id);
    } finally {
      setBusy(false);
    }
  };

  const copyMarkdown = async (article: AnalysedArticle) => {
    try {
      await deps.copyText(await deps.toMarkdown(article));
      say(t('statusCopiedMarkdown'), 'ok');
    } catch {
      say(t('statusCopyFailed'), 'error');
    }
  };

  const downloadMarkdown = async (article: AnalysedArticle) => {
    try {
      await deps.downloadMarkdown(article);
      say(t('statusDownloadedMarkdown'), 'ok');
    } catch {
      say(t('statusCopyFailed'), 'error');
    }
  };

  const report = async (reason: PopupFailureReason) => {
    const info = deps.reportInfo();
    const text = buildPageReport({ ...info, reason, message: failureMessage(reason, deps.lang) }, deps.lang);
    try {
      await deps.copyText(text);
      say(t('statusReportCopied'), 'ok');
    } catch {
      say(t('statusCopyFailed'), 'error');
    }
  };

  return (
    <div class="popup">
      <header class="popup-bar">
        <span class="brand" aria-hidden="true">
          <img src="/icon/32.png" alt="" width={24} height={24} />
        </span>
        <span class="brand-name">{t('extName')}</span>
        <button type="button" class="btn btn-small" onClick={() => deps.openLibrary()}>
          {t('actionOpenLibrary')}
        </button>
      </header>
      <main>
        {view.kind === 'loading' ? <DelayedSpinner label={t('loadingPage')} /> : null}
        {view.kind === 'failed' ? (
          <FailureView
            reason={view.reason}
            pageKind={view.pageKind}
            lang={deps.lang}
            onRetry={() => void load()}
            onReport={() => void report(view.reason)}
            onOpenLibrary={() => deps.openLibrary()}
          />
        ) : null}
        {view.kind === 'article' ? (
          <ArticleView
            article={view.article}
            lang={deps.lang}
            bodyTestId="article-body"
            // A preview: the pictures load as the reader scrolls to them, after the text is up.
            prepareBody={deferImages}
            onStatus={(text) => say(text)}
            actions={
              <>
              <div class="actions" role="group" aria-label={t('actionsLabel')}>
                <button
                  type="button"
                  class={savedId ? 'btn btn-saved' : 'btn btn-primary'}
                  data-testid="save-button"
                  data-saved={savedId ? 'true' : 'false'}
                  title={savedId ? t('actionRemoveHint') : t('actionSaveHint')}
                  aria-busy={busy}
                  onClick={() => void toggleSave()}
                >
                  {savedId ? t('actionSaved') : t('actionSave')}
                </button>
                <button type="button" class="btn" onClick={() => void openReader()}>
                  {t('actionOpenReader')}
                </button>
                <button type="button" class="btn" data-testid="copy-markdown" onClick={() => void copyMarkdown(view.article)}>
                  {t('actionCopyMarkdown')}
                </button>
                <button type="button" class="btn" data-testid="download-markdown" onClick={() => void downloadMarkdown(view.article)}>
                  {t('actionDownloadMarkdown')}
                </button>
              </div>
              {/* Right under the buttons: a long article would push a bottom status line out of sight. */}
              <StatusLine status={status} />
              </>
            }
          />
        ) : null}
        {view.kind !== 'article' ? <StatusLine status={status} /> : null}
      </main>
    </div>
  );
}
