// `npm start`: build, then open Chromium (or Chrome) with Tin Sạch loaded in a fresh profile.
// Use `npm start -- firefox` for Firefox (web-ext run with the Firefox build).
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const firefox = process.argv.includes('firefox');
const build = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const startUrl = 'https://baochinhphu.vn/';
if (firefox) {
  const bin = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  const args = ['web-ext', 'run', '--source-dir', '.output/firefox-mv2', '--start-url', startUrl, ...(bin ? ['--firefox', bin] : [])];
  spawn('npx', args, { stdio: 'inherit' });
} else {
  const bin = ['/usr/bin/chromium', '/usr/bin/google-chrome', '/usr/bin/chromium-browser'].find(existsSync);
  if (!bin) {
    console.error('No Chromium or Chrome found. Install one (apt-get install -y chromium) or load .output/chrome-mv3 by hand at chrome://extensions.');
    process.exit(1);
  }
  const ext = resolve('.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'tin-sach-'));
  const args = [`--user-data-dir=${profile}`, `--load-extension=${ext}`, `--disable-extensions-except=${ext}`, '--no-first-run', startUrl];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  console.log(`Opening ${bin} with Tin Sạch loaded (profile ${profile}).`);
  spawn(bin, args, { stdio: 'inherit', detached: false });
}
