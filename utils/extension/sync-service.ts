// The background's side of sync: the config, memory and status in extension storage, the alarm, and one run
// at a time. The library page asks for the server's host permission (a user gesture) before setting up; the
// background checks it holds that permission before it sends anything, so the password only ever goes to the
// server the reader named.
import { browser } from '#imports';
import { library } from './save-tab';
import { AUTO_SYNC_MINUTES, parseSyncConfig, serverOrigin, SYNC_CONFIG_KEY, type SyncConfig } from '../sync/config';
import { parseMemory, SYNC_MEMORY_KEY } from '../sync/memory';
import { runSync, type SyncProgress, type SyncResult } from '../sync/run';
import { setUpSync, type SetupResult } from '../sync/setup';
import { IDLE_STATUS, parseSyncStatus, SYNC_STATUS_KEY, type SyncStatus } from '../sync/status';
import { releasePageReader, sanitizedArticleHtml } from './page-reader';
import { followsForSync } from './sync-follows';
import type { SyncSetupRequest } from '../messaging/protocol';

export const SYNC_ALARM = 'tin-sach-sync';

async function readStatus(): Promise<SyncStatus> {
  return parseSyncStatus((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY]);
}

async function writeStatus(change: Partial<SyncStatus>): Promise<void> {
  await browser.storage.local.set({ [SYNC_STATUS_KEY]: { ...(await readStatus()), ...change } });
}

async function readConfig(): Promise<SyncConfig | null> {
  return parseSyncConfig((await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY]);
}

const hasServerPermission = (folder: string) => browser.permissions.contains({ origins: [serverOrigin(folder)] }).catch(() => false);

/** The alarm follows the "sync automatically" choice; the alarms API is absent on some Firefox for Android builds. */
export async function scheduleAutoSync(): Promise<void> {
  const alarms = browser.alarms as typeof browser.alarms | undefined;
  if (!alarms) return;
  const config = await readConfig();
  if (config?.auto) await alarms.create(SYNC_ALARM, { periodInMinutes: AUTO_SYNC_MINUTES, delayInMinutes: 1 });
  else await alarms.clear(SYNC_ALARM);
}

let running: Promise<SyncResult> | null = null;

/**
 * A run cut short by the browser (the background stopped mid-run, the browser closed) left its progress in
 * storage; at the background's start no run is under way, so that progress is cleared (else "Đồng bộ ngay"
 * would stay disabled).
 */
export async function clearStaleProgress(): Promise<void> {
  if (!running && (await readStatus()).running) await writeStatus({ running: null });
}

/** One run; a second request while one runs gets the first one's result. */
export function syncNow(): Promise<SyncResult> {
  running ??= runOnce().finally(() => {
    running = null;
  });
  return running;
}

async function runOnce(): Promise<SyncResult> {
  const config = await readConfig();
  const at = () => new Date().toISOString();
  let result: SyncResult;
  if (!config) result = { ok: false, error: 'syncErrNotSetUp', detail: 'sync is not set up' };
  else if (!(await hasServerPermission(config.folder))) result = { ok: false, error: 'syncErrPermission', detail: 'no host permission for the server' };
  else {
    let last = 0;
    const onProgress = (p: SyncProgress) => {
      // Storage writes wake every open library page: a few a second are enough for a progress bar.
      if (Date.now() - last < 250 && p.done !== p.total) return;
      last = Date.now();
      void writeStatus({ running: p });
    };
    await writeStatus({ running: { phase: 'connect', done: 0, total: 3 } });
    const memoryRaw = (await browser.storage.local.get(SYNC_MEMORY_KEY))[SYNC_MEMORY_KEY];
    result = await runSync({
      db: await library(),
      config,
      memory: parseMemory(memoryRaw),
      saveMemory: (memory) => browser.storage.local.set({ [SYNC_MEMORY_KEY]: memory }),
      onProgress,
      // Arriving articles pass the backup import's sanitiser; in Chrome its offscreen document runs it.
      sanitise: sanitizedArticleHtml,
      follows: followsForSync,
    });
    await releasePageReader().catch(() => undefined);
  }
  if (result.ok) {
    const { sent, received, quarantined, deleted } = result;
    await writeStatus({ running: null, lastSyncAt: at(), lastError: null, lastCounts: { sent, received, quarantined, deleted } });
  } else await writeStatus({ running: null, lastError: { key: result.error, at: at() } });
  return result;
}

/** Checks the server, login and passphrase; stores the config (with key material, never the passphrase) only when all are right. */
export async function setUpSyncHere(request: SyncSetupRequest): Promise<SetupResult> {
  if (!(await hasServerPermission(request.folder))) return { ok: false, error: 'syncErrPermission', detail: 'no host permission for the server' };
  const previous = await readConfig();
  const result = await setUpSync({ ...request, timeoutSeconds: previous?.timeoutSeconds ?? 30 });
  if (!result.ok) {
    await writeStatus({ lastError: { key: result.error, at: new Date().toISOString() } });
    return result;
  }
  const config: SyncConfig = {
    folder: request.folder,
    username: request.username,
    password: request.password,
    keyMaterial: result.keyMaterial,
    auto: request.auto,
    timeoutSeconds: previous?.timeoutSeconds ?? 30,
  };
  // Another folder or another library is another sync: what this device remembered of the old one is dropped.
  const sameLibrary = previous && previous.folder === config.folder && previous.keyMaterial === config.keyMaterial;
  await browser.storage.local.set({ [SYNC_CONFIG_KEY]: config, ...(sameLibrary ? {} : { [SYNC_STATUS_KEY]: { ...IDLE_STATUS } }) });
  if (!sameLibrary) await browser.storage.local.remove(SYNC_MEMORY_KEY);
  await scheduleAutoSync();
  return result;
}

/** Sync on the alarm, or only when asked. */
export async function setAutoSync(auto: boolean): Promise<{ ok: boolean }> {
  const config = await readConfig();
  if (!config) return { ok: false };
  await browser.storage.local.set({ [SYNC_CONFIG_KEY]: { ...config, auto } });
  await scheduleAutoSync();
  return { ok: true };
}

/** Turns sync off on this device: the config and memory go; the library and the server's files stay. */
export async function turnOffSync(): Promise<{ ok: boolean }> {
  await browser.storage.local.remove([SYNC_CONFIG_KEY, SYNC_MEMORY_KEY, SYNC_STATUS_KEY]);
  await scheduleAutoSync();
  return { ok: true };
}
