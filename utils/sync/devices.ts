// Which devices share the sync folder. Names on the server are opaque, so a device cannot learn the others from
// a listing; instead each registers once in the first free numbered slot ("device/0", "device/1"…), written
// create-only: two devices registering at once cannot take the same slot (the second gets a 412 and tries
// the next). A slot holds the device's name, encrypted.
import { decryptFile, encryptFile, opaqueName, type SyncKeys } from './crypto';
import type { WebDavClient } from './webdav';

/** More devices than one reader has; also the bound on what a hostile server can make a run read. */
const MAX_SLOTS = 64;

const slotName = (i: number) => `device/${i}`;

/** Every registered device's name (this one's included); a slot that does not decrypt is skipped. */
export async function listDevices(dav: WebDavClient, keys: SyncKeys): Promise<{ devices: string[]; free: number }> {
  const devices: string[] = [];
  for (let i = 0; i < MAX_SLOTS; i++) {
    const file = await dav.get(await opaqueName(keys, slotName(i)));
    if (!file) return { devices, free: i };
    try {
      const name = new TextDecoder().decode(await decryptFile(keys, slotName(i), file.bytes));
      if (/^d[0-9a-f]{16}$/.test(name)) devices.push(name);
    } catch {
      // A damaged slot names no device; the others still sync.
    }
  }
  return { devices, free: MAX_SLOTS };
}

/** Registers `device` in the first free slot from `from` on; returns the slot, or null when every slot is taken. */
export async function registerDevice(dav: WebDavClient, keys: SyncKeys, device: string, from: number): Promise<number | null> {
  for (let i = from; i < MAX_SLOTS; i++) {
    const bytes = await encryptFile(keys, slotName(i), new TextEncoder().encode(device));
    const put = await dav.create(await opaqueName(keys, slotName(i)), bytes);
    if (put.ok) return i;
  }
  return null;
}
