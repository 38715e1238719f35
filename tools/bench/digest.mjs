// The digest of a list page, in Debian's Chromium on the local test server (a district portal's "Tin tức - Sự
// kiện" list of 10 articles under its real host name, digest-site.mjs): from opening popup.html?tabId=N
// (navigation start) to the first frame with the digest's list, and to the frame in which all 10 items show
// their quick summary. Each round starts with no cached summary (storage key cleared), so every article is
// fetched, parsed and summarised; a second open of the same round measures the cached case.
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, CHROMIUM_PATH } from '../../tests/browser/chromium-driver.mjs';
import { startTestServer, PROJECT_ROOT } from '../../tests/browser/server.mjs';
import { createDigestSite } from '../../tests/browser/digest-site.mjs';

const ROUNDS = 12;
const ITEMS = 10;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { median: at(50), p95: at(95) };
}

/** Init script: records performance.now() after the first frame where `sel` matches at least `n` elements. */
function countProbe({ marks }) {
  window.__tinsachMarks = {};
  for (const [name, sel, n] of marks) {
    window.__tinsachMarks[name] = new Promise((resolve, reject) => {
      const check = () => {
        if (document.querySelectorAll(sel).length >= n) setTimeout(() => resolve(performance.now()), 0);
        else if (performance.now() > 60_000) reject(new Error(`${sel} ×${n} never appeared`));
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
  }
}

const MARKS = [
  ['list', '[data-testid="digest-item"]', ITEMS],
  ['summaries', '[data-testid="digest-item"][data-state="done"] [data-testid="digest-summary"]', ITEMS],
];

async function openTimed(driver, tabId) {
  const page = await driver.openExtensionPage(`popup.html?tabId=${tabId}`, { width: 420, height: 600 }, { initScript: { fn: countProbe, arg: { marks: MARKS } } });
  const list = await page.evaluate(() => window.__tinsachMarks.list);
  const summaries = await page.evaluate(() => window.__tinsachMarks.summaries);
  await page.close();
  return { list, summaries };
}

export async function run() {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  // TINSACH_BENCH_EXTENSION: another build to measure (an A/B comparison of two builds on one machine).
  const extensionDir = process.env.TINSACH_BENCH_EXTENSION || path.join(PROJECT_ROOT, '.output/chrome-mv3');
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error('no build: run `npm run build` first');
  const server = await startTestServer();
  const site = createDigestSite();
  server.addHandler(site.route);
  const driver = await launchChromium({ extensionDir, server });
  const list = [];
  const summaries = [];
  const cachedSummaries = [];
  try {
    for (let i = 0; i < ROUNDS; i++) {
      await driver.extensionEval(() => (globalThis.browser ?? globalThis.chrome).storage.local.remove('digestSummaries'));
      const tab = await driver.openWebPage(site.listUrl);
      const first = await openTimed(driver, tab.tabId);
      list.push(first.list);
      summaries.push(first.summaries);
      cachedSummaries.push((await openTimed(driver, tab.tabId)).summaries);
      await tab.close();
    }
  } finally {
    await driver.close();
    await server.close();
  }
  const rounded = (xs) => xs.map((x) => Math.round(x));
  return [
    { name: 'digest.popup_to_list.ms', unit: 'ms', ...stats(list), samples: rounded(list) },
    { name: 'digest.popup_to_10_summaries.ms', unit: 'ms', ...stats(summaries), samples: rounded(summaries) },
    { name: 'digest.popup_to_10_summaries.cached.ms', unit: 'ms', ...stats(cachedSummaries), samples: rounded(cachedSummaries) },
  ];
}
