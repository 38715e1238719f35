// The library page: saved articles with search as you type, filters, sort, delete with undo, backup
// export/import and storage information. Data comes through `deps` (entrypoints/library/mount.tsx).
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { t, type Lang } from '../../utils/i18n/i18n';
import { formatNumber } from '../../utils/ui/format';
import { backupFileName } from '../../utils/ui/download';
import { debounce } from '../../utils/ui/timing';
import { refetchedText } from '../../utils/ui/photo-text';
import { Segments } from '../Segments';
import { StatusLine, type Status } from '../StatusLine';
import { UndoToast } from '../UndoToast';
import { DeleteButton } from './DeleteButton';
import { LibraryItemRow } from './LibraryItemRow';
import { DamagedRow } from './DamagedRow';
import { TrashSection } from './TrashSection';
import { QuarantineSection } from './QuarantineSection';
import { StorageLine } from './StorageLine';
import { ImportReportList } from './ImportReportList';
import { useRecovery } from './use-recovery';
import { SyncSettings } from './SyncSettings';
import type { ImportReportView, LibraryDeps, LibraryListItem, LibrarySearchHit, LibrarySort, LibraryStatsView } from './types';

const PAGE_SIZE = 50;
const SEARCH_DEBOUNCE_MS = 120;

/** headerTools: page-level controls for the header (the language, from mount.tsx). */
export function LibraryApp({ deps, lang, headerTools }: { deps: LibraryDeps; lang: Lang; headerTools?: ComponentChildren }) {
  const [items, setItems] = useState<LibraryListItem[]>([]);
  const [total, setTotal] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [sort, setSort] = useState<LibrarySort>('saved-desc');
  const [site, setSite] = useState('');
  const [tag, setTag] = useState('');
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [sites, setSites] = useState<{ value: string; label: string }[]>([]);
  const [tags, setTags] = useState<string[]>([]);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<LibrarySearchHit[] | null>(null);
  const [stats, setStats] = useState<LibraryStatsView | null>(null);
  const [status, setStatus] = useState<Status | null>(null);
  const [trashOpen, setTrashOpen] = useState(false);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [withImages, setWithImages] = useState(true);
  const fileRef = useRef<HTMLInputElement>(null);
  const searchRun = useRef(0);

  const fail = useCallback((e: unknown) => setStatus({ text: deps.errorText(e), tone: 'error' }), [deps]);
  // Export and import answer next to their buttons, at the foot of a long library, not at the top of the page.
  const [backupStatus, setBackupStatus] = useState<Status | null>(null);
  const failBackup = (e: unknown) => setBackupStatus({ text: deps.errorText(e), tone: 'error' });
  const backupStatusRef = useRef<HTMLDivElement | null>(null);
  // An import adds rows above the backup section and pushes its answer down: bring it back into view, clear of
  // the toasts at the foot of the window.
  useEffect(() => {
    if (backupStatus) backupStatusRef.current?.scrollIntoView?.({ block: 'center' });
  }, [backupStatus]);

  const loadList = useCallback(
    async (offset = 0) => {
      try {
        const page = await deps.list({ sort, site: site || undefined, tag: tag || undefined, unreadOnly, offset, limit: PAGE_SIZE });
        setItems((prev) => (offset === 0 ? page.items : [...prev, ...page.items]));
        setTotal(page.total);
      } catch (e) {
        fail(e);
      } finally {
        setLoaded(true);
      }
    },
    [deps, sort, site, tag, unreadOnly, fail],
  );

  const refreshSide = useCallback(async () => {
    try {
      const [s, tg, st] = await Promise.all([deps.sites(), deps.tags(), deps.stats()]);
      setSites(s);
      setTags(tg);
      setStats(st);
    } catch (e) {
      fail(e);
    }
  }, [deps, fail]);

  useEffect(() => {
    void loadList(0);
  }, [loadList]);

  useEffect(() => {
    void refreshSide();
  }, [refreshSide]);

  const runSearch = useCallback(
    async (q: string) => {
      const run = ++searchRun.current;
      if (!q.trim()) {
        setHits(null);
        return;
      }
      try {
        const found = await deps.search(q);
        // Typing fast: only the answer to the latest query may be shown.
        if (run === searchRun.current) setHits(found);
      } catch (e) {
        if (run === searchRun.current) fail(e);
      }
    },
    [deps, fail],
  );
  const debouncedSearch = useMemo(() => debounce((q: string) => void runSearch(q), SEARCH_DEBOUNCE_MS), [runSearch]);
  useEffect(() => () => debouncedSearch.cancel(), [debouncedSearch]);

  const onQuery = (q: string) => {
    setQuery(q);
    if (!q.trim()) {
      debouncedSearch.cancel();
      searchRun.current++;
      setHits(null);
    } else {
      debouncedSearch(q);
    }
  };

  const refreshAll = async () => {
    await loadList(0);
    if (query.trim()) await runSearch(query);
    await refreshSide();
  };

  const recovery = useRecovery(deps, { refresh: refreshAll, setStatus, fail });
  const remove = (id: string, title: string) => recovery.remove(id, title);

  const refetchPhotos = async (item: LibraryListItem) => {
    if (!deps.refetchPhotos) return;
    // Called before any await: the browser asks about image hosts only within the click.
    const pending = deps.refetchPhotos(item.id);
    setStatus({ text: t('statusRefetching'), tone: 'info' });
    try {
      const images = await pending;
      setStatus({ text: refetchedText(images), tone: images.saved < images.total ? 'info' : 'ok' });
      await loadList(0);
    } catch (e) {
      fail(e);
    }
  };

  const downloadMarkdown = async (id: string) => {
    try {
      await deps.downloadMarkdown(id);
      setStatus({ text: t('statusDownloadedMarkdown'), tone: 'ok' });
    } catch (e) {
      fail(e);
      // Reading it may have found the record damaged and set it aside: show the list and "Bài bị hỏng" as they are now.
      await loadList(0);
      await recovery.refreshRecovery();
    }
  };

  const exportBackup = async () => {
    setBackupStatus({ text: t('statusExporting'), tone: 'info' });
    try {
      const out = await deps.exportJson(withImages);
      const { json, damaged } = typeof out === 'string' ? { json: out, damaged: [] } : out;
      deps.download(backupFileName(), json);
      const names = damaged.map((d) => d.title ?? '?').join(', ');
      setBackupStatus({ text: damaged.length ? t('statusExportedDamaged', [damaged.length, names]) : t('statusExported'), tone: 'ok' });
    } catch (e) {
      failBackup(e);
    }
  };

  const importChosen = async (file: File | undefined) => {
    if (!file) return;
    setReport(null);
    setBackupStatus({ text: t('statusImporting', file.name), tone: 'info' });
    try {
      const r = await deps.importFile(file);
      setReport(r);
      // The list is refreshed first: its new rows move the backup section, and the answer is scrolled to after.
      await refreshAll();
      setBackupStatus({ text: t('statusImported', [r.added, r.updated, r.unchanged, r.skipped.length]), tone: 'ok' });
    } catch (e) {
      failBackup(e);
    } finally {
      if (fileRef.current) fileRef.current.value = '';
    }
  };

  const filtered = Boolean(site || tag || unreadOnly);
  const empty = loaded && total === 0 && !filtered && hits === null;

  return (
    <div class="library">
      <header class="library-header">
        <h1>
          <img src="/icon/48.png" alt="" width={32} height={32} /> {t('libraryHeading')}
        </h1>
        <StorageLine stats={stats} lang={lang} />
        {headerTools}
        {deps.trash ? (
          <p class="recovery-links">
            <button type="button" class="btn btn-small" data-testid="trash-toggle" aria-expanded={trashOpen} onClick={() => setTrashOpen(!trashOpen)}>
              {t('trashToggle', formatNumber(recovery.trash.length, lang))}
            </button>
          </p>
        ) : null}
      </header>

      <main>
        {trashOpen ? (
          <TrashSection
            items={recovery.trash}
            lang={lang}
            onRestore={(it, choice) => void recovery.restoreTrashed(it, choice)}
            asking={recovery.asking}
            onDeleteForever={(it) => void recovery.deleteForever(it)}
            onClose={() => setTrashOpen(false)}
          />
        ) : null}
        {empty ? (
          <section class="empty card" data-testid="library-empty" aria-labelledby="empty-heading">
            <h2 id="empty-heading">{t('libraryEmptyHeading')}</h2>
            <p>{t('libraryEmptyHowTo')}</p>
            <p class="meta">{t('libraryEmptyShortcut')}</p>
          </section>
        ) : (
          <>
            <div class="toolbar" role="search" aria-label={t('libraryToolsLabel')}>
              <div class="field field-search">
                <label for="library-search">{t('searchLabel')}</label>
                <input
                  id="library-search"
                  type="search"
                  data-testid="library-search"
                  placeholder={t('searchPlaceholder')}
                  value={query}
                  autocomplete="off"
                  onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
                />
              </div>
              <div class="field">
                <label for="filter-site">{t('filterSite')}</label>
                <select id="filter-site" value={site} onChange={(e) => setSite((e.currentTarget as HTMLSelectElement).value)}>
                  <option value="">{t('filterAllSites')}</option>
                  {sites.map((s) => (
                    <option key={s.value} value={s.value}>
                      {s.label}
                    </option>
                  ))}
                </select>
              </div>
              {tags.length > 0 ? (
                <div class="field">
                  <label for="filter-tag">{t('filterTag')}</label>
                  <select id="filter-tag" value={tag} onChange={(e) => setTag((e.currentTarget as HTMLSelectElement).value)}>
                    <option value="">{t('filterAllTags')}</option>
                    {tags.map((s) => (
                      <option key={s} value={s}>
                        {s}
                      </option>
                    ))}
                  </select>
                </div>
              ) : null}
              <div class="field">
                <label for="sort">{t('sortLabel')}</label>
                <select id="sort" value={sort} onChange={(e) => setSort((e.currentTarget as HTMLSelectElement).value as LibrarySort)}>
                  <option value="saved-desc">{t('sortSavedDesc')}</option>
                  <option value="saved-asc">{t('sortSavedAsc')}</option>
                  <option value="published-desc">{t('sortPublishedDesc')}</option>
                  <option value="title">{t('sortTitle')}</option>
                </select>
              </div>
              <div class="field field-check">
                <input
                  id="unread-only"
                  type="checkbox"
                  checked={unreadOnly}
                  onChange={(e) => setUnreadOnly((e.currentTarget as HTMLInputElement).checked)}
                />
                <label for="unread-only">{t('filterUnreadOnly')}</label>
              </div>
            </div>

            <StatusLine status={status} />

            {hits !== null ? (
              <section aria-labelledby="results-heading">
                <h2 id="results-heading">{t('searchResultsHeading', hits.length)}</h2>
                {hits.length === 0 ? <p>{t('searchNoResults', query.trim())}</p> : null}
                <ul class="items">
                  {hits.map((h) => (
                    <li key={h.id} class="library-item search-hit" data-testid="library-item" data-id={h.id}>
                      <div class="item-main">
                        <h3 class="item-title">
                          <a href={deps.readerHref(h.id)}>
                            <Segments segments={h.titleSegments.length ? h.titleSegments : [{ text: h.title, hit: false }]} />
                          </a>
                        </h3>
                        {h.siteName ? <p class="meta">{h.siteName}</p> : null}
                        {h.snippet.length ? (
                          <p class="snippet">
                            <Segments segments={h.snippet} />
                          </p>
                        ) : null}
                      </div>
                      <DeleteButton title={h.title} onDelete={() => void remove(h.id, h.title)} />
                    </li>
                  ))}
                </ul>
              </section>
            ) : (
              <section aria-labelledby="list-heading">
                <h2 id="list-heading">{t('listHeading', formatNumber(total, lang))}</h2>
                {loaded && items.length === 0 ? <p>{t('listNoMatch')}</p> : null}
                <ul class="items">
                  {items.map((item) =>
                    // One damaged record is one damaged row: the rest of the list renders normally.
                    item.damaged !== undefined ? (
                      <DamagedRow key={item.id} item={item} onRemove={(it) => void recovery.removeDamaged(it)} onExport={(it) => void recovery.exportDamaged(it)} />
                    ) : (
                      <LibraryItemRow
                        key={item.id}
                        item={item}
                        lang={lang}
                        href={deps.readerHref(item.id)}
                        onDelete={(it) => void remove(it.id, it.title)}
                        onRefetch={deps.refetchPhotos ? (it) => void refetchPhotos(it) : undefined}
                        onMarkdown={(it) => void downloadMarkdown(it.id)}
                      />
                    ),
                  )}
                </ul>
                {items.length < total ? (
                  <button type="button" class="btn" onClick={() => void loadList(items.length)}>
                    {t('actionLoadMore', formatNumber(total - items.length, lang))}
                  </button>
                ) : null}
              </section>
            )}
          </>
        )}

        <QuarantineSection
          items={recovery.quarantine}
          lang={lang}
          onRestore={recovery.restoreQuarantined}
          onExport={recovery.exportQuarantined}
          onDelete={(it) => void recovery.deleteQuarantined(it)}
        />

        <section class="card backup" aria-labelledby="backup-heading">
          <h2 id="backup-heading">{t('backupHeading')}</h2>
          <p class="meta">{t('backupHint')}</p>
          <div class="actions">
            {/* Quarantined records go into the backup too: with only those left, exporting them must stay possible. */}
            <button type="button" class="btn" onClick={() => void exportBackup()} disabled={empty && recovery.quarantine.length === 0}>
              {t('actionExport')}
            </button>
            <span class="field-check">
              <input id="with-images" type="checkbox" checked={withImages} onChange={(e) => setWithImages((e.currentTarget as HTMLInputElement).checked)} />
              <label for="with-images">{t('exportWithImages')}</label>
            </span>
          </div>
          <div class="actions">
            <button type="button" class="btn" onClick={() => fileRef.current?.click()}>
              {t('actionImport')}
            </button>
            <input
              ref={fileRef}
              type="file"
              hidden
              data-testid="import-file"
              accept=".json,.csv,application/json,text/csv"
              aria-label={t('actionImport')}
              onChange={(e) => void importChosen((e.currentTarget as HTMLInputElement).files?.[0])}
            />
          </div>
          <div ref={backupStatusRef}>
            <StatusLine status={backupStatus ?? (empty ? status : null)} />
          </div>
          {report ? <ImportReportList report={report} /> : null}
        </section>

        {deps.sync ? <SyncSettings deps={deps.sync} lang={lang} /> : null}
      </main>

      <div class="toast-region" aria-live="polite">
        {recovery.removed.length > 0 ? (
          <UndoToast message={recovery.toastMessage} onUndo={() => void recovery.undo()} onExpire={recovery.clearRemoved} />
        ) : null}
      </div>
    </div>
  );
}
