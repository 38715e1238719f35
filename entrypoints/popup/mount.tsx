// The popup's interface: browser APIs → PopupApp, mounted by main.ts once the page has been asked.
import { render } from 'preact';
import { browser } from '#imports';
import { PopupApp, type PopupDeps, type PopupLoadResult, type PopupSaveResult } from '../../components/popup/PopupApp';
import type { IsSavedReply, Message, SaveReply } from '../../utils/messages';
import { loadSettings } from '../../utils/settings';
import { applyTheme } from '../../utils/ui/apply-settings';
import { downloadText } from '../../utils/ui/download';
import { setUpPage } from '../../utils/ui/page-setup';
import { tabIdFromQuery } from '../../utils/ui/query';
import { loadArticle, type TargetTab } from './load-article';

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
  // The first load() takes the answer already on its way; "Try again" asks afresh.
  let pending: Promise<PopupLoadResult> | null = firstLoad;

  const deps: PopupDeps = {
    lang,
    async load(): Promise<PopupLoadResult> {
      const result = await (pending ?? loadArticle(tabPromise));
      pending = null;
      if (result.ok) tabUrl = result.article.url || tabUrl;
      return result;
    },
    async savedId(article) {
      const url = article.canonicalUrl || article.url;
      const message: Message = { type: 'tinsach/is-saved', url };
      const reply = (await browser.runtime.sendMessage(message).catch(() => undefined)) as IsSavedReply | undefined;
      // A link to read from the library (Pocket import), now open online: it becomes a saved article.
      if (reply?.pending === true) {
        const saved = await deps.save();
        return saved.ok ? saved.id : null;
      }
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
    async save(): Promise<PopupSaveResult> {
      const tab = await tabPromise;
      const message: Message = { type: 'tinsach/save', tabId: tab.id };
      // The background saves (it outlives the popup, so closing the popup mid-save loses nothing).
      const reply = (await browser.runtime.sendMessage(message)) as SaveReply | undefined;
      return reply ?? { ok: false, reason: 'error', message: '' };
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
    toMarkdown: async (article) => (await markdownModule()).articleToMarkdown(article),
    async downloadMarkdown(article) {
      const { articleToMarkdown, markdownFileName } = await markdownModule();
      downloadText(document, markdownFileName(article.title), articleToMarkdown(article), 'text/markdown');
    },
    reportInfo: () => ({ url: tabUrl, version: browser.runtime.getManifest().version, userAgent: navigator.userAgent }),
  };

  const root = document.getElementById('app');
  if (root) render(<PopupApp deps={deps} />, root);
}
