// `npm run check` runs this after the build: the shipped manifests and bundles keep the security promises
// the README makes. Fails (exit 1) with one line per broken promise.
import fs from 'node:fs';
import path from 'node:path';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];
// `alarms`: automatic sync (no install warning); the sync server's host is asked for when sync is set up.
const ALLOWED_PERMISSIONS = new Set(['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus', 'alarms']);
const ALLOWED_HOSTS = new Set(['*://*.gov.vn/*', '*://*.dcs.vn/*', '*://*.dangcongsan.vn/*', '*://*.baochinhphu.vn/*']);
// Asked for at run time, never at install (no install warning): an image host (vnecdn.net, cdn.tuoitre.vn…) the
// first time a save needs its photos, one registrable domain at a time. Firefox MV2 lists host patterns among
// optional_permissions, Chrome MV3 in optional_host_permissions.
const OPTIONAL_HOSTS = new Set(['*://*/*']);
const problems = [];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(path.join(dir, d.name)) : [path.join(dir, d.name)],
  );
}

for (const dir of BUILDS) {
  const manifestPath = path.join(dir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    problems.push(`${dir}: no build (run npm run build)`);
    continue;
  }
  const m = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  // The default CSP is the strictest the browsers offer; any override could only loosen it.
  if (m.content_security_policy) problems.push(`${dir}: manifest overrides the default content_security_policy`);
  for (const p of m.permissions ?? []) {
    if (!ALLOWED_PERMISSIONS.has(p) && !ALLOWED_HOSTS.has(p)) problems.push(`${dir}: unexpected permission ${p}`);
  }
  for (const p of [...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])]) {
    if (!OPTIONAL_HOSTS.has(p)) problems.push(`${dir}: unexpected optional permission ${p}`);
  }
  if (![...(m.optional_permissions ?? []), ...(m.optional_host_permissions ?? [])].includes('*://*/*')) {
    problems.push(`${dir}: no optional host permission for image hosts (photos from CDN hosts cannot be saved)`);
  }
  for (const h of m.host_permissions ?? []) if (!ALLOWED_HOSTS.has(h)) problems.push(`${dir}: unexpected host permission ${h}`);
  if (m.web_accessible_resources?.length) problems.push(`${dir}: web_accessible_resources exposes files to web pages`);
  if (m.externally_connectable) problems.push(`${dir}: externally_connectable lets pages message the extension`);
  for (const file of files(dir)) {
    const text = /\.(html|js)$/.test(file) ? fs.readFileSync(file, 'utf8') : '';
    if (file.endsWith('.html') && /<script[^>]+src=["']?(https?:)?\/\//i.test(text)) problems.push(`${file}: loads remote script`);
    if (file.endsWith('.js') && /\bimport\(\s*["']https?:/.test(text)) problems.push(`${file}: imports remote code`);
  }
}

if (problems.length) {
  for (const p of problems) console.error(`check-build: ${p}`);
  process.exit(1);
}
console.log(`check-build: ${BUILDS.length} builds keep the default CSP, the declared permissions and no remote code`);
