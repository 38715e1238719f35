// Setting sync up on this device: the folder is reached with the reader's login, its keycheck is read (or, for
// the first device, made), and the passphrase is turned into the key material the device keeps. A wrong
// passphrase is found here, before anything is stored or written: the reader is told, and nothing changes.
import { createKeycheck, deriveKeyMaterial, parseKeycheck } from './crypto';
import { WebDavClient, WebDavError } from './webdav';
import { SyncFailure, syncErrorKey, type SyncErrorKey } from './failure';
import { KEYCHECK_NAME } from './run';

export interface SetupInput {
  folder: string;
  username: string;
  password: string;
  passphrase: string;
  timeoutSeconds: number;
}

export type SetupResult = { ok: true; keyMaterial: string; created: boolean } | { ok: false; error: SyncErrorKey; detail: string };

/** A passphrase shorter than this is refused before any work: the server holds files anyone could try it on. */
export const MIN_PASSPHRASE_LENGTH = 8;

export async function setUpSync(input: SetupInput, fetcher?: typeof fetch): Promise<SetupResult> {
  try {
    if (input.passphrase.length < MIN_PASSPHRASE_LENGTH) throw new SyncFailure('syncErrPassphraseShort', 'passphrase too short');
    const dav = new WebDavClient({ folder: input.folder, username: input.username, password: input.password, fetch: fetcher, timeoutMs: input.timeoutSeconds * 1000 });
    try {
      await dav.list();
    } catch (error) {
      if (!(error instanceof WebDavError) || error.status !== 404) throw error;
      await dav.makeFolder();
    }
    let created = false;
    let file = await dav.get(KEYCHECK_NAME);
    if (!file) {
      const { keycheck } = await createKeycheck(input.passphrase);
      const put = await dav.create(KEYCHECK_NAME, new TextEncoder().encode(JSON.stringify(keycheck)));
      created = put.ok;
      // Another device made the library at the same moment: its keycheck is the one to use.
      file = await dav.get(KEYCHECK_NAME);
      if (!file) throw new SyncFailure('syncErrUnexpected', 'the keycheck just written is not there');
    }
    let raw: unknown;
    try {
      raw = JSON.parse(new TextDecoder().decode(file.bytes));
    } catch {
      throw new SyncFailure('syncErrMalformed', 'the keycheck is not JSON');
    }
    const keycheck = parseKeycheck(raw);
    if (!keycheck) throw new SyncFailure('syncErrMalformed', 'the keycheck is not one Tin Sạch writes');
    return { ok: true, keyMaterial: await deriveKeyMaterial(input.passphrase, keycheck), created };
  } catch (error) {
    return { ok: false, error: syncErrorKey(error), detail: error instanceof Error ? error.message : String(error) };
  }
}
