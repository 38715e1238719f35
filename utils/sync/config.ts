// What the reader set up for sync, as kept in extension storage. The server address is checked here once, so
// every other part of sync can trust it: https, or plain http only for this computer (a test server, a NAS
// tunnel on localhost), because Basic authentication sends the app password with every request.

export interface SyncConfig {
  /** The sync folder, ending in '/'. */
  folder: string;
  username: string;
  /** The server's app password: sent only to `folder`'s origin, in the Authorization header. */
  password: string;
  /**
   * The 64 bytes PBKDF2 derived from the passphrase (base64), never the passphrase itself: an alarm can sync
   * without asking for it, and it cannot be recovered from these bytes (utils/sync/crypto.ts deriveKeyMaterial).
   */
  keyMaterial: string;
  /** Sync on an alarm (every AUTO_SYNC_MINUTES) besides "Đồng bộ ngay". */
  auto: boolean;
  /** Seconds one request may take before the run gives up (a hanging server). */
  timeoutSeconds: number;
}

export const SYNC_CONFIG_KEY = 'syncConfig';
export const AUTO_SYNC_MINUTES = 30;
export const DEFAULT_TIMEOUT_SECONDS = 30;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The folder address in its one accepted form (ends in '/'), or the catalog key saying what is wrong with it. */
export function normaliseFolderUrl(raw: string): { url: string } | { problem: 'syncUrlInvalid' | 'syncUrlNotHttps' } {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: 'syncUrlInvalid' };
  }
  if (url.username || url.password || url.search || url.hash) return { problem: 'syncUrlInvalid' };
  if (url.protocol === 'http:' && !LOCAL_HOSTS.has(url.hostname)) return { problem: 'syncUrlNotHttps' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { problem: 'syncUrlNotHttps' };
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return { url: url.href };
}

/**
 * The host permission sync needs: the server's host only. Without a port: Firefox's match patterns take none
 * (a pattern with one is granted but never matches, so every request fails), and without one both browsers
 * match every port of that host.
 */
export function serverOrigin(folder: string): string {
  const url = new URL(folder);
  return `${url.protocol}//${url.hostname}/*`;
}

/** A stored config, or null when there is none or it is not one this version wrote. */
export function parseSyncConfig(raw: unknown): SyncConfig | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const c = raw as Record<string, unknown>;
  if (typeof c.folder !== 'string' || typeof c.username !== 'string' || typeof c.password !== 'string' || typeof c.keyMaterial !== 'string') return null;
  const folder = normaliseFolderUrl(c.folder);
  if (!('url' in folder)) return null;
  const timeout = Number.isInteger(c.timeoutSeconds) && (c.timeoutSeconds as number) >= 1 && (c.timeoutSeconds as number) <= 600 ? (c.timeoutSeconds as number) : DEFAULT_TIMEOUT_SECONDS;
  return { folder: folder.url, username: c.username, password: c.password, keyMaterial: c.keyMaterial, auto: c.auto === true, timeoutSeconds: timeout };
}
