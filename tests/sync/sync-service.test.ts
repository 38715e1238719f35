// The background's side of sync with WXT's fake browser: a run with nothing set up, or without the server's host
// permission, says so in the stored status and sends nothing; a run cut short by a stopped background does not
// leave "Đồng bộ ngay" disabled; the alarm follows the automatic-sync choice.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { clearStaleProgress, setAutoSync, setUpSyncHere, syncNow, SYNC_ALARM } from '../../utils/extension/sync-service';
import { SYNC_CONFIG_KEY } from '../../utils/sync/config';
import { SYNC_STATUS_KEY } from '../../utils/sync/status';

const stored = async (key: string) => (await browser.storage.local.get(key))[key] as Record<string, unknown> | undefined;
const config = { folder: 'https://cloud.example.vn/TinSach/', username: 'lan', password: 'p', keyMaterial: 'AAAA', auto: false, timeoutSeconds: 30 };

describe('sync in the background', () => {
  let fetched: string[];
  beforeEach(() => {
    fakeBrowser.reset();
    fetched = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(String(url));
      return new Response('', { status: 500 });
    });
  });

  it('with nothing set up: the status says so, and nothing is sent', async () => {
    expect(await syncNow()).toMatchObject({ ok: false, error: 'syncErrNotSetUp' });
    expect((await stored(SYNC_STATUS_KEY))?.lastError).toMatchObject({ key: 'syncErrNotSetUp' });
    expect(fetched).toEqual([]);
  });

  it('without the server’s host permission: refused before anything is sent, and setup stores nothing', async () => {
    vi.spyOn(browser.permissions, 'contains').mockImplementation(async () => false);
    await browser.storage.local.set({ [SYNC_CONFIG_KEY]: config });
    expect(await syncNow()).toMatchObject({ ok: false, error: 'syncErrPermission' });
    await browser.storage.local.remove(SYNC_CONFIG_KEY);
    const setup = await setUpSyncHere({ folder: config.folder, username: 'lan', password: 'p', passphrase: 'cây đa giếng nước', auto: true });
    expect(setup).toMatchObject({ ok: false, error: 'syncErrPermission' });
    expect(await stored(SYNC_CONFIG_KEY)).toBeUndefined();
    expect(fetched).toEqual([]);
  });

  it('clears the progress a stopped background left behind', async () => {
    await browser.storage.local.set({ [SYNC_STATUS_KEY]: { lastSyncAt: null, lastError: null, lastCounts: null, running: { phase: 'upload', done: 2, total: 9 } } });
    await clearStaleProgress();
    expect((await stored(SYNC_STATUS_KEY))?.running).toBeNull();
  });

  it('sets the alarm when automatic sync is on, and clears it when off', async () => {
    await browser.storage.local.set({ [SYNC_CONFIG_KEY]: config });
    await setAutoSync(true);
    expect(await browser.alarms.get(SYNC_ALARM)).toMatchObject({ name: SYNC_ALARM, periodInMinutes: 30 });
    await setAutoSync(false);
    expect(await browser.alarms.get(SYNC_ALARM)).toBeUndefined();
  });
});
