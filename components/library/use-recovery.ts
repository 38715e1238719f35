// Everything on the library page that brings an article back: the undo toast (every delete since the toast
// appeared, not only the last one), "Đã xoá gần đây" (the trash), damaged list rows and the quarantine.
// Kept out of LibraryApp.tsx so the page component stays a view.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/i18n';
import type { Status } from '../StatusLine';
import type { RestoreChoice } from '../../utils/library';
import { LibraryError } from '../../utils/library';
import type { LibraryDeps, LibraryListItem, QuarantineItemView, RepairResultView, TrashItemView } from './types';

interface Removed {
  id: string;
  token: unknown;
  title: string;
}

export interface RecoveryOptions {
  /** Reloads the list, the search results and the side panels after a change. */
  refresh: () => Promise<void>;
  setStatus: (s: Status | null) => void;
  fail: (e: unknown) => void;
}

const safeName = (s: string): string => s.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 60) || 'record';

export function useRecovery(deps: LibraryDeps, opts: RecoveryOptions) {
  const [removed, setRemoved] = useState<Removed[]>([]);
  const [trash, setTrash] = useState<TrashItemView[]>([]);
  const [quarantine, setQuarantine] = useState<QuarantineItemView[]>([]);
  /** The trashed article whose restore waits for the reader's choice (another copy is saved at its address). */
  const [asking, setAsking] = useState<{ id: string; trashedOlder: boolean } | null>(null);
  // The page's refresh closes over its current query: always call the latest one.
  const latest = useRef(opts);
  latest.current = opts;

  // Which read of the trash may still be shown. Reads overlap (each action refreshes, and the reader clicks
  // faster than a busy machine reads), and an answer read before a later change must not land after it.
  const trashReads = useRef(0);

  const refreshRecovery = useCallback(async () => {
    const read = ++trashReads.current;
    try {
      const [tr, q] = await Promise.all([deps.trash?.list() ?? [], deps.repair?.quarantine() ?? []]);
      if (read !== trashReads.current) return;
      setTrash(tr);
      setQuarantine(q);
    } catch (e) {
      if (read === trashReads.current) latest.current.fail(e);
    }
  }, [deps]);

  /**
   * Articles just brought back leave "Đã xoá gần đây" at once. Waiting for the next read of the trash showed
   * them in the list and in the trash together, for seconds on a busy machine: the trash is read after the list
   * and the side panels, and the storage estimate among those can be slow. Reads begun earlier are void.
   */
  const leftTrash = (ids: string[]) => {
    trashReads.current++;
    setTrash((list) => list.filter((item) => !ids.includes(item.id)));
  };

  useEffect(() => {
    void refreshRecovery();
  }, [refreshRecovery]);

  const refreshEverything = async () => {
    await latest.current.refresh();
    await refreshRecovery();
  };

  /** Runs one action; a failure is shown in the status line instead of escaping the click. */
  const attempt = async <T>(action: () => Promise<T>): Promise<T | null> => {
    try {
      return await action();
    } catch (e) {
      latest.current.fail(e);
      return null;
    }
  };

  /** A change made outside the toast (restored or deleted for good from the trash): its undo no longer applies. */
  const forget = (id: string) => setRemoved((list) => list.filter((r) => r.id !== id));

  const remove = (id: string, title: string) =>
    attempt(async () => {
      const token = await deps.remove(id);
      if (token) setRemoved((list) => [...list.filter((r) => r.id !== id), { id, token, title }]);
      latest.current.setStatus(null);
      await refreshEverything();
    });

  /** "Hoàn tác" restores every delete the toast stands for, so two quick deletes are both undone. */
  const undo = async () => {
    const list = removed;
    setRemoved([]);
    if (list.length === 0) return;
    const back: string[] = [];
    let error: unknown = null;
    let keptNewer = false;
    for (const r of list) {
      try {
        await deps.restore(r.token);
        back.push(r.id);
      } catch (e) {
        // Saved again since the delete: the newer copy stays, the deleted one waits in the trash.
        if (e instanceof LibraryError && e.code === 'conflict') keptNewer = true;
        else error ??= e;
      }
    }
    const restored = back.length;
    leftTrash(back);
    if (error) latest.current.fail(error);
    else if (keptNewer) latest.current.setStatus({ text: t('statusUndoKeptNewer'), tone: 'info' });
    else latest.current.setStatus({ text: restored === 1 ? t('statusRestored', list[0]!.title) : t('statusRestoredMany', restored), tone: 'ok' });
    await refreshEverything();
  };

  const toastMessage = removed.length === 1 ? t('statusRemovedTitle', removed[0]!.title) : t('statusRemovedMany', removed.length);

  const restoreTrashed = (item: TrashItemView, choice?: RestoreChoice | 'keep') =>
    attempt(async () => {
      if (!deps.trash) return;
      setAsking(null);
      const name = item.title || item.url;
      if (choice === 'keep') {
        latest.current.setStatus({ text: t('statusKeptCurrent'), tone: 'ok' });
        return;
      }
      const outcome = await deps.trash.restore(item.id, choice);
      if (outcome.kind === 'ask') {
        setAsking({ id: item.id, trashedOlder: outcome.trashedOlder });
        latest.current.setStatus(null);
        return;
      }
      forget(item.id);
      if (outcome.kind === 'gone') {
        leftTrash([item.id]);
        await refreshEverything();
        return;
      }
      leftTrash([item.id]);
      const text = choice === 'replace' ? t('statusRestoredReplaced', name) : choice === 'both' ? t('statusRestoredBoth', name) : t('statusRestored', name);
      latest.current.setStatus({ text, tone: 'ok' });
      await refreshEverything();
    });

  const deleteForever = (item: TrashItemView) =>
    attempt(async () => {
      if (!deps.trash) return;
      forget(item.id);
      await deps.trash.deleteForever(item.id);
      leftTrash([item.id]);
      latest.current.setStatus({ text: t('statusDeletedForever', item.title || item.url), tone: 'ok' });
      await refreshRecovery();
    });

  const download = (name: string, json: string) => {
    const filename = `tin-sach-hong-${safeName(name)}.json`;
    deps.download(filename, json);
    latest.current.setStatus({ text: t('statusExportedRaw', filename), tone: 'ok' });
  };

  const exportDamaged = (item: LibraryListItem) =>
    attempt(async () => {
      if (deps.repair) download(item.id, await deps.repair.exportDamaged(item.id));
    });

  const removeDamaged = (item: LibraryListItem) =>
    attempt(async () => {
      if (!deps.repair) return;
      await deps.repair.removeDamaged(item.id);
      latest.current.setStatus({ text: t('statusDamagedRemoved'), tone: 'ok' });
      await refreshEverything();
    });

  const restoreQuarantined = (item: QuarantineItemView, edited?: string): Promise<RepairResultView | null> =>
    attempt(async () => {
      if (!deps.repair) return null;
      const result = await deps.repair.restoreQuarantined(item.key, edited);
      if (result.ok) {
        latest.current.setStatus({ text: t('statusRepaired', result.title), tone: 'ok' });
        await refreshEverything();
      }
      return result;
    });

  const deleteQuarantined = (item: QuarantineItemView) =>
    attempt(async () => {
      if (!deps.repair) return;
      await deps.repair.deleteQuarantined(item.key);
      latest.current.setStatus({ text: t('statusDeletedForever', item.title || item.url || item.id), tone: 'ok' });
      await refreshRecovery();
    });

  return {
    refreshRecovery,
    removed,
    toastMessage,
    clearRemoved: () => setRemoved([]),
    trash,
    quarantine,
    remove,
    undo,
    restoreTrashed,
    asking,
    deleteForever,
    exportDamaged,
    removeDamaged,
    exportQuarantined: (item: QuarantineItemView) => download(item.id || String(item.key), item.json),
    restoreQuarantined,
    deleteQuarantined,
  };
}
