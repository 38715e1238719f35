// "Đồng bộ": the reader's own WebDAV folder (Nextcloud, a NAS…) keeps the library the same on every device.
// The form sets it up (server address, user name, app password, passphrase), "Đồng bộ ngay" runs it, a box turns
// the automatic sync on, and the last sync, the last error and a run's progress are said in words. Data and
// actions come through `deps` (entrypoints/library/mount.tsx); nothing here talks to the server.
import { useEffect, useState } from 'preact/hooks';
import { t, type Lang, type MessageKey } from '../../utils/i18n/i18n';
import { formatDate, formatNumber } from '../../utils/ui/format';
import { normaliseFolderUrl } from '../../utils/sync/config';
import type { SyncStatus } from '../../utils/sync/status';
import type { SyncResult } from '../../utils/sync/run';
import type { SetupResult } from '../../utils/sync/setup';
import { StatusLine, type Status } from '../StatusLine';
import './sync-settings.css';

export interface SyncSetupInput {
  folder: string;
  username: string;
  /** Empty: keep the stored app password. */
  password: string;
  passphrase: string;
  auto: boolean;
}

export interface SyncSettingsDeps {
  /** What is set up (never the password or key material) and the last status. */
  load(): Promise<{ setUp: { folder: string; username: string; auto: boolean } | null; status: SyncStatus }>;
  /** Calls back on every status change (a run started by the alarm too); returns the unsubscribe. */
  watch(onStatus: (status: SyncStatus) => void): () => void;
  /** Asks for the server's host permission (within the click), then checks and stores. */
  setUp(input: SyncSetupInput): Promise<SetupResult>;
  syncNow(): Promise<SyncResult>;
  setAuto(auto: boolean): Promise<void>;
  turnOff(): Promise<void>;
}

const PHASE_KEYS: Record<NonNullable<SyncStatus['running']>['phase'], MessageKey> = {
  connect: 'syncPhaseConnect',
  upload: 'syncPhaseUpload',
  download: 'syncPhaseDownload',
  apply: 'syncPhaseApply',
};

function resultStatus(result: SyncResult | SetupResult, lang: Lang): Status {
  if (!result.ok) return { text: t(result.error), tone: 'error' };
  if ('keyMaterial' in result) return { text: t('syncSetUpDone'), tone: 'ok' };
  return { text: t('syncDone', [formatNumber(result.sent, lang), formatNumber(result.received, lang)]), tone: 'ok' };
}

export function SyncSettings({ deps, lang }: { deps: SyncSettingsDeps; lang: Lang }) {
  const [setUp, setSetUp] = useState<{ folder: string; username: string; auto: boolean } | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [folder, setFolder] = useState('');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [auto, setAuto] = useState(true);
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<Status | null>(null);

  useEffect(() => {
    let live = true;
    void deps.load().then((loaded) => {
      if (!live) return;
      setSetUp(loaded.setUp);
      setStatus(loaded.status);
      if (loaded.setUp) {
        setFolder(loaded.setUp.folder);
        setUsername(loaded.setUp.username);
        setAuto(loaded.setUp.auto);
      }
    });
    const stop = deps.watch((s) => live && setStatus(s));
    return () => {
      live = false;
      stop();
    };
  }, [deps]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = normaliseFolderUrl(folder);
    if (!('url' in checked)) return setAnswer({ text: t(checked.problem), tone: 'error' });
    if (!username.trim() || (!setUp && !password)) return setAnswer({ text: t('syncLoginMissing'), tone: 'error' });
    setBusy(true);
    setAnswer({ text: t('syncChecking'), tone: 'info' });
    try {
      const result = await deps.setUp({ folder: checked.url, username: username.trim(), password, passphrase, auto });
      setAnswer(resultStatus(result, lang));
      if (result.ok) {
        setSetUp({ folder: checked.url, username: username.trim(), auto });
        setFolder(checked.url);
        setPassword('');
        setPassphrase('');
        setAnswer(resultStatus(await deps.syncNow(), lang));
      }
    } catch {
      setAnswer({ text: t('syncErrUnknown'), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const runNow = async () => {
    setBusy(true);
    setAnswer(null);
    try {
      setAnswer(resultStatus(await deps.syncNow(), lang));
    } catch {
      setAnswer({ text: t('syncErrUnknown'), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const running = status?.running ?? null;
  const last = status?.lastSyncAt ? t('syncLast', formatDate(status.lastSyncAt, lang, { withTime: true })) : t('syncNever');
  return (
    <section class="card sync" aria-labelledby="sync-heading" data-testid="sync-settings">
      <h2 id="sync-heading">{t('syncHeading')}</h2>
      <p class="meta">{t('syncHint')}</p>
      {setUp ? (
        <div class="sync-state" data-testid="sync-state">
          <p>{last}</p>
          {status?.lastError ? (
            <p class="sync-error" data-testid="sync-last-error">
              {t('syncLastError', [formatDate(status.lastError.at, lang, { withTime: true }), t(status.lastError.key)])}
            </p>
          ) : null}
          {running ? (
            <div class="sync-progress">
              <label for="sync-progress">{t(PHASE_KEYS[running.phase])}</label>
              <progress id="sync-progress" max={Math.max(1, running.total)} value={running.done} />
            </div>
          ) : null}
          <div class="actions">
            <button type="button" class="btn btn-primary" data-testid="sync-now" disabled={busy || running !== null} onClick={() => void runNow()}>
              {t('syncNowAction')}
            </button>
            <span class="field-check">
              <input
                id="sync-auto"
                type="checkbox"
                checked={setUp.auto}
                onChange={(e) => {
                  const on = (e.currentTarget as HTMLInputElement).checked;
                  setSetUp({ ...setUp, auto: on });
                  void deps.setAuto(on);
                }}
              />
              <label for="sync-auto">{t('syncAutoLabel')}</label>
            </span>
          </div>
        </div>
      ) : null}
      <StatusLine status={answer} />
      <details class="sync-form" open={!setUp}>
        <summary>{setUp ? t('syncChangeSettings') : t('syncSetUpHeading')}</summary>
        <form onSubmit={(e) => void submit(e)}>
          <label class="field">
            {t('syncUrlLabel')}
            <input type="url" name="folder" inputMode="url" autoComplete="url" required value={folder} placeholder="https://cloud.example.vn/remote.php/dav/files/lan/TinSach/" onInput={(e) => setFolder((e.currentTarget as HTMLInputElement).value)} />
            <span class="meta">{t('syncUrlHelp')}</span>
          </label>
          <label class="field">
            {t('syncUserLabel')}
            <input type="text" name="username" autoComplete="username" required value={username} onInput={(e) => setUsername((e.currentTarget as HTMLInputElement).value)} />
          </label>
          <label class="field">
            {t('syncPasswordLabel')}
            <input type="password" name="password" autoComplete="current-password" value={password} placeholder={setUp ? t('syncPasswordKept') : ''} onInput={(e) => setPassword((e.currentTarget as HTMLInputElement).value)} />
            <span class="meta">{t('syncPasswordHelp')}</span>
          </label>
          <label class="field">
            {t('syncPassphraseLabel')}
            <input type="password" name="passphrase" autoComplete="new-password" required minLength={8} value={passphrase} onInput={(e) => setPassphrase((e.currentTarget as HTMLInputElement).value)} />
            <span class="meta">{t('syncPassphraseHelp')}</span>
          </label>
          {setUp ? null : (
            <span class="field-check">
              <input id="sync-auto-new" type="checkbox" checked={auto} onChange={(e) => setAuto((e.currentTarget as HTMLInputElement).checked)} />
              <label for="sync-auto-new">{t('syncAutoLabel')}</label>
            </span>
          )}
          <div class="actions">
            <button type="submit" class="btn btn-primary" data-testid="sync-setup" disabled={busy}>
              {t('syncSetUpAction')}
            </button>
            {setUp ? (
              <button
                type="button"
                class="btn"
                data-testid="sync-off"
                disabled={busy}
                onClick={() =>
                  void deps.turnOff().then(() => {
                    setSetUp(null);
                    setAnswer({ text: t('syncTurnedOff'), tone: 'info' });
                  })
                }
              >
                {t('syncOffAction')}
              </button>
            ) : null}
          </div>
        </form>
      </details>
    </section>
  );
}
