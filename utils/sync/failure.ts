// Every way a sync run can fail, as the catalog key of the sentence the reader sees ("Máy chủ không trả lời kịp"),
// never a stack trace. The key is stored with the time, so the library shows the last error in the reader's
// language even when the run happened on an alarm with no page open.
import { DamagedFileError, WrongPassphraseError } from './crypto';
import { WebDavError } from './webdav';

export const SYNC_ERROR_KEYS = [
  'syncErrPassphrase',
  'syncErrPassphraseShort',
  'syncErrAuth',
  'syncErrServer',
  'syncErrTimeout',
  'syncErrTooLarge',
  'syncErrRedirect',
  'syncErrMalformed',
  'syncErrOffline',
  'syncErrUnexpected',
  'syncErrDamaged',
  'syncErrPermission',
  'syncErrNotSetUp',
  'syncErrBusy',
  'syncErrUnknown',
] as const;

export type SyncErrorKey = (typeof SYNC_ERROR_KEYS)[number];

export const isSyncErrorKey = (value: unknown): value is SyncErrorKey => SYNC_ERROR_KEYS.includes(value as SyncErrorKey);

/** A failure the run itself names (the server's keycheck is malformed, the time limit passed…). */
export class SyncFailure extends Error {
  constructor(readonly key: SyncErrorKey, detail: string) {
    super(detail);
    this.name = 'SyncFailure';
  }
}

const WEBDAV_KEYS: Record<WebDavError['kind'], SyncErrorKey> = {
  auth: 'syncErrAuth',
  server: 'syncErrServer',
  timeout: 'syncErrTimeout',
  'too-large': 'syncErrTooLarge',
  redirect: 'syncErrRedirect',
  malformed: 'syncErrMalformed',
  network: 'syncErrOffline',
  unexpected: 'syncErrUnexpected',
};

export function syncErrorKey(error: unknown): SyncErrorKey {
  if (error instanceof SyncFailure) return error.key;
  if (error instanceof WrongPassphraseError) return 'syncErrPassphrase';
  if (error instanceof DamagedFileError) return 'syncErrDamaged';
  if (error instanceof WebDavError) return WEBDAV_KEYS[error.kind];
  return 'syncErrUnknown';
}
