// What the library page shows about sync, kept in extension storage by the background: when the last run
// succeeded, the last error (as a catalog key, shown in the reader's language), and the progress of a run
// under way. The page follows it through storage changes, so a run started by the alarm shows too.
import { isSyncErrorKey, type SyncErrorKey } from './failure';
import type { SyncCounts, SyncProgress } from './run';

export interface SyncStatus {
  lastSyncAt: string | null;
  lastCounts: SyncCounts | null;
  lastError: { key: SyncErrorKey; at: string } | null;
  running: SyncProgress | null;
}

export const SYNC_STATUS_KEY = 'syncStatus';

export const IDLE_STATUS: Readonly<SyncStatus> = Object.freeze({ lastSyncAt: null, lastCounts: null, lastError: null, running: null });

const PHASES = ['connect', 'upload', 'download', 'apply'];

/** A stored status, field by field; anything malformed reads as not known. */
export function parseSyncStatus(raw: unknown): SyncStatus {
  if (typeof raw !== 'object' || raw === null) return { ...IDLE_STATUS };
  const r = raw as Record<string, unknown>;
  const error = r.lastError as Record<string, unknown> | null | undefined;
  const running = r.running as Record<string, unknown> | null | undefined;
  const counts = r.lastCounts as Record<string, unknown> | null | undefined;
  const count = (v: unknown) => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : 0);
  return {
    lastSyncAt: typeof r.lastSyncAt === 'string' ? r.lastSyncAt : null,
    lastCounts: counts && typeof counts === 'object' ? { sent: count(counts.sent), received: count(counts.received), quarantined: count(counts.quarantined), deleted: count(counts.deleted) } : null,
    lastError: error && isSyncErrorKey(error.key) && typeof error.at === 'string' ? { key: error.key, at: error.at } : null,
    running:
      running && typeof running.phase === 'string' && PHASES.includes(running.phase)
        ? { phase: running.phase as SyncProgress['phase'], done: count(running.done), total: count(running.total) }
        : null,
  };
}
