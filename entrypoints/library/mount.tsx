// Wires the library API to LibraryApp. Shared by library.html and options.html (the options page IS the
// library: the reader's "settings" are their saved articles, backup and storage).
import { render } from 'preact';
import { browser } from '#imports';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { LibraryDeps } from '../../components/library/types';
import { openLibrary, type LibraryDb } from '../../utils/library/db';
import { getArticle, listArticles, listTags } from '../../utils/library/read';
import { listSiteOptions, siteKeysForHost } from '../../utils/library/sites';
import { articleToMarkdown, markdownFileName } from '../../utils/export/markdown';
import { searchLibrary } from '../../utils/library/search';
import { removeArticle, restoreArticle, type RemovedArticle } from '../../utils/library/update';
import { exportLibrary, importLibrary, importPocketCsv } from '../../utils/library/backup';
import { libraryStats, requestPersistence } from '../../utils/library/stats';
import { LibraryError } from '../../utils/library/errors';
import { loadSettings } from '../../utils/settings';
import { applyTheme } from '../../utils/ui/apply-settings';
import { downloadText } from '../../utils/ui/download';
import { setUpPage } from '../../utils/ui/page-setup';
import { t } from '../../utils/i18n';
import '../../components/theme.css';
import '../../components/library/library.css';
import { sanitizeArticleHtml } from '../../utils/sanitize';

const PERSIST_ASKED_KEY = 'persistenceRequested';

export function mountLibrary(): void {
  const lang = setUpPage(document, {
    search: location.search,
    uiLanguage: browser.i18n.getUILanguage(),
    getMessage: (key, subs) => browser.i18n.getMessage(key, subs),
    titleKey: 'libraryHeading',
  });
  void loadSettings(browser.storage.local).then((s) => applyTheme(document.documentElement, s.theme));

  let dbPromise: Promise<LibraryDb> | null = null;
  const db = () => (dbPromise ??= openLibrary({ onBlocking: () => location.reload() }));

  // Ask once, on the first open, for storage the browser will not evict (Firefox shows a prompt).
  const persistence = (async () => {
    const got = await browser.storage.local.get(PERSIST_ASKED_KEY);
    if (got[PERSIST_ASKED_KEY]) return;
    await browser.storage.local.set({ [PERSIST_ASKED_KEY]: true });
    await requestPersistence().catch(() => null);
  })().catch(() => undefined);

  const readerBase = browser.runtime.getURL('/reader.html');
  const langSuffix = new URLSearchParams(location.search).get('lang');

  const deps: LibraryDeps = {
    // The filter's value is a host: it stands for every site name that host's articles carry.
    list: async ({ site, ...q }) => {
      const d = await db();
      return listArticles(d, site === undefined ? q : { ...q, siteKeys: await siteKeysForHost(d, site) });
    },
    search: async (q) => searchLibrary(await db(), q, { limit: 50 }),
    sites: async () => (await listSiteOptions(await db())).map((o) => ({ value: o.host, label: o.name })),
    tags: async () => listTags(await db()),
    remove: async (id) => removeArticle(await db(), id),
    restore: async (token) => restoreArticle(await db(), token as RemovedArticle),
    exportJson: async (withImages) => exportLibrary(await db(), { images: withImages }),
    download: (filename, text) => downloadText(document, filename, text),
    importFile: async (file) => {
      const isCsv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
      return isCsv ? importPocketCsv(await db(), await file.text()) : importLibrary(await db(), file, { sanitizeHtml: (html) => sanitizeArticleHtml(html) });
    },
    stats: async () => {
      await persistence;
      return libraryStats(await db());
    },
    downloadMarkdown: async (id) => {
      const article = await getArticle(await db(), id);
      if (!article) throw new LibraryError('not-found', id);
      downloadText(document, markdownFileName(article.title), articleToMarkdown(article), 'text/markdown');
    },
    readerHref: (id) => `${readerBase}?id=${encodeURIComponent(id)}${langSuffix ? `&lang=${langSuffix}` : ''}`,
    errorText: (e) => {
      if (e instanceof LibraryError) return e.messageFor(lang);
      console.error('[tin-sach]', e);
      return t('libraryGenericError');
    },
  };

  const root = document.getElementById('app');
  if (root) render(<LibraryApp deps={deps} lang={lang} />, root);
}
