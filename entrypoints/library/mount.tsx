// Wires the library API to LibraryApp. Shared by library.html and options.html (the options page IS the
// library: the reader's "settings" are their saved articles, backup and storage).
import { render } from 'preact';
import { browser } from '#imports';
import { LibraryApp } from '../../components/library/LibraryApp';
import type { LibraryDeps } from '../../components/library/types';
import {
  openLibrary,
  type LibraryDb,
  getArticle,
  listArticles,
  listTags,
  listSiteOptions,
  siteKeysForHost,
  searchLibrary,
  removeArticle,
  restoreArticle,
  type RemovedArticle,
  exportLibraryWithReport,
  importLibrary,
  importPocketCsv,
  libraryStats,
  requestPersistence,
  deleteForever,
  listTrash,
  purgeTrash,
  restoreFromTrash,
  damagedRecordJson,
  deleteQuarantined,
  listQuarantineItems,
  quarantineListRow,
  restoreQuarantined,
  LibraryError,
} from '../../utils/library';
import { articleToMarkdown, markdownFileName } from '../../utils/export/markdown';
import { loadSettings } from '../../utils/prefs/reading-settings';
import { applyTheme } from '../../utils/ui/apply-settings';
import { downloadText } from '../../utils/ui/download';
import { withLangOverride } from '../../utils/ui/page-setup';
import { chooseLanguage, setUpPageLanguage } from '../../utils/extension/page-language';
import { LanguageSelect } from '../../components/LanguageSelect';
import { t } from '../../utils/i18n/i18n';
import '../../components/theme.css';
import '../../components/library/library.css';
import { sanitizeArticleHtml } from '../../utils/html/sanitize';
import { photoOriginsToAsk } from '../../utils/images/photo-hosts';
import { send } from '../../utils/messaging/messenger';
import { toExtension } from '../../utils/extension/transports';
import { syncDeps } from './sync-deps';

const PERSIST_ASKED_KEY = 'persistenceRequested';

export async function mountLibrary(): Promise<void> {
  const { lang, prefs } = await setUpPageLanguage('libraryHeading');
  void loadSettings(browser.storage.local).then((s) => applyTheme(document.documentElement, s.theme));

  let dbPromise: Promise<LibraryDb> | null = null;
  const db = () =>
    (dbPromise ??= openLibrary({ onBlocking: () => location.reload() }).then((opened) => {
      // Deleted articles are kept 30 days (utils/library/trash.ts); older ones go when the library opens.
      void purgeTrash(opened).catch(() => undefined);
      return opened;
    }));

  // Ask once, on the first open, for storage the browser will not evict (Firefox shows a prompt).
  const persistence = (async () => {
    const got = await browser.storage.local.get(PERSIST_ASKED_KEY);
    if (got[PERSIST_ASKED_KEY]) return;
    await browser.storage.local.set({ [PERSIST_ASKED_KEY]: true });
    await requestPersistence().catch(() => null);
  })().catch(() => undefined);

  const readerBase = browser.runtime.getURL('/reader.html');

  // The image hosts of each listed article's missing photos, read when the list is shown: "Tải lại ảnh" must ask
  // for them within the click (no time to read the article first). No tab is involved, so the page's own host
  // counts too (except the site families the extension may always read).
  const missingOrigins = new Map<string, string[]>();
  // Read once per article (a whole record, html and all, for two fields), not again at every list refresh; an
  // article's entry is dropped when its photos are fetched again, so the next list reads what is still missing.
  const readMissingOrigins = async (ids: string[]) => {
    for (const id of ids) {
      if (missingOrigins.has(id)) continue;
      const a = await getArticle(await db(), id).catch(() => undefined);
      if (a) missingOrigins.set(id, photoOriginsToAsk(a.url, a.missingImages, [], { includePageHost: true }));
    }
  };

  const deps: LibraryDeps = {
    // The filter's value is a host: it stands for every site name that host's articles carry.
    list: async ({ site, ...q }) => {
      const d = await db();
      const page = await listArticles(d, site === undefined ? q : { ...q, siteKeys: await siteKeysForHost(d, site) });
      void readMissingOrigins(page.items.filter((it) => (it.missingImages ?? 0) > 0).map((it) => it.id));
      return page;
    },
    async refetchPhotos(id) {
      const origins = missingOrigins.get(id) ?? [];
      missingOrigins.delete(id);
      const asked = origins.length > 0 ? browser.permissions.request({ origins }).catch(() => false) : null;
      if (asked) await asked;
      const reply = await send(toExtension, { type: 'tinsach/refetch-images', id });
      if (!reply?.ok || !reply.images) {
        throw reply && !reply.ok && reply.reason === 'not-found' ? new LibraryError('not-found', id, { articleId: id }) : new Error('refetch failed');
      }
      return reply.images;
    },
    search: async (q) => searchLibrary(await db(), q, { limit: 50 }),
    sites: async () => (await listSiteOptions(await db())).map((o) => ({ value: o.host, label: o.name })),
    tags: async () => listTags(await db()),
    remove: async (id) => removeArticle(await db(), id),
    restore: async (token) => restoreArticle(await db(), token as RemovedArticle),
    exportJson: async (withImages) => exportLibraryWithReport(await db(), { images: withImages }),
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
    trash: {
      list: async () => listTrash(await db()),
      restore: async (id, choice) => restoreFromTrash(await db(), id, choice),
      deleteForever: async (id) => deleteForever(await db(), id),
    },
    repair: {
      exportDamaged: async (id) => damagedRecordJson(await db(), id),
      removeDamaged: async (id) => quarantineListRow(await db(), id),
      quarantine: async () => listQuarantineItems(await db()),
      // A repaired record is as untrusted as an imported one: the same sanitiser runs over its html.
      restoreQuarantined: async (key, edited) => restoreQuarantined(await db(), key, { edited, sanitizeHtml: (html) => sanitizeArticleHtml(html) }),
      deleteQuarantined: async (key) => deleteQuarantined(await db(), key),
    },
    sync: syncDeps(),
    readerHref: (id) => withLangOverride(`${readerBase}?id=${encodeURIComponent(id)}`, location.search),
    errorText: (e) => {
      if (e instanceof LibraryError) return e.messageFor(lang);
      console.error('[tin-sach]', e);
      return t('libraryGenericError');
    },
  };

  const root = document.getElementById('app');
  const language = <LanguageSelect id="library-language" value={prefs.language} onChange={(c) => void chooseLanguage(c)} />;
  if (root) render(<LibraryApp deps={deps} lang={lang} headerTools={language} />, root);
}
