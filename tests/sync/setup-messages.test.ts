// The sync messages between the library page and the background, and the stored settings: only exact shapes
// are accepted, plain http only for this computer, and the stored record never carries the passphrase.
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../utils/messaging/protocol';
import { normaliseFolderUrl, parseSyncConfig, serverOrigin } from '../../utils/sync/config';
import { parseSyncStatus } from '../../utils/sync/status';

const setup = { type: 'tinsach/sync-setup', folder: 'https://cloud.example.vn/remote.php/dav/files/lan/TinSach/', username: 'lan', password: 'p', passphrase: 'cây đa giếng nước', auto: true };

describe('sync messages', () => {
  it('accepts the exact setup, sync and auto shapes and nothing else', () => {
    expect(parseMessage(setup)).toEqual(setup);
    expect(parseMessage({ type: 'tinsach/sync-now', extra: 1 })).toEqual({ type: 'tinsach/sync-now' });
    expect(parseMessage({ type: 'tinsach/sync-auto', auto: false })).toEqual({ type: 'tinsach/sync-auto', auto: false });
    expect(parseMessage({ type: 'tinsach/sync-auto', auto: 'yes' })).toBeNull();
    expect(parseMessage({ ...setup, folder: 'javascript:alert(1)' })).toBeNull();
    expect(parseMessage({ ...setup, auto: undefined })).toBeNull();
    expect(parseMessage({ ...setup, passphrase: 'x'.repeat(5000) })).toBeNull();
    expect(parseMessage(Object.assign(Object.create({ type: 'tinsach/sync-now' }), {}))).toBeNull();
  });
});

describe('sync settings', () => {
  it('takes https anywhere and http only for this computer, in one form', () => {
    expect(normaliseFolderUrl(' https://cloud.example.vn/remote.php/dav/files/lan/TinSach ')).toEqual({ url: 'https://cloud.example.vn/remote.php/dav/files/lan/TinSach/' });
    expect(normaliseFolderUrl('http://127.0.0.1:8080/dav/')).toEqual({ url: 'http://127.0.0.1:8080/dav/' });
    expect(normaliseFolderUrl('http://localhost/dav/')).toEqual({ url: 'http://localhost/dav/' });
    expect(normaliseFolderUrl('http://nas.local/dav/')).toEqual({ problem: 'syncUrlNotHttps' });
    expect(normaliseFolderUrl('ftp://nas.local/dav/')).toEqual({ problem: 'syncUrlNotHttps' });
    expect(normaliseFolderUrl('https://lan:secret@cloud.example.vn/dav/')).toEqual({ problem: 'syncUrlInvalid' });
    expect(normaliseFolderUrl('cloud.example.vn')).toEqual({ problem: 'syncUrlInvalid' });
  });

  it('asks for the server’s host only, without a port (Firefox match patterns take none)', () => {
    expect(serverOrigin('https://cloud.example.vn:8443/remote.php/dav/files/lan/TinSach/')).toBe('https://cloud.example.vn/*');
  });

  it('reads a stored config field by field; a tampered address is no config at all', () => {
    const stored = { folder: 'https://cloud.example.vn/TinSach/', username: 'lan', password: 'p', keyMaterial: 'AAAA', auto: true, timeoutSeconds: 99999 };
    expect(parseSyncConfig(stored)).toEqual({ ...stored, timeoutSeconds: 30 });
    expect(parseSyncConfig({ ...stored, folder: 'http://evil.example/' })).toBeNull();
    expect(parseSyncConfig({ ...stored, keyMaterial: undefined })).toBeNull();
  });

  it('reads a stored status; an unknown error key or phase is not shown', () => {
    expect(parseSyncStatus({ lastError: { key: 'syncErrMadeUp', at: 'x' }, running: { phase: 'explode', done: 1, total: 2 } })).toEqual({
      lastSyncAt: null,
      lastCounts: null,
      lastError: null,
      running: null,
    });
  });
});
