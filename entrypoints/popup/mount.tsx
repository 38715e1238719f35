// The popup's interface: browser APIs → PopupApp, mounted by main.ts once the page has been asked.
import { render } from 'preact';
import { browser } from '#imports';
import { PopupApp, type PopupDeps, type PopupLoadResult, type PopupSaveResult } from '../../components/popup/PopupApp';
import type { IsSavedReply, Message, SaveReply } from '../../utils/messages';
import { loadSettings } from '../../utils/settings';
import { applyTheme } from '../../utils/ui/apply-settings';
import { setUpPage } from '../../utils/ui/page-setup';
import { tabIdFromQuery } from '../../utils/ui/query';
import { loadArticle, type TargetTab } from './load-article';
import type { AnalysedArticle } from '../../utils/library/types';
import { originLabel, photoOriginsToAsk } from '../../utils/photo-hosts';

// The library code (IndexedDB, search, export) is not needed to show the article: load it after paint.
const libraryModules = () =>
  Promise.all([
    import('../../utils/library/db'),
    import('../../utils/library/read'),
    import('../../utils/library/update'),
    import('../../utils/library/id'),
  ]).then(([db, read, update, id]) => ({ ...db, ...read, ...update, ...id }));

export interface PopupStart {
  tabPromise: Promise<TargetTab>;
  /** The first question to the page, already on its way (main.ts). */
  firstLoad: Promise<PopupLoadResult>;
}

export function mountPopup({ tabPromise, firstLoad }: PopupStart): void {
  const lang = setUpPage(document, {
    search: location.search,
    uiLanguage: browser.i18n.getUILanguage(),
    getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
    titleKey: 'actionTitle',
  });
  void loadSettings(browser.storage.local).then((s) => applyTheme(document.documentElement, s.theme));

  // The Markdown exporter is not needed for the first paint: fetched once the page is idle, or on the first
  // "Copy as Markdown" if that comes sooner (the click's user activation outlasts a local import).
  const loadMarkdown = () => import('../../utils/library/export-article').then((m) => m.articleToMarkdown);
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
      const url = article.canonicalUrl || article.url;
      const message: Message = { type: 'tinsach/is-saved', url };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as IsSavedReply | undefined;
      if (reply && typeof reply.saved === 'boolean') return reply.saved ? reply.id : null;
      // No background answer (it is restarting): ask the library directly.
      const { articleId, getArticle, openLibrary } = await libraryModules();
      const id = articleId(url);
      const db = await openLibrary();
      try {
        return (await getArticle(db, id).catch(() => undefined)) ? id : null;
      } finally {
        db.close();
      }
    },
    photoHostsToAsk: (article) => originsToAsk(article).map(originLabel),
    async save(): Promise<PopupSaveResult> {
      // Before any await: browsers grant optional permissions only within the click's user gesture. The save does
      // not wait for the answer (the reader may take a while, and a Firefox popup can close under the question):
      // when it comes, and says yes, the photos still missing are fetched again.
      const origins = shown ? originsToAsk(shown) : [];
      const asked = origins.length > 0 ? browser.permissions.request({ origins }).catch(() => false) : null;
      const tab = await tabPromise;
      const message: Message = { type: 'tinsach/save', tabId: tab.id };
      // The background saves (it outlives the popup, so closing the popup mid-save loses nothing).
      const reply = (await browser.runtime.sendMessage(message)) as SaveReply | undefined;
      if (!reply) return { ok: false, reason: 'error', message: '' };
      if (!reply.ok || !asked || !reply.images || reply.images.saved === reply.images.total) return reply;
      const photosLater = asked.then(async (granted) => {
        if (!granted) return null;
        grantedOrigins = [...grantedOrigins, ...origins];
        const again: Message = { type: 'tinsach/refetch-images', id: reply.id };
        const r = (await browser.runtime.sendMessage(again).catch(() => undefined)) as SaveReply | undefined;
        return r?.ok && r.images ? r.images : null;
      });
      return { ...reply, photosLater };
    },
    async remove(id) {
      const { openLibrary, removeArticle } = await libraryModules();
      const db = await openLibrary();
      try {
        await removeArticle(db, id);
      } finally {
        db.close();
      }
    },
    openReader(id) {
      void browser.tabs.create({ url: `${browser.runtime.getURL('/reader.html')}?id=${encodeURIComponent(id)}` });
      closePopup();
    },
    openLibrary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
      closePopup();
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    toMarkdown: async (article) => (await markdownModule())(article),
    reportInfo: () => ({ url: tabUrl, version: browser.runtime.getManifest().version, userAgent: navigator.userAgent }),
  };

  const root = document.getElementById('app');
  if (root) render(<PopupApp deps={deps} />, root);
}
