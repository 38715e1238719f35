// Regenerates the UI screenshots in tests/browser/screenshots/: <browser>-<page>-<theme>-<lang>.png for the popup,
// library and reader, light and dark, Vietnamese and English (plus <browser>-foundation-popup.png, the popup's
// first screen and the library's recovery sections), by running the "foundation", "screenshots", "popup first
// screen" and "damaged record" scenarios of the e2e suite against the current builds.
// Usage: node tools/screenshots.mjs [chromium|firefox]   (default: both; needs `npm run build` first)
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, launchChromium } from '../tests/browser/chromium-driver.mjs';
import { FIREFOX_PATH, launchFirefox } from '../tests/browser/firefox-driver.mjs';
import { runSuite, SCREENSHOT_DIR } from '../tests/browser/run.mjs';
import { PROJECT_ROOT } from '../tests/browser/server.mjs';

const BROWSERS = {
  chromium: { executable: CHROMIUM_PATH, build: '.output/chrome-mv3', launch: launchChromium },
  firefox: { executable: FIREFOX_PATH, build: '.output/firefox-mv2', launch: launchFirefox },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const names = wanted.length ? wanted : Object.keys(BROWSERS);
let exitCode = 0;
for (const name of names) {
  const browser = BROWSERS[name];
  if (!browser) {
    console.error(`unknown browser "${name}" (use: ${Object.keys(BROWSERS).join(', ')})`);
    process.exit(1);
  }
  const extensionDir = path.join(PROJECT_ROOT, browser.build);
  if (!fs.existsSync(browser.executable) || !fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
    console.error(`${name}: needs ${browser.executable} and ${browser.build}/manifest.json (run: npm run build)`);
    exitCode = 1;
    continue;
  }
  const code = await runSuite({ browserName: name, extensionDir, launch: browser.launch, only: ['foundation', 'screenshots', 'popup first screen', 'damaged record'] });
  exitCode ||= code;
}
console.log(`screenshots in ${path.relative(PROJECT_ROOT, SCREENSHOT_DIR)}/`);

// The README shows a selection of them from docs/screenshots/ (tests/browser/screenshots/ is git-ignored).
const DOCS = path.join(PROJECT_ROOT, 'docs/screenshots');
const SELECTION = /^(chromium-(popup|library|reader)-(light|dark)-(vi|en)|chromium-popup-first-(seed|national)-vi|chromium-library-recovery-vi|firefox-(popup|reader)-light-vi)\.png$/;
fs.mkdirSync(DOCS, { recursive: true });
for (const file of fs.readdirSync(SCREENSHOT_DIR)) {
  if (SELECTION.test(file)) fs.copyFileSync(path.join(SCREENSHOT_DIR, file), path.join(DOCS, file));
}
console.log(`README selection copied to ${path.relative(PROJECT_ROOT, DOCS)}/`);
process.exitCode = exitCode;
