// @vitest-environment jsdom
// The sync card: the address is checked before anything is asked, setup runs then syncs, each outcome is said
// in words, the last error is shown in the reader's language, and a run's progress shows as a bar.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncSettings, type SyncSettingsDeps } from '../../components/library/SyncSettings';
import { configureI18n } from '../../utils/i18n/i18n';
import { IDLE_STATUS, type SyncStatus } from '../../utils/sync/status';
import { byTestId, changeValue, click, mount, settle, unmount } from './helpers';

let container: HTMLElement | null = null;
afterEach(() => {
  if (container) unmount(container);
  container = null;
});
beforeEach(() => configureI18n({ override: 'vi' }));

function fakeDeps(setUp: SyncSettingsDeps['load'] extends () => Promise<infer R> ? R : never) {
  let listener: ((s: SyncStatus) => void) | null = null;
  const deps = {
    load: vi.fn(async () => setUp),
    watch: (cb: (s: SyncStatus) => void) => {
      listener = cb;
      return () => (listener = null);
    },
    setUp: vi.fn<SyncSettingsDeps['setUp']>(async () => ({ ok: true, keyMaterial: 'x', created: true })),
    syncNow: vi.fn<SyncSettingsDeps['syncNow']>(async () => ({ ok: true, sent: 3, received: 2, quarantined: 0, deleted: 0 })),
    setAuto: vi.fn(async () => undefined),
    turnOff: vi.fn(async () => undefined),
  } satisfies SyncSettingsDeps;
  return { deps, push: (s: SyncStatus) => listener?.(s) };
}

const input = (name: string) => container!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const cardStatus = () => byTestId(container!, 'sync-settings').querySelector('[data-testid="status-message"]')!.textContent!;

async function fill(folder: string) {
  await changeValue(input('folder'), folder, 'input');
  await changeValue(input('username'), 'lan', 'input');
  await changeValue(input('password'), 'app-password', 'input');
  await changeValue(input('passphrase'), 'cây đa giếng nước', 'input');
}

describe('SyncSettings', () => {
  it('refuses a plain-http address on another host before asking for anything', async () => {
    const { deps } = fakeDeps({ setUp: null, status: { ...IDLE_STATUS } });
    container = mount(<SyncSettings deps={deps} lang="vi" />);
    await settle();
    await fill('http://cloud.example.vn/remote.php/dav/files/lan/TinSach/');
    await click(byTestId(container, 'sync-setup'));
    await settle();
    expect(deps.setUp).not.toHaveBeenCalled();
    expect(cardStatus()).toMatch(/phải bắt đầu bằng https:\/\//i);
  });

  it('sets up with the folder in its one form, then syncs and says what moved', async () => {
    const { deps } = fakeDeps({ setUp: null, status: { ...IDLE_STATUS } });
    container = mount(<SyncSettings deps={deps} lang="vi" />);
    await settle();
    await fill('https://cloud.example.vn/remote.php/dav/files/lan/TinSach');
    await click(byTestId(container, 'sync-setup'));
    await settle();
    expect(deps.setUp).toHaveBeenCalledWith({
      folder: 'https://cloud.example.vn/remote.php/dav/files/lan/TinSach/',
      username: 'lan',
      password: 'app-password',
      passphrase: 'cây đa giếng nước',
      auto: true,
    });
    expect(deps.syncNow).toHaveBeenCalledTimes(1);
    expect(cardStatus()).toBe('Đã đồng bộ: gửi 3 bài, nhận 2 bài.');
    // The passphrase does not stay in the form.
    expect(input('passphrase').value).toBe('');
  });

  it('says a wrong passphrase in words and does not sync', async () => {
    const { deps } = fakeDeps({ setUp: null, status: { ...IDLE_STATUS } });
    deps.setUp.mockResolvedValueOnce({ ok: false, error: 'syncErrPassphrase', detail: 'x' });
    container = mount(<SyncSettings deps={deps} lang="vi" />);
    await settle();
    await fill('https://cloud.example.vn/TinSach/');
    await click(byTestId(container, 'sync-setup'));
    await settle();
    expect(deps.syncNow).not.toHaveBeenCalled();
    expect(cardStatus()).toMatch(/^Cụm mật khẩu không đúng/);
  });

  it('shows the last sync, the last error in the reader’s language, and a run’s progress', async () => {
    configureI18n({ override: 'en' });
    const status: SyncStatus = { ...IDLE_STATUS, lastSyncAt: '2026-12-01T08:00:00.000Z', lastError: { key: 'syncErrTimeout', at: '2026-12-02T08:00:00.000Z' } };
    const { deps, push } = fakeDeps({ setUp: { folder: 'https://cloud.example.vn/TinSach/', username: 'lan', auto: false }, status });
    container = mount(<SyncSettings deps={deps} lang="en" />);
    await settle();
    expect(byTestId(container, 'sync-state').textContent).toMatch(/Last successful sync: 1 December 2026/);
    expect(byTestId(container, 'sync-last-error').textContent).toMatch(/did not answer in time/);
    push({ ...status, running: { phase: 'download', done: 3, total: 8 } });
    await settle();
    const bar = container.querySelector('progress')!;
    expect([bar.value, bar.max]).toEqual([3, 8]);
    expect(container.textContent).toContain('Receiving articles from the server…');
    expect(byTestId<HTMLButtonElement>(container, 'sync-now').disabled).toBe(true);
  });
});
