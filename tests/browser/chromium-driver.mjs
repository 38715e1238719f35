// The Chromium driver (see driver.mjs): Debian's /usr/bin/chromium through playwright-core, the unpacked MV3
// build loaded with --load-extension into a fresh profile, all traffic through the test server as proxy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { listTabIds, recordPageEvents, resolveTabId, waitUntil } from './driver.mjs';

export const CHROMIUM_PATH = '/usr/bin/chromium';
/** The image host the scenarios' reader has allowed (scenarios-images.mjs): the photo's exact host, as the popup asks. */
export const ALLOWED_IMAGE_HOSTS = ['*://anh.cdn-thu-nghiem.vn/*'];

/**
 * Chromium has no way to answer an extension's permission prompt under automation (it stays pending), so the
 * reader's "Allow" for the test image host is given up front: the build is copied and that host added to its
 * host permissions, exactly what a granted optional permission adds. Firefox answers the real prompt instead
 * (extensions.webextOptionalPermissionPrompts=false in firefox-driver.mjs).
 */
function withAllowedImageHost(builtDir, profile, allowedHosts) {
  const copy = path.join(profile, 'extension');
  fs.cpSync(builtDir, copy, { recursive: true });
  const manifestPath = path.join(copy, 'manifest.json');
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...allowedHosts];
  fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  return copy;
}

/**
 * `allowedHosts`: the hosts the reader has allowed (the sync scenarios add their WebDAV server on 127.0.0.1).
 * @param {{ extensionDir: string, server: { proxy: string, setOffline(v: boolean): void }, headless?: boolean, allowedHosts?: string[] }} options
 * @returns {Promise<import('./driver.mjs').Driver>}
 */
export async function launchChromium({ extensionDir: builtDir, server, headless = true, allowedHosts = ALLOWED_IMAGE_HOSTS }) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tinsach-chromium-'));
  const extensionDir = withAllowedImageHost(builtDir, profile, allowedHosts);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless,
    viewport: { width: 1100, height: 800 },
    // No `locale` emulation: it changes i18n.getUILanguage() in pages but not the messages Chromium loads
    // (Debian's Chromium has only en-US without the chromium-l10n package), which mixes two languages.
    // Vietnamese is tested through the pages' ?lang=vi override instead.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--proxy-server=${server.proxy}`,
      // The corpus pages are served over plain http under their real (https) host names: Chromium must not try
      // to upgrade them to https first (the proxy refuses tunnels, which would only add a fallback round trip).
      '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable',
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
    ],
  });

  let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  const extensionBase = `chrome-extension://${extensionId}/`;

  /** Runs in the extension's service worker (it has the tabs and action APIs); re-finds it if Chrome restarted it. */
  async function extensionEval(fn, arg) {
    const current = () => context.serviceWorkers().find((w) => w.url().startsWith(extensionBase));
    worker = current() ?? worker;
    try {
      return await worker.evaluate(fn, arg);
    } catch (e) {
      // An idle MV3 worker may have been stopped: any extension page wakes it.
      const waker = await context.newPage();
      await waker.goto(`${extensionBase}manifest.json`).catch(() => undefined);
      worker = await waitUntil(current, { timeout: 5000, message: 'the extension service worker to restart' }).catch(() => {
        throw e;
      });
      await waker.close();
      return worker.evaluate(fn, arg);
    }
  }

  function wrap(page, kind, tabId) {
    const handle = {
      kind,
      tabId,
      dialogs: [],
      errors: [],
      page,
      url: () => page.url(),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      click: (selector) => page.click(selector, { timeout: 10_000 }),
      async fill(selector, text) {
        await page.fill(selector, '');
        await page.click(selector);
        await page.keyboard.type(text, { delay: 20 });
      },
      goto: (url) => page.goto(new URL(url, extensionBase).toString(), { waitUntil: 'load' }).then(() => undefined),
      reload: () => page.reload({ waitUntil: 'load' }).then(() => undefined),
      screenshot: (file, { fullPage = false } = {}) => page.screenshot({ path: file, fullPage }).then(() => undefined),
      setViewport: (size) => page.setViewportSize(size),
      close: () => page.close(),
    };
    recordPageEvents(page, handle);
    return handle;
  }

  async function openTab(url, kind) {
    const before = await listTabIds(extensionEval);
    const page = await context.newPage();
    const handle = wrap(page, kind, undefined);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    handle.tabId = await resolveTabId(extensionEval, url, before);
    return handle;
  }

  // launchPersistentContext opens one blank tab; it stays as the window's first tab.
  return {
    name: 'chromium',
    extensionBase,
    extensionEval,
    openWebPage: (url) => openTab(url, 'web'),
    openRestrictedPage: () => openTab('chrome://extensions/', 'browser'),
    async openExtensionPage(pathAndQuery, viewport, { initScript } = {}) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      if (initScript) await page.addInitScript(initScript.fn, initScript.arg);
      const handle = wrap(page, 'extension', undefined);
      await handle.goto(pathAndQuery);
      return handle;
    },
    setOffline: (offline) => server.setOffline(offline),
    async close() {
      await context.close().catch(() => undefined);
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
