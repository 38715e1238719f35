// The popup's interface: browser APIs → PopupApp, mounted by main.ts once the page has been asked.
import { render } from 'preact';
import { browser } from '#imports';
import { PopupApp, type PopupDeps, type PopupLoadResult, type PopupSaveResult } from '../../components/popup/PopupApp';
import { send } from '../../utils/messaging/messenger';
import { toExtension } from '../../utils/extension/transports';
import { loadSettings } from '../../utils/prefs/reading-settings';
import { applyTheme } from '../../utils/ui/apply-settings';
import { withLangOverride } from '../../utils/ui/page-setup';
import { chooseLanguage, rememberPrefs, setUpPageLanguage } from '../../utils/extension/page-language';
import { downloadText } from '../../utils/ui/download';
import { tabIdFromQuery } from '../../utils/ui/query';
import { loadArticle } from './load-article';
import type { TargetTab } from '../../utils/extension/popup-questions';
import { digestDeps } from './digest-deps';
import { followDeps } from './follow-deps';
import type { AnalysedArticle } from '../../utils/model/analysed-article';
import type { LibraryDb } from '../../utils/library';
import { originLabel, photoOriginsToAsk } from '../../utils/images/photo-hosts';
import { pageIdentity } from '../../utils/model/page-identity';
import type { InterfacePrefs } from '../../utils/prefs/interface-prefs';

// The library code (IndexedDB, search, export) is not needed to show the article: load it after paint. The
// names are taken out of the module right away so the bundler keeps only these five in the popup's lazy chunk.
const libraryModules = () =>
  import('../../utils/library').then(({ openLibrary, findPageRecord, getArticle, removeArticle, restoreArticle }) => ({
    openLibrary,
    findPageRecord,
    getArticle,
    removeArticle,
    restoreArticle,
  }));

type LibraryModules = Awaited<ReturnType<typeof libraryModules>>;

/** Opens the library for one piece of work and closes it again (the popup is short-lived; the background keeps
 *  its own connection). */
async function withLibrary<T>(work: (db: LibraryDb, m: LibraryModules) => Promise<T>): Promise<T> {
  const m = await libraryModules();
  const db = await m.openLibrary();
  try {
    return await work(db, m);
  } finally {
    db.close();
  }
}

export interface PopupStart {
  tabPromise: Promise<TargetTab>;
  /** The first question to the page, already on its way (first-load.ts). */
  firstLoad: Promise<PopupLoadResult>;
  /** The stored preferences, already being read (first-load.ts). */
  prefsPromise?: Promise<InterfacePrefs>;
}

export async function mountPopup({ tabPromise, firstLoad, prefsPromise }: PopupStart): Promise<void> {
  // The stored language (and folds) come first: one storage read, while the page's answer is on its way.
  const { lang, prefs } = await setUpPageLanguage('actionTitle', prefsPromise);
  void loadSettings(browser.storage.local).then((s) => applyTheme(document.documentElement, s.theme));

  // The Markdown exporter is not needed for the first paint: fetched once the page is idle, or on the first
  // "Copy as Markdown" if that comes sooner (the click's user activation outlasts a local import).
  const loadMarkdown = () => import('../../utils/export/markdown');
  let markdown: ReturnType<typeof loadMarkdown> | null = null;
  const markdownModule = () =>
    (markdown ??= loadMarkdown().catch((e: unknown) => {
      markdown = null; // the next click tries again
      throw e;
    }));
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void markdownModule(), { timeout: 1000 });
  else setTimeout(() => void markdownModule(), 300);
  // Opened as a real popup it closes after opening a tab; opened as a page (?tabId=N) it stays.
  const closePopup = () => {
    if (tabIdFromQuery(location.search) === null) window.close();
  };
  // For "Báo trang này": the tab's URL, or the article's once it has one.
  let tabUrl = '';
  void tabPromise.then(async (tab) => (tabUrl ||= (await tab.url) ?? '')).catch(() => undefined);
  // Image hosts the reader has already allowed (asked once, after the first paint): a save that needs none of
  // them more says nothing about permissions.
  let grantedOrigins: string[] = [];
  const readGranted = () =>
    void browser.permissions.getAll().then((p) => (grantedOrigins = p.origins ?? []), () => undefined);
  if (typeof requestIdleCallback === 'function') requestIdleCallback(readGranted, { timeout: 1000 });
  else setTimeout(readGranted, 300);
  let shown: AnalysedArticle | null = null;
  const originsToAsk = (article: AnalysedArticle) =>
    photoOriginsToAsk(article.url, article.images.map((im) => im.src), grantedOrigins);
  // The first load() takes the answer already on its way; "Try again" asks afresh.
  let pending: Promise<PopupLoadResult> | null = firstLoad;

  const deps: PopupDeps = {
    lang,
    chooseLanguage: (choice) => void chooseLanguage(choice, lang),
    folds: { summaryCollapsed: prefs.summaryCollapsed, figuresCollapsed: prefs.figuresCollapsed },
    rememberFolds: (patch) => rememberPrefs(patch),
    async load(): Promise<PopupLoadResult> {
      const result = await (pending ?? loadArticle(tabPromise));
      pending = null;
      if (result.ok) {
        tabUrl = result.article.url || tabUrl;
        shown = result.article;
      }
      return result;
    },
    async savedId(article) {
      const reply = await send(toExtension, {
        type: 'tinsach/is-saved',
        url: article.url,
        canonicalUrl: article.canonicalUrl || article.url,
        title: article.title,
      }).catch(() => undefined);
      // A link to read from the library (Pocket import), now open online: it becomes a saved article, in the
      // background of the article already shown. No question about photo hosts here: asked outside a click it
      // fails, and in Firefox it closed the popup; its photos come as for any save ("Tải lại ảnh", or Allow later).
      if (reply?.pending === true) {
        const saved = await deps.save({ askPhotos: false });
        return saved.ok ? saved.id : null;
      }
      if (reply && typeof reply.saved === 'boolean') return reply.saved ? reply.id : null;
      // No background answer (it is restarting): ask the library directly, by the same rule (utils/sites/same-site.ts).
      return withLibrary(async (db, { findPageRecord }) => {
        const { id, ofPage } = await findPageRecord(db, article.url, article.canonicalUrl || article.url);
        return ofPage ? id : null;
      });
    },
    async savedCopyDiffers(id, article) {
      return withLibrary(async (db, { getArticle }) => {
        const saved = await getArticle(db, id);
        return !!saved && !saved.pending && (saved.title !== article.title || saved.text !== article.text);
      });
    },
    photoHostsToAsk: (article) => originsToAsk(article).map(originLabel),
    async save(opts): Promise<PopupSaveResult> {
      // Before any await: browsers grant optional permissions only within the click's user gesture. The save does
      // not wait for the answer (the reader may take a while, and a Firefox popup can close under the question):
      // when it comes, and says yes, the photos still missing are fetched again.
      const origins = shown && opts?.askPhotos !== false ? originsToAsk(shown) : [];
      const asked = origins.length > 0 ? browser.permissions.request({ origins }).catch(() => false) : null;
      const tab = await tabPromise;
      // The save is of the page as shown: the background compares the page's answer now with this.
      const expect = shown ? await pageIdentity(shown) : undefined;
      // The background saves (it outlives the popup, so closing the popup mid-save loses nothing).
      const reply = await send(toExtension, { type: 'tinsach/save', tabId: tab.id, ...(opts?.replace ? { replace: true } : {}), ...(expect ? { expect } : {}) });
      if (!reply) return { ok: false, reason: 'error', message: '' };
      if (!reply.ok || !asked) return reply;
      // The popup keeps its explanation until the question is answered, then says how many photos it has.
      const photosLater = asked.then(async (granted) => {
        if (!granted || !reply.images || reply.images.saved === reply.images.total) return null;
        grantedOrigins = [...grantedOrigins, ...origins];
        const r = await send(toExtension, { type: 'tinsach/refetch-images', id: reply.id }).catch(() => undefined);
        return r?.ok && r.images ? r.images : null;
      });
      return { ...reply, photosLater };
    },
    async remove(id) {
      return withLibrary((db, { removeArticle }) => removeArticle(db, id));
    },
    async restore(token) {
      await withLibrary((db, { restoreArticle }) => restoreArticle(db, token as Parameters<typeof restoreArticle>[1]));
    },
    openReader(id) {
      // In the popup's language: the same stored choice, or the popup's own ?lang= override.
      void browser.tabs.create({ url: withLangOverride(`${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}`, location.search) });
      closePopup();
    },
    openLibrary() {
      void browser.tabs.create({ url: withLangOverride(browser.runtime.getURL('/library.html'), location.search) });
      closePopup();
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    toMarkdown: async (article) => (await markdownModule()).articleToMarkdown(article),
    async downloadMarkdown(article) {
      const { articleToMarkdown, markdownFileName } = await markdownModule();
      downloadText(document, markdownFileName(article.title), articleToMarkdown(article), 'text/markdown');
    },
    digest: {
      ...digestDeps(lang, (url) => {
        void browser.tabs.create({ url });
        closePopup();
      }),
      follow: followDeps(tabPromise),
    },
    reportInfo: () => ({ url: tabUrl, version: browser.runtime.getManifest().version, userAgent: navigator.userAgent }),
  };

  const root = document.getElementById('app');
  if (root) render(<PopupApp deps={deps} />, root);
}
