// Popup wiring: browser APIs → PopupApp. Target tab from ?tabId=N (tests, "open in its own window"),
// else the active tab of the current window.
import { render } from 'preact';
import { browser } from '#imports';
import { PopupApp, type PopupDeps, type PopupLoadResult, type PopupSaveResult } from '../../components/popup/PopupApp';
import { extractFromTab } from '../../utils/tab-extract';
import { isAnalysed } from '../../utils/analysed';
import type { IsSavedReply, Message, SaveReply } from '../../utils/messages';
import { loadSettings } from '../../utils/settings';
import { applyTheme } from '../../utils/ui/apply-settings';
import { setUpPage } from '../../utils/ui/page-setup';
import { tabIdFromQuery } from '../../utils/ui/query';
import '../../components/theme.css';
import '../../components/article.css';
import './popup.css';

const lang = setUpPage(document, {
  search: location.search,
  uiLanguage: browser.i18n.getUILanguage(),
  getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
  titleKey: 'actionTitle',
});
void loadSettings(browser.storage.local).then((s) => applyTheme(document.documentElement, s.theme));

async function targetTab(): Promise<{ id: number; url: string }> {
  const fromQuery = tabIdFromQuery(location.search);
  if (fromQuery !== null) {
    const tab = await browser.tabs.get(fromQuery).catch(() => null);
    return { id: fromQuery, url: tab?.url ?? '' };
  }
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return { id: active?.id ?? -1, url: active?.url ?? '' };
}

const tabPromise = targetTab();

// The library code (IndexedDB, search, export) is not needed to show the article: load it after paint.
const libraryModules = () =>
  Promise.all([
    import('../../utils/library/db'),
    import('../../utils/library/read'),
    import('../../utils/library/update'),
    import('../../utils/library/id'),
  ]).then(([db, read, update, id]) => ({ ...db, ...read, ...update, ...id }));
let markdown: ((article: Parameters<PopupDeps['toMarkdown']>[0]) => string) | null = null;
void import('../../utils/library/export-article').then((m) => (markdown = m.articleToMarkdown));
// Opened as a real popup it closes after opening a tab; opened as a page (?tabId=N) it stays.
const isToolbarPopup = tabIdFromQuery(location.search) === null;
const closePopup = () => {
  if (isToolbarPopup) window.close();
};
let tabUrl = '';

async function loadArticle(): Promise<PopupLoadResult> {
  const tab = await tabPromise;
  tabUrl = tab.url;
  if (tab.id < 0) return { ok: false, reason: 'error', message: '' };
  const result = await extractFromTab(tab.id, undefined, tab.url);
  if (!result.ok) return { ok: false, reason: result.reason, message: result.message };
  tabUrl = result.article.url || tabUrl;
  try {
    // The extractor sends the article analysed; an older one would not (then analyse here, lazily loaded).
    const article = isAnalysed(result.article)
      ? result.article
      : (await import('../../utils/analyse')).analyseArticle(result.article);
    return { ok: true, article };
  } catch (e) {
    console.error('[tin-sach] analyse failed', e);
    return { ok: false, reason: 'error', message: '' };
  }
}

// Ask the page right away, while Preact renders the shell: the first load() takes this answer,
// "Try again" asks afresh.
let firstLoad: Promise<PopupLoadResult> | null = loadArticle();

const deps: PopupDeps = {
  lang,
  load(): Promise<PopupLoadResult> {
    const pending = firstLoad ?? loadArticle();
    firstLoad = null;
    return pending;
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
  toMarkdown: (article) => {
    if (!markdown) throw new Error('not ready');
    return markdown(article);
  },
  reportInfo: () => ({ url: tabUrl, version: browser.runtime.getManifest().version, userAgent: navigator.userAgent }),
};

const root = document.getElementById('app');
if (root) render(<PopupApp deps={deps} />, root);
