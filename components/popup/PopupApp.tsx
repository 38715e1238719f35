// The popup: reads the target tab, shows the article (or why it cannot), and offers one-click actions.
// All browser access comes in through `deps` (entrypoints/popup/mount.tsx), so every state is testable.
// The first screen tells the story: title, the summary card (the lead's gist, whole sentences) and the key
// figures; one sticky row holds Save and a "Thêm" menu with the rest, and the cards fold down to their
// headings (remembered).
import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { AnalysedArticle } from '../../utils/model/analysed-article';
import { t, type Lang } from '../../utils/i18n/i18n';
import type { InterfacePrefs } from '../../utils/prefs/interface-prefs';
import { failureMessage, saveFailureMessage, type PopupFailureReason } from '../../utils/ui/failure-text';
import type { PageFindings, PageKind } from '../../utils/model/article';
import { afterPaint } from '../../utils/ui/after-paint';
import { imagePlaceholders } from '../../utils/ui/image-alt';
import { previewLabel, savedText } from '../../utils/ui/photo-text';
import { buildPageReport } from '../../utils/ui/report';
import { ArticleView } from '../ArticleView';
import { DelayedSpinner } from '../DelayedSpinner';
import { FailureView } from '../FailureView';
import { DigestView, type DigestDeps } from '../digest/DigestView';
import type { PageDigest } from '../../utils/digest/teasers';
import { StatusLine, type Status } from '../StatusLine';
import { UndoToast } from '../UndoToast';
import { ActionsMenu, type MenuItem } from './ActionsMenu';
import { Fold } from './Fold';
import { ReplacePrompt } from './ReplacePrompt';

export type PopupLoadResult =
  | { ok: true; article: AnalysedArticle }
  | { ok: false; reason: PopupFailureReason; message: string; pageKind?: PageKind; found?: PageFindings; digest?: PageDigest };

type PhotoCount = { saved: number; total: number };
export type PopupSaveResult =
  /** photosLater: the photos fetched again once the reader answers the browser's question about their hosts. */
  | { ok: true; id: string; images?: PhotoCount; photosLater?: Promise<PhotoCount | null> }
  | { ok: false; reason: string; message: string };

export type PopupFolds = Pick<InterfacePrefs, 'summaryCollapsed' | 'figuresCollapsed'>;

export interface PopupDeps {
  lang: Lang;
  /** Stores the interface language (also the one already shown: it then stays when the browser's changes)
   *  and reloads the popup in it when it differs. */
  chooseLanguage(lang: Lang): void;
  /** What was folded last time (prefs.ts), and where a change goes. */
  folds: PopupFolds;
  rememberFolds(patch: Partial<PopupFolds>): void;
  /** Extract + analyse the target tab. Never rejects (failures are results). */
  load(): Promise<PopupLoadResult>;
  /** The library id if this article is saved, else null. */
  savedId(article: AnalysedArticle): Promise<string | null>;
  /**
   * Whether the saved copy with this id has another title or text than the article shown: the page was
   * edited since it was saved, or it rewrote its address to a saved article's. Then "Saved" would be untrue.
   */
  savedCopyDiffers?(id: string, article: AnalysedArticle): Promise<boolean>;
  /**
   * Asks for any image host the save needs (within the click: browsers require a user gesture) and saves at once.
   * `replace`: the reader agreed to replace a different saved article at this address.
   */
  save(opts?: { replace?: boolean }): Promise<PopupSaveResult>;
  /** Image hosts this article's save would have to ask the reader about (named in the status line first). */
  photoHostsToAsk?(article: AnalysedArticle): string[];
  /** Moves the article to the trash; returns what undo() needs (null when it was not there). */
  remove(id: string): Promise<unknown>;
  restore(token: unknown): Promise<void>;
  openReader(id: string): void;
  openLibrary(): void;
  copyText(text: string): Promise<void>;
  /** May have to load the exporter first (it is not on the popup's first-paint path). */
  toMarkdown(article: AnalysedArticle): string | Promise<string>;
  /** The same Markdown as a .md file (a download, no permission needed). */
  downloadMarkdown(article: AnalysedArticle): void | Promise<void>;
  /** What a list page's digest needs (read the teasers' articles, save them, open them). */
  digest?: DigestDeps;
  /** Facts for "Báo trang này". */
  reportInfo(): { url: string; version: string; userAgent?: string };
}

type View =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: PopupFailureReason; pageKind?: PageKind; found?: PageFindings; digest?: PageDigest }
  | { kind: 'article'; article: AnalysedArticle };

export function PopupApp({ deps }: { deps: PopupDeps }) {
  const [view, setView] = useState<View>({ kind: 'loading' });
  const [savedId, setSavedId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);
  const [folds, setFolds] = useState<PopupFolds>(deps.folds);
  const [askReplace, setAskReplace] = useState<'other' | 'older' | null>(null);
  /** The id of a saved copy of this address whose title or text differ from what is shown. */
  const [staleId, setStaleId] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ id: string; token: unknown } | null>(null);
  const loadRun = useRef(0);

  const load = useCallback(async () => {
    const run = ++loadRun.current;
    setView({ kind: 'loading' });
    setStatus(null);
    const result = await deps.load();
    if (run !== loadRun.current) return;
    if (!result.ok) {
      setView({ kind: 'failed', reason: result.reason, pageKind: result.pageKind, found: result.found, digest: result.digest });
      return;
    }
    setView({ kind: 'article', article: result.article });
    // Asked once the article is painted: the answer wakes the background and its database, which would
    // otherwise compete with the popup's first frame for the CPU.
    await new Promise<void>((resolve) => afterPaint(resolve));
    if (run !== loadRun.current) return;
    const id = await deps.savedId(result.article).catch(() => null);
    const differs = id !== null && (await deps.savedCopyDiffers?.(id, result.article).catch(() => false));
    if (run !== loadRun.current) return;
    // A saved copy with other words is not this article: say so, and saving asks before replacing it.
    setSavedId(differs ? null : id);
    setStaleId(differs ? id : null);
    if (differs) say(t('statusSavedCopyDiffers'), 'info');
  }, [deps]);

  // A layout effect, not an effect: useEffect would wait for the shell's first frame before asking, and a
  // warm answer (the extractor's cache) is usually already here, so the article can make that first frame.
  useLayoutEffect(() => {
    void load();
  }, [load]);

  const say = (text: string, tone: Status['tone'] = 'info') => setStatus({ text, tone });

  const save = async (replace = false): Promise<string | null> => {
    if (staleId && !replace) {
      // The library holds another version at this address: nothing is replaced until the reader says so.
      setStatus(null);
      setAskReplace('older');
      return null;
    }
    const hosts = view.kind === 'article' ? (deps.photoHostsToAsk?.(view.article) ?? []) : [];
    say(hosts.length ? t('statusAskPhotoHosts', hosts.join(', ')) : t('statusSaving'));
    setAskReplace(null);
    const reply = await deps
      .save(replace ? { replace: true } : undefined)
      .catch((): PopupSaveResult => ({ ok: false, reason: 'error', message: t('statusSaveFailed') }));
    if (reply.ok) {
      setSavedId(reply.id);
      setStaleId(null);
      const tell = (images?: PhotoCount) => say(savedText(images), images && images.saved < images.total ? 'info' : 'ok');
      tell(reply.images);
      void reply.photosLater?.then((images) => images && tell(images), () => undefined);
      return reply.id;
    }
    if (reply.reason === 'changed') {
      // The page changed its address or words after it was shown: show it as it is now, saved or not, and say so.
      await load();
      say(t('statusPageChanged'), 'info');
      return null;
    }
    if (reply.reason === 'conflict') {
      setStatus(null);
      setAskReplace('other');
      return null;
    }
    say(saveFailureMessage(reply.reason, reply.message || t('statusSaveFailed'), deps.lang), 'error');
    return null;
  };

  const toggleSave = async () => {
    if (busy) return;
    setBusy(true);
    try {
      if (savedId) {
        const token = await deps.remove(savedId);
        setSavedId(null);
        setRemoved(token ? { id: savedId, token } : null);
        say(t('statusRemovedUndoable'), 'ok');
      } else {
        await save();
      }
    } catch {
      say(t('statusRemoveFailed'), 'error');
    } finally {
      setBusy(false);
    }
  };

  const replace = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await save(true);
    } finally {
      setBusy(false);
    }
  };

  const undoRemove = async () => {
    const r = removed;
    setRemoved(null);
    if (!r) return;
    try {
      await deps.restore(r.token);
      setSavedId(r.id);
      say(t('statusRestored', view.kind === 'article' ? view.article.title : ''), 'ok');
    } catch {
      say(t('statusRemoveFailed'), 'error');
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

  const fold = (patch: Partial<PopupFolds>) => {
    setFolds((f) => ({ ...f, ...patch }));
    deps.rememberFolds(patch);
  };

  const article = view.kind === 'article' ? view.article : null;
  const menuItems: MenuItem[] = [
    ...(article
      ? [
          { key: 'reader', label: t('actionOpenReader'), testId: 'open-reader', onSelect: () => void openReader() },
          { key: 'markdown', label: t('actionCopyMarkdown'), testId: 'copy-markdown', onSelect: () => void copyMarkdown(article) },
          { key: 'markdown-file', label: t('actionDownloadMarkdown'), testId: 'download-markdown', onSelect: () => void downloadMarkdown(article) },
        ]
      : []),
    { key: 'library', label: t('actionOpenLibrary'), testId: 'open-library', onSelect: () => deps.openLibrary() },
    // The two languages named in their own words, whatever the popup's language is now.
    { key: 'vi', label: t('languageVi'), lang: 'vi', checked: deps.lang === 'vi', separated: true, testId: 'language-vi', onSelect: () => deps.chooseLanguage('vi') },
    { key: 'en', label: t('languageEn'), lang: 'en', checked: deps.lang === 'en', testId: 'language-en', onSelect: () => deps.chooseLanguage('en') },
  ];

  const wrapCard = (card: 'summary' | 'figures', node: ComponentChildren) =>
    card === 'summary' ? (
      <Fold label={t('summaryHeading')} open={!folds.summaryCollapsed} onToggle={(open) => fold({ summaryCollapsed: !open })} testId="fold-summary">
        {node}
      </Fold>
    ) : (
      <Fold label={t('figuresHeading')} open={!folds.figuresCollapsed} onToggle={(open) => fold({ figuresCollapsed: !open })} testId="fold-figures">
        {node}
      </Fold>
    );

  return (
    <div class="popup">
      {/* Sticky: Save, the menu and the result of the last action stay in reach while the article scrolls. */}
      <div class="popup-top">
        <header class="popup-bar">
          <span class="brand" aria-hidden="true">
            <img src="/icon/32.png" alt="" width={24} height={24} />
          </span>
          <span class="brand-name">{t('extName')}</span>
          <div class="actions" role="group" aria-label={t('actionsLabel')}>
            {article ? (
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
            ) : null}
            <ActionsMenu items={menuItems} />
          </div>
        </header>
        <StatusLine status={status} />
        {askReplace ? (
          <ReplacePrompt
            question={askReplace === 'older' ? t('replaceQuestionOlder') : t('replaceQuestion')}
            onReplace={() => void replace()}
            onKeep={() => {
              setAskReplace(null);
              say(t('statusKeptSaved'), 'ok');
            }}
          />
        ) : null}
        {removed ? (
          <UndoToast message={t('statusRemoved')} onUndo={() => void undoRemove()} onExpire={() => setRemoved(null)} durationMs={10_000} />
        ) : null}
      </div>
      <main>
        {view.kind === 'loading' ? <DelayedSpinner label={t('loadingPage')} /> : null}
        {view.kind === 'failed' && view.digest && deps.digest ? <DigestView digest={view.digest} deps={deps.digest} lang={deps.lang} onStatus={setStatus} /> : null}
        {view.kind === 'failed' && !(view.digest && deps.digest) ? (
          <FailureView
            reason={view.reason}
            pageKind={view.pageKind}
            found={view.found}
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
            // No page image is loaded by the popup, so opening it tells no photo host the reader is here: photos are
            // framed placeholders until saved.
            prepareBody={(fragment) => imagePlaceholders(fragment, previewLabel)}
            resolveImage={() => null}
            imageFrameText={previewLabel}
            onStatus={(text) => say(text)}
            wrapCard={wrapCard}
            bodyAfterFirstPaint
          />
        ) : null}
      </main>
    </div>
  );
}
