// Browser tests in Chromium: the scenario suite (tests/browser/scenarios.mjs) against the Chrome MV3 build,
// driven by playwright-core on Debian's /usr/bin/chromium. Usage:
//   node tests/browser/chromium.mjs [--only=smoke,foundation] [--headed] [--extension=DIR]
// Prints one line per scenario and, last, `N passed, N failed`; exits non-zero on any failure.
import fs from 'node:fs';
import path from 'node:path';
import { CHROMIUM_PATH, launchChromium } from './chromium-driver.mjs';
import { parseArgs, runSuite } from './run.mjs';
import { PROJECT_ROOT } from './server.mjs';

const { only, headed, extension } = parseArgs(process.argv.slice(2));
// --extension=DIR tests another unpacked build (e.g. a copy with a patched manifest).
const extensionDir = extension ? path.resolve(extension) : path.join(PROJECT_ROOT, '.output/chrome-mv3');

if (!fs.existsSync(CHROMIUM_PATH)) {
  console.error(`Chromium not found at ${CHROMIUM_PATH} — run: apt-get install -y chromium`);
  process.exit(1);
}
if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) {
  console.error(`No Chrome build at ${path.relative(PROJECT_ROOT, extensionDir)}/manifest.json — run: npm run build`);
  process.exit(1);
}

process.exitCode = await runSuite({ browserName: 'chromium', extensionDir, launch: launchChromium, only, headed });
