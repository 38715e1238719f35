// A fresh Chromium profile for `npm start` with Tin Sạch's icon pinned to the toolbar (not hidden in the
// extensions menu). An unpacked extension's id is derived from its directory: the first 32 hex digits of the
// SHA-256 of the absolute path, each digit 0–f written as a–p; the profile's Preferences then list that id
// under extensions.pinned_extensions, which Chromium reads on first start.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function unpackedExtensionId(absoluteDir) {
  const hex = createHash('sha256').update(absoluteDir).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + parseInt(d, 16))).join('');
}

/** Writes Default/Preferences into an empty profile directory: the extension pinned, no first-run bubbles. */
export function writePinnedProfile(profileDir, extensionId) {
  const dir = join(profileDir, 'Default');
  mkdirSync(dir, { recursive: true });
  const prefs = { extensions: { pinned_extensions: [extensionId] }, browser: { has_seen_welcome_page: true } };
  writeFileSync(join(dir, 'Preferences'), JSON.stringify(prefs));
}
