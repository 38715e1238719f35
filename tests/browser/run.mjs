// Runs the scenario suite (scenarios.mjs) in one browser: starts the test server, launches the browser through
// the given driver, runs each scenario with its own timeout, prints one line per scenario and the final line
// `N passed, N failed` (read by CI), and returns the exit code.
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, SHARED_DIR, startTestServer } from './server.mjs';
import { scenarios } from './scenarios.mjs';

export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'tests/browser/screenshots');
const DEFAULT_TIMEOUT = 60_000;
/** A stuck browser must not hang CI: the whole run is cut off after this. */
const RUN_LIMIT = 9 * 60_000;

/** `--only=smoke,foundation` (names or titles, case-insensitive), `--headed`, `--extension=DIR`. */
export function parseArgs(argv) {
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const extension = argv.find((a) => a.startsWith('--extension='))?.slice('--extension='.length) || null;
  return { only: only?.length ? only : null, headed: argv.includes('--headed'), extension };
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/**
 * @param {{ browserName: 'chromium'|'firefox', extensionDir: string,
 *           launch: (o: {extensionDir: string, server: object, headless: boolean}) => Promise<import('./driver.mjs').Driver>,
 *           only?: string[]|null, headed?: boolean, select?: (s: object) => boolean }} options
 * @returns {Promise<number>} the process exit code
 */
export async function runSuite({ browserName, extensionDir, launch, only = null, headed = false, select = () => true }) {
  const started = Date.now();
  const watchdog = setTimeout(() => {
    console.log(`FAIL  the whole ${browserName} run took longer than ${RUN_LIMIT / 60_000} minutes`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }, RUN_LIMIT);
  watchdog.unref();
  // A scenario cut off by its timeout keeps running in the background and may reject later; that must not
  // crash the run (the scenario is already counted as failed).
  const late = (e) => console.log(`      (late error, ignored: ${e?.message ?? e})`);
  process.on('unhandledRejection', late);

  const titleOf = (s) => (s.title ? s.title(browserName) : s.name);
  const chosen = scenarios.filter(select).filter((s) => !only || only.includes(s.name.toLowerCase()) || only.includes(titleOf(s).toLowerCase()));
  if (chosen.length === 0) {
    console.log(`no scenario matches ${only?.join(', ')} (have: ${scenarios.map((s) => s.name).join(', ')})`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  for (const f of fs.readdirSync(SCREENSHOT_DIR)) {
    if (f.startsWith(`failed-${browserName}-`)) fs.rmSync(path.join(SCREENSHOT_DIR, f));
  }

  const server = await startTestServer();
  const inCi = Boolean(process.env.CI);
  if (!server.corpusAvailable) {
    const message = `the shared corpus is missing (${SHARED_DIR}/corpus)`;
    console.log(inCi ? `${message}: CI is set, so the scenarios that need it FAIL` : `${message}: the scenarios that need it are SKIPPED`);
  }
  console.log(`${browserName}: extension ${path.relative(PROJECT_ROOT, extensionDir)}, test server ${server.proxy}`);

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  let driver = null;
  try {
    driver = await withTimeout(launch({ extensionDir, server, headless: !headed }), 60_000, `launching ${browserName}`);
  } catch (e) {
    console.log(`FAIL  launch ${browserName}: ${e.message ?? e}`);
    for (const s of chosen) console.log(`FAIL  ${titleOf(s)} (0 ms): the browser did not start`);
    console.log(`0 passed, ${chosen.length} failed`);
    await server.close();
    return 1;
  }

  const state = {};
  for (const scenario of chosen) {
    const title = titleOf(scenario);
    if (scenario.corpus && !server.corpusAvailable && !inCi) {
      console.log(`SKIP  ${title}: needs ${SHARED_DIR}/corpus, which is missing`);
      skipped++;
      continue;
    }
    const opened = [];
    const ctx = {
      browser: browserName,
      driver,
      server,
      state,
      track(page) {
        opened.push(page);
        return page;
      },
      open: {
        web: async (url, { keep = false } = {}) => {
          const page = await driver.openWebPage(url);
          if (!keep) opened.push(page);
          return page;
        },
        ext: async (pathAndQuery, viewport, { keep = false } = {}) => {
          const page = await driver.openExtensionPage(pathAndQuery, viewport);
          if (!keep) opened.push(page);
          return page;
        },
      },
      /** Writes tests/browser/screenshots/<browser>-<name>.png and returns its path. */
      async shot(name, page) {
        const file = path.join(SCREENSHOT_DIR, `${browserName}-${name}.png`);
        await page.screenshot(file);
        return file;
      },
    };
    const t0 = Date.now();
    try {
      if (scenario.corpus && !server.corpusAvailable) throw new Error(`needs ${SHARED_DIR}/corpus, which is missing (CI is set)`);
      await withTimeout(scenario.run(ctx), scenario.timeout ?? DEFAULT_TIMEOUT, title);
      // Script in the page under test must never reach our pages: no dialog may have opened in any of them.
      const dialogs = opened.filter((p) => p.kind === 'extension').flatMap((p) => p.dialogs.map((d) => `${p.url()}: ${d.type} “${d.message}”`));
      if (dialogs.length) throw new Error(`a dialog opened in an extension page: ${dialogs.join('; ')}`);
      passed++;
      console.log(`PASS  ${title} (${Date.now() - t0} ms)`);
    } catch (e) {
      failed++;
      console.log(`FAIL  ${title} (${Date.now() - t0} ms): ${e.message ?? e}`);
      const errors = opened.flatMap((p) => p.errors.map((err) => `${p.url()}: ${err}`));
      if (errors.length) console.log(`      page errors: ${errors.slice(0, 5).join(' | ')}`);
      const last = opened.filter((p) => p.kind === 'extension').at(-1);
      if (last) {
        const file = path.join(SCREENSHOT_DIR, `failed-${browserName}-${scenario.name.replace(/\W+/g, '-')}.png`);
        await withTimeout(last.screenshot(file), 10_000, 'failure screenshot').then(
          () => console.log(`      screenshot: ${path.relative(PROJECT_ROOT, file)}`),
          () => undefined,
        );
      }
    }
    for (const page of opened) await withTimeout(page.close(), 5000, 'closing a page').catch(() => undefined);
  }

  await withTimeout(driver.close(), 20_000, `closing ${browserName}`).catch((e) => console.log(`(${e.message})`));
  await server.close();
  clearTimeout(watchdog);
  process.off('unhandledRejection', late);
  if (skipped) console.log(`${skipped} skipped (see SKIP lines above)`);
  console.log(`(${browserName} run: ${((Date.now() - started) / 1000).toFixed(1)} s)`);
  console.log(`${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
