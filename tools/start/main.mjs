// `npm start`: build the extension for one browser, serve the demo page locally and open the browser with
// Tin Sạch loaded in a fresh profile (its icon pinned in Chromium). `npm start -- firefox` for Firefox.
// Without a display (Linux with no $DISPLAY/$WAYLAND_DISPLAY) it says how to go on and exits 1 before building.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { unpackedExtensionId, writePinnedProfile } from './chromium-profile.mjs';
import { startDemoServer } from './demo-server.mjs';

const firefox = process.argv.includes('firefox');

if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error(
    'npm start: no display ($DISPLAY is not set). Run it under a virtual one: `xvfb-run -a npm start` ' +
      '(apt-get install -y xvfb), or run `npm run build` and load .output/chrome-mv3 at chrome://extensions ' +
      '(Developer mode → Load unpacked).',
  );
  process.exit(1);
}

const build = spawnSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox'] : [])], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const demo = await startDemoServer();
console.log(`Demo page: ${demo.url}`);

/** Runs the browser; the demo server lives as long as it does. */
function runUntilExit(cmd, args) {
  const child = spawn(cmd, args, { stdio: ['inherit', 'inherit', 'pipe'] });
  // Chromium on a desktop without a session bus (xvfb-run, containers) prints a dozen "ERROR:dbus/…" lines that
  // mean nothing for the extension; everything else it says is passed on.
  let rest = '';
  child.stderr.on('data', (chunk) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) if (!/ERROR:dbus\//.test(line)) process.stderr.write(`${line}\n`);
  });
  child.on('error', (e) => {
    console.error(`npm start: could not run ${cmd} (${e.message}).`);
    void demo.close().then(() => process.exit(1));
  });
  child.on('exit', (code) => void demo.close().then(() => process.exit(code ?? 0)));
}

if (firefox) {
  const bin = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(existsSync);
  runUntilExit('npx', ['web-ext', 'run', '--source-dir', '.output/firefox-mv2', '--start-url', demo.url, ...(bin ? ['--firefox', bin] : [])]);
} else {
  // Chromium first: branded Google Chrome (137+) ignores --load-extension.
  const bin = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);
  if (!bin) {
    console.error('npm start: no Chromium found (apt-get install -y chromium). Or load .output/chrome-mv3 by hand at chrome://extensions (Developer mode → Load unpacked).');
    await demo.close();
    process.exit(1);
  }
  const ext = resolve('.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'tin-sach-'));
  writePinnedProfile(profile, unpackedExtensionId(ext));
  const args = [`--user-data-dir=${profile}`, `--load-extension=${ext}`, `--disable-extensions-except=${ext}`, '--no-first-run', '--no-default-browser-check', demo.url];
  if (process.getuid?.() === 0) args.unshift('--no-sandbox');
  console.log(`Opening ${bin} with Tin Sạch loaded and pinned (profile ${profile}). Close the browser to stop.`);
  runUntilExit(bin, args);
}
