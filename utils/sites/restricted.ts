// Pages the browser never lets an extension read. Asking anyway throws deep inside `scripting`, so the
// popup checks first and explains instead of showing a blank or an error.

const RESTRICTED_SCHEMES = [
  'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:', 'devtools:', 'edge:', 'brave:', 'opera:',
  'vivaldi:', 'about:', 'moz-extension:', 'resource:', 'view-source:', 'data:', 'javascript:', 'blob:', 'file:',
];

// Extension stores block content scripts by policy in both browsers.
const STORE_HOSTS = ['chrome.google.com', 'chromewebstore.google.com', 'microsoftedge.microsoft.com', 'addons.mozilla.org', 'addons.opera.com'];

export type RestrictedKind = 'browser-page' | 'store' | 'pdf' | 'no-url';

/** Why the page at `url` cannot be read, or null when it can. */
export function restrictedKind(url: string | undefined | null): RestrictedKind | null {
  if (!url) return 'no-url';
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'no-url';
  }
  if (u.protocol === 'file:' && !/\.pdf$/i.test(u.pathname)) return 'browser-page';
  if (/\.pdf$/i.test(u.pathname)) return 'pdf';
  if (RESTRICTED_SCHEMES.includes(u.protocol)) return 'browser-page';
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'browser-page';
  if (STORE_HOSTS.includes(u.hostname) && (u.hostname !== 'chrome.google.com' || u.pathname.startsWith('/webstore'))) return 'store';
  return null;
}
