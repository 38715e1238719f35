// End-to-end encryption of everything the library sends to a sync server. The reader's passphrase derives
// two keys in the browser (PBKDF2-SHA256): one encrypts every file with AES-GCM, the other turns each file's
// name into an opaque HMAC. The passphrase and the keys never leave the device; the server holds only a
// small plaintext `keycheck` (salt, iteration count, verifier) and bytes it cannot read.

/** OWASP's figure for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet, 2023). */
export const PBKDF2_ITERATIONS = 600_000;
/** A keycheck asking for more work than this is hostile (it would freeze the browser), not careful. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const VERIFIER_LABEL = 'tin-sach keycheck v1';

/** The file every device reads first: what it needs to derive the keys and check the passphrase. */
export interface Keycheck {
  version: 1;
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  /** base64 */
  salt: string;
  /** base64 HMAC of a fixed label under the name key: equal only when the passphrase is right. */
  verifier: string;
}

export interface SyncKeys {
  /** AES-GCM-256, for file contents. */
  content: CryptoKey;
  /** HMAC-SHA256, for file names and the keycheck verifier. */
  names: CryptoKey;
}

/** The passphrase does not open this library: said in words, and thrown before anything is written. */
export class WrongPassphraseError extends Error {
  constructor() {
    super('Mật khẩu đồng bộ không đúng. Không có gì bị thay đổi. (The sync passphrase is wrong; nothing was changed.)');
    this.name = 'WrongPassphraseError';
  }
}

/** A file that fails authentication was changed, damaged or swapped for another's: never trusted. */
export class DamagedFileError extends Error {
  constructor(name: string) {
    super(`Tệp đồng bộ "${name}" bị hỏng hoặc đã bị sửa. (A sync file is damaged or was altered.)`);
    this.name = 'DamagedFileError';
  }
}

const encoder = new TextEncoder();

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

async function deriveBits(passphrase: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const base = await crypto.subtle.importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  return new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, 512));
}

/** The two keys from the 64 derived bytes (the first half encrypts, the second names). */
async function importKeys(bits: Uint8Array): Promise<SyncKeys> {
  const content = await crypto.subtle.importKey('raw', bits.slice(0, 32), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
  const names = await crypto.subtle.importKey('raw', bits.slice(32), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return { content, names };
}

async function deriveKeys(passphrase: string, salt: Uint8Array, iterations: number): Promise<SyncKeys> {
  const bits = await deriveBits(passphrase, salt, iterations);
  const keys = await importKeys(bits);
  bits.fill(0);
  return keys;
}

async function hmac(keys: SyncKeys, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', keys.names, encoder.encode(text)));
}

/** Constant-time comparison, so the verifier check leaks nothing through timing. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** A new library on a server: a fresh random salt, and the keys it gives. */
export async function createKeycheck(passphrase: string, iterations = PBKDF2_ITERATIONS): Promise<{ keycheck: Keycheck; keys: SyncKeys }> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const keys = await deriveKeys(passphrase, salt, iterations);
  const verifier = await hmac(keys, VERIFIER_LABEL);
  return { keycheck: { version: 1, kdf: 'PBKDF2-SHA256', iterations, salt: toBase64(salt), verifier: toBase64(verifier) }, keys };
}

/** Reads a keycheck from the server (untrusted): null unless every field is as this version writes it. */
export function parseKeycheck(raw: unknown): Keycheck | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const k = raw as Record<string, unknown>;
  if (k.version !== 1 || k.kdf !== 'PBKDF2-SHA256') return null;
  if (!Number.isSafeInteger(k.iterations) || (k.iterations as number) < PBKDF2_ITERATIONS || (k.iterations as number) > MAX_ITERATIONS) return null;
  if (typeof k.salt !== 'string' || typeof k.verifier !== 'string') return null;
  const salt = fromBase64(k.salt);
  const verifier = fromBase64(k.verifier);
  if (!salt || salt.length !== SALT_BYTES || !verifier || verifier.length !== 32) return null;
  return { version: 1, kdf: 'PBKDF2-SHA256', iterations: k.iterations as number, salt: k.salt, verifier: k.verifier };
}

/** The keys for an existing library, or WrongPassphraseError when the passphrase is not the one it was made with. */
export async function unlock(passphrase: string, keycheck: Keycheck): Promise<SyncKeys> {
  const keys = await deriveKeys(passphrase, fromBase64(keycheck.salt)!, keycheck.iterations);
  if (!sameBytes(await hmac(keys, VERIFIER_LABEL), fromBase64(keycheck.verifier)!)) throw new WrongPassphraseError();
  return keys;
}

/** The name a logical file ("article/<id>/<hash>", "state/<device>") has on the server: 64 hex digits. */
export async function opaqueName(keys: SyncKeys, logicalName: string): Promise<string> {
  return [...(await hmac(keys, `name:${logicalName}`))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * iv ‖ AES-GCM(ciphertext ‖ tag). The logical name is bound in as additional data, so a server that swaps two
 * files' bytes (an old state file for a new one, one article for another) is caught on decryption.
 */
export async function encryptFile(keys: SyncKeys, logicalName: string, plain: Uint8Array): Promise<Uint8Array> {
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(logicalName) }, keys.content, plain as BufferSource),
  );
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return out;
}

export async function decryptFile(keys: SyncKeys, logicalName: string, sealed: Uint8Array): Promise<Uint8Array> {
  if (sealed.length < IV_BYTES + 16) throw new DamagedFileError(logicalName);
  try {
    return new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: sealed.slice(0, IV_BYTES), additionalData: encoder.encode(logicalName) },
        keys.content,
        sealed.slice(IV_BYTES),
      ),
    );
  } catch {
    throw new DamagedFileError(logicalName);
  }
}

/**
 * What a device keeps so that sync can run later (on an alarm) without asking for the passphrase again: the 64
 * bytes PBKDF2 derived from it, never the passphrase. The passphrase may be one the reader uses elsewhere and
 * cannot be recovered from these bytes; the bytes open only this sync library, whose articles the same browser
 * profile already holds in plain form.
 */
export async function deriveKeyMaterial(passphrase: string, keycheck: Keycheck): Promise<string> {
  const bits = await deriveBits(passphrase, fromBase64(keycheck.salt)!, keycheck.iterations);
  try {
    const keys = await importKeys(bits);
    if (!sameBytes(await hmac(keys, VERIFIER_LABEL), fromBase64(keycheck.verifier)!)) throw new WrongPassphraseError();
    return toBase64(bits);
  } finally {
    bits.fill(0);
  }
}

/** The keys from stored material, checked against the server's keycheck: a library re-created on the server with
 *  another passphrase (or a keycheck swapped by the server) gives WrongPassphraseError, never a silent mix. */
export async function keysFromMaterial(material: string, keycheck: Keycheck): Promise<SyncKeys> {
  const bits = fromBase64(material);
  if (!bits || bits.length !== 64) throw new WrongPassphraseError();
  const keys = await importKeys(bits);
  bits.fill(0);
  if (!sameBytes(await hmac(keys, VERIFIER_LABEL), fromBase64(keycheck.verifier)!)) throw new WrongPassphraseError();
  return keys;
}
