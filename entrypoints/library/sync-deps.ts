// Wires the sync card (components/library/SyncSettings.tsx) to the background and extension storage. The host
// permission for the reader's server is asked for first thing in the click (browsers allow the prompt only
// within a user gesture); the background refuses to sync with a server it has no permission for.
import { browser } from '#imports';
import type { SyncSettingsDeps } from '../../components/library/SyncSettings';
import { parseSyncConfig, serverOrigin, SYNC_CONFIG_KEY } from '../../utils/sync/config';
import { parseSyncStatus, SYNC_STATUS_KEY } from '../../utils/sync/status';
import { send } from '../../utils/messaging/messenger';
import { toExtension } from '../../utils/extension/transports';

const noAnswer = { ok: false as const, error: 'syncErrUnknown' as const, detail: 'the background did not answer' };

export function syncDeps(): SyncSettingsDeps {
  return {
    async load() {
      const got = await browser.storage.local.get([SYNC_CONFIG_KEY, SYNC_STATUS_KEY]);
      const config = parseSyncConfig(got[SYNC_CONFIG_KEY]);
      return {
        setUp: config ? { folder: config.folder, username: config.username, auto: config.auto } : null,
        status: parseSyncStatus(got[SYNC_STATUS_KEY]),
      };
    },
    watch(onStatus) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        if (area === 'local' && SYNC_STATUS_KEY in changes) onStatus(parseSyncStatus(changes[SYNC_STATUS_KEY]!.newValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
    async setUp(input) {
      const allowed = await browser.permissions.request({ origins: [serverOrigin(input.folder)] }).catch(() => false);
      if (!allowed) return { ok: false, error: 'syncErrPermission', detail: 'the reader did not allow the server' };
      let password = input.password;
      if (!password) password = parseSyncConfig((await browser.storage.local.get(SYNC_CONFIG_KEY))[SYNC_CONFIG_KEY])?.password ?? '';
      return (await send(toExtension, { type: 'tinsach/sync-setup', ...input, password })) ?? noAnswer;
    },
    async syncNow() {
      return (await send(toExtension, { type: 'tinsach/sync-now' })) ?? noAnswer;
    },
    async setAuto(auto) {
      await send(toExtension, { type: 'tinsach/sync-auto', auto });
    },
    async turnOff() {
      await send(toExtension, { type: 'tinsach/sync-off' });
    },
  };
}
