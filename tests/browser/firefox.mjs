// Browser tests in Firefox ESR: the same scenario suite (tests/browser/scenarios.mjs) against the Firefox MV2
// build, driven by puppeteer-core over WebDriver BiDi on Debian's /usr/bin/firefox-esr (no geckodriver).
// The first scenario, "firefox smoke", proves the registered content script runs on a gov host and that the
// extractor answers, without any UI. Usage:
//   node tests/browser/firefox.mjs [--only=smoke,foundation] [--headed] [--extension=DIR]
// Prints one line per scenario and, last, `N passed, N failed`; exits non-zero on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { FIREFOX_PATH, launchFirefox } from './firefox-driver.mjs';
import { parseArgs, runSuite } from './run.mjs';
import { PROJECT_ROOT } from './server.mjs';

const { only, headed, extension } = parseArgs(process.argv.slice(2));
// --extension=DIR tests another unpacked build (e.g. a copy with a patched manifest).
const extensionDir = extension ? path.resolve(extension) : path.join(PROJECT_ROOT, '.output/firefox-mv2');

if (!fs.existsSync(FIREFOX_PATH)) {
  console.error(`Firefox ESR not found at ${FIREFOX_PATH} — run: apt-get install -y firefox-esr`);
  process.exit(1);
}
if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
  console.error(`No Firefox build at ${path.relative(PROJECT_ROOT, extensionDir)}/manifest.json — run: npm run build`);
  process.exit(1);
}

process.exitCode = await runSuite({ browserName: 'firefox', extensionDir, launch: launchFirefox, only, headed });
