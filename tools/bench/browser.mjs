// Browser benchmarks in Debian's Chromium (playwright-core), pages served on 127.0.0.1 under their real
// host names through the test server used by the browser tests:
//   - the registered content scripts' cost on load of a gov page (the extractor's and the content script's
//     evaluation, and the readerable check; the page's reading that follows is not in it);
//   - popup time-to-first-screen: from opening popup.html?tabId=N (navigation start) to the first frame painted
//     with the title, the summary card and the key-figure chips — what a reader sees at 420×600 — and, in the
//     same opens, to the first frame with the article body and a highlighted figure; cold (first open on a
//     freshly loaded page) and warm (second open, the extractor's cache answers). Each is also given as a
//     ratio to the floor of the same run, which is what the budgets hold: the machine's own speed cancels out;
//   - the reader opening a saved article with its images, with the network off;
//   - the floor: an extension file with no code, opened and timed like the popup (the machine's own cost).
import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, CHROMIUM_PATH } from '../../tests/browser/chromium-driver.mjs';
import { startTestServer, PROJECT_ROOT } from '../../tests/browser/server.mjs';

const SEED = 'seed/baothang-tuyen-van.html';
// Rounds of (cold, warm) popup opens and reader opens: with 30 samples p95 is the 29th, not the maximum.
const OPENS = 30;

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
  return { median: at(50), p95: at(95) };
}

/** performance.now() in the page when `selector` first matches (polled every frame). */
function paintedAt(page, selector) {
  return page.evaluate(
    (sel) =>
      new Promise((resolve, reject) => {
        const deadline = performance.now() + 30_000;
        const check = () => {
          if (document.querySelector(sel)) resolve(performance.now());
          else if (performance.now() > deadline) reject(new Error(`${sel} never appeared`));
          else requestAnimationFrame(check);
        };
        check();
      }),
    selector,
  );
}

/**
 * Runs in the page before its own scripts (an init script): resolves window.__tinsachPainted with
 * performance.now() — ms since the page's navigation started — in the first task after the first frame
 * whose DOM matches `selector` (for the popup: the article body with a highlighted figure). A rAF callback
 * runs before that frame's style, layout and paint; the 0 ms timeout after it runs once they are done.
 * Timed inside the page, so the harness's own round trips (page.goto resolving, page.evaluate arriving)
 * are not counted. Rejects after 30 s, so that a broken build fails the bench instead of hanging it.
 */
function paintProbe(marks) {
  // marks: { name: [selectors that must all match] }; resolves { name: ms } once every mark has painted.
  window.__tinsachPainted = new Promise((resolve, reject) => {
    const times = {};
    const check = () => {
      const now = performance.now();
      for (const [name, selectors] of Object.entries(marks)) {
        if (times[name] === undefined && times[`${name}?`] === undefined && selectors.every((sel) => document.querySelector(sel))) {
          times[`${name}?`] = now;
          setTimeout(() => (times[name] = performance.now()), 0);
        }
      }
      if (Object.keys(marks).every((name) => times[name] !== undefined)) resolve(Object.fromEntries(Object.keys(marks).map((n) => [n, times[n]])));
      else if (now > 30_000) reject(new Error(`${JSON.stringify(marks)} never appeared`));
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  });
}

async function paintTimes(driver, pathAndQuery, marks) {
  const page = await driver.openExtensionPage(pathAndQuery, { width: 420, height: 600 }, {
    initScript: { fn: paintProbe, arg: marks },
  });
  const times = await page.evaluate(() => window.__tinsachPainted);
  await page.close();
  return times;
}

const POPUP_MARKS = {
  firstScreen: ['[data-testid="article-title"]', '[data-testid="summary"] li', '[data-testid="figure-chip"]'],
  body: ['[data-testid="article-body"] mark.fig'],
};
const popupTimes = (driver, tabId) => paintTimes(driver, `popup.html?tabId=${tabId}`, POPUP_MARKS);

export async function run() {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  // TINSACH_BENCH_EXTENSION: another build to measure (an A/B comparison of two builds on one machine).
  const extensionDir = process.env.TINSACH_BENCH_EXTENSION || path.join(PROJECT_ROOT, '.output/chrome-mv3');
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error('no build: run `npm run build` first');
  const server = await startTestServer();
  if (!server.corpusAvailable) throw new Error('../shared/corpus is missing');
  const driver = await launchChromium({ extensionDir, server });
  const results = [];
  try {
    const url = server.corpusUrl(SEED);

    // Content scripts: evaluate the built scripts the manifest registers (the extractor, then the content script)
    // in a page with a stub runtime, as the browser would at document_idle, and time them (evaluation +
    // isProbablyReaderable on the real page). The extractor's guard against a second install is reset each time.
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
    const source = manifest.content_scripts[0].js.map((file) => fs.readFileSync(path.join(extensionDir, file), 'utf8')).join(';\n');
    const contentSamples = [];
    const page = await driver.openWebPage(url);
    for (let i = 0; i < 20; i++) {
      contentSamples.push(
        await page.evaluate((src) => {
          const stub = { runtime: { id: 'bench', sendMessage: () => Promise.resolve(), onMessage: { addListener() {} } } };
          Object.assign(globalThis, { chrome: stub, browser: stub });
          delete globalThis[Symbol.for('tin-sach.extractor')];
          const t0 = performance.now();
          // The benchmark runs the built content script in a test page to time it; this is test code in a
          // page we serve, never extension code (the extension's CSP forbids eval).
          // eslint-disable-next-line no-eval
          (0, eval)(src);
          return performance.now() - t0;
        }, source),
      );
    }
    await page.close();
    results.push({ name: 'browser.content_script.on_load_ms', unit: 'ms', ...stats(contentSamples) });

    // Popup cold and warm: each round loads the page afresh (no cached extraction), opens the popup twice.
    // Between them, the floor: one of the extension's own files with no code (its 128 px icon) opened and
    // timed the same way, which is what this machine and harness cost before the popup does anything.
    const cold = [];
    const warm = [];
    const floor = [];
    for (let i = 0; i < OPENS; i++) {
      const tab = await driver.openWebPage(url);
      cold.push(await popupTimes(driver, tab.tabId));
      floor.push((await paintTimes(driver, 'icon/128.png', { file: ['img'] })).file);
      warm.push(await popupTimes(driver, tab.tabId));
      await tab.close();
    }
    const floorStats = stats(floor);
    results.push({ name: 'browser.floor.extension_file_ms', unit: 'ms', ...floorStats });
    // The samples too (in tools/bench/results.json): with a p95 budget, the spread matters as much as the median.
    const rounded = (xs) => xs.map((x) => Math.round(x * 10) / 10);
    for (const [open, samples] of [['cold', cold], ['warm', warm]]) {
      const first = samples.map((s) => s.firstScreen);
      const body = samples.map((s) => s.body);
      const firstStats = stats(first);
      results.push({ name: `browser.popup.${open}.first_screen_ms`, unit: 'ms', ...firstStats, samples: rounded(first) });
      results.push({ name: `browser.popup.${open}.ms`, unit: 'ms', ...stats(body), samples: rounded(body) });
      // Medians of the same run: the popup's first screen against what opening any extension file costs here.
      results.push({ name: `browser.popup.${open}.first_screen_ratio`, unit: 'ratio', median: Math.round((firstStats.median / floorStats.median) * 100) / 100, p95: null });
      results.push({ name: `browser.popup.${open}.body_ratio`, unit: 'ratio', median: Math.round((stats(body).median / floorStats.median) * 100) / 100, p95: null });
    }

    // Reader offline: save once, take the network away, open the reader repeatedly.
    try {
      results.push(...(await readerOffline(driver, url)));
    } catch (e) {
      // Keep the popup numbers; say loudly that this measure is missing.
      process.stderr.write(`bench: reader offline failed: ${e.message}\n`);
      results.push({ name: 'browser.reader.offline_open_ms', unit: 'ms', median: NaN, p95: NaN, note: `failed: ${e.message}` });
    }
  } finally {
    driver.setOffline(false);
    await driver.close();
    await server.close();
  }
  return results;
}

async function readerOffline(driver, url) {
  const results = [];
  {
    const tab = await driver.openWebPage(url);
    const popup = await driver.openExtensionPage(`popup.html?tabId=${tab.tabId}`, { width: 420, height: 600 });
    await paintedAt(popup, '[data-testid="save-button"]');
    await popup.click('[data-testid="save-button"]');
    await popup.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const deadline = performance.now() + 30_000;
          const check = () => {
            if (document.querySelector('[data-testid="save-button"][data-saved="true"]')) resolve(true);
            else if (performance.now() > deadline) reject(new Error('the article was not saved'));
            else setTimeout(check, 50);
          };
          check();
        }),
    );
    const library = await driver.openExtensionPage('library.html', { width: 1100, height: 800 });
    await paintedAt(library, '[data-testid="library-item"] a[href*="reader.html"]');
    const readerHref = await library.evaluate(() => document.querySelector('[data-testid="library-item"] a[href*="reader.html"]').href);
    await library.close();
    await popup.close();
    await tab.close();
    driver.setOffline(true);
    const reader = [];
    for (let i = 0; i < OPENS; i++) {
      const page = await driver.openExtensionPage(readerHref, { width: 1100, height: 800 });
      reader.push(
        await page.evaluate(
          () =>
            new Promise((resolve, reject) => {
              const deadline = performance.now() + 30_000;
              const check = () => {
                const body = document.querySelector('[data-testid="reader-body"]');
                // Images in view must have loaded (from IndexedDB); lazy ones further down load on scroll.
                const imgs = body ? [...body.querySelectorAll('img')].filter((img) => img.getBoundingClientRect().top < innerHeight) : [];
                if (body && body.textContent.trim() && imgs.every((img) => img.complete)) resolve(performance.now());
                else if (performance.now() > deadline) reject(new Error('the reader never finished'));
                else requestAnimationFrame(check);
              };
              check();
            }),
        ),
      );
      await page.close();
    }
    results.push({ name: 'browser.reader.offline_open_ms', unit: 'ms', ...stats(reader) });
  }
  return results;
}
