// The Firefox driver (see driver.mjs): Debian's firefox-esr through puppeteer-core over WebDriver BiDi (no
// geckodriver, no browser download), the MV2 build installed as a temporary add-on. What makes it work: a fixed extension UUID through `extensions.webextensions.uuids`, and raw
// `browsingContext.navigate` for moz-extension:// and about: pages (page.goto() waits for events that
// Firefox does not send for them and hangs).
import puppeteer from 'puppeteer-core';
import { listTabIds, recordPageEvents, resolveTabId } from './driver.mjs';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
/** The add-on id in wxt.config.ts (browser_specific_settings.gecko.id). */
export const GECKO_ID = 'tin-sach@tinsach.example';
/** Any fixed UUID: it makes the extension's origin known before install. */
export const FIXED_UUID = '6d0f3f1e-5b0a-4c55-9d51-7a1e2e0c7a11';

/**
 * `prefs`: more Firefox preferences (the sync scenarios reach their WebDAV server on 127.0.0.1 without the proxy).
 * @param {{ extensionDir: string, server: { port: number, setOffline(v: boolean): void }, headless?: boolean, prefs?: Record<string, unknown> }} options
 * @returns {Promise<import('./driver.mjs').Driver>}
 */
export async function launchFirefox({ extensionDir, server, headless = true, prefs = {} }) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless,
    protocol: 'webDriverBiDi',
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // Every request, including to the made-up *.gov.vn hosts, goes to the local test server.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // The pages are served over plain http under hosts that are https in real life: no https-first upgrade.
      'dom.security.https_first': false,
      'dom.security.https_first_pbm': false,
      'dom.security.https_only_mode': false,
      'browser.shell.checkDefaultBrowser': false,
      // The reader's "Allow" on the image-host prompt (scenarios-images.mjs): optional permissions asked for within
      // a click are granted without the doorhanger, which automation cannot press.
      'extensions.webextOptionalPermissionPrompts': false,
      ...prefs,
    },
  });
  await browser.installExtension(extensionDir);
  const extensionBase = `moz-extension://${FIXED_UUID}/`;

  /**
   * Opens a web page. Firefox reports an error page in a SUBFRAME as the whole navigation's failure ("Address
   * rejected"): a page whose https iframe cannot load here (a map, a captcha, a site's widget: the test machine has
   * no network) is still loaded in full. Then the top document is waited for, and the page is used as it is.
   */
  async function webGoto(page, url) {
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    } catch (e) {
      if (!/Address rejected/.test(String(e?.message ?? e))) throw e;
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 });
      if (page.url() !== url) throw e;
    }
  }

  /** Raw BiDi navigation: works for moz-extension:// and about: pages, where page.goto() hangs. */
  async function navigate(page, url, wait = 'complete') {
    const bc = page.mainFrame().browsingContext;
    await bc.userContext.browser.session.send('browsingContext.navigate', { context: bc.id, url, wait });
  }

  function wrap(page, kind, tabId) {
    // page.url() stays about:blank after a raw navigation, so the handle remembers where it went.
    let current = 'about:blank';
    const handle = {
      kind,
      tabId,
      dialogs: [],
      errors: [],
      page,
      url: () => (page.url() === 'about:blank' ? current : page.url()),
      evaluate: (fn, arg) => page.evaluate(fn, arg),
      async click(selector) {
        await page.waitForSelector(selector, { timeout: 10_000 });
        await page.click(selector);
      },
      async fill(selector, text) {
        await page.$eval(selector, (el) => {
          el.value = '';
          el.dispatchEvent(new Event('input', { bubbles: true }));
        });
        await page.click(selector);
        await page.type(selector, text, { delay: 20 });
      },
      async goto(url) {
        const absolute = new URL(url, extensionBase).toString();
        current = absolute;
        if (/^https?:/.test(absolute)) await webGoto(page, absolute);
        else await navigate(page, absolute);
      },
      async reload() {
        const bc = page.mainFrame().browsingContext;
        await bc.userContext.browser.session.send('browsingContext.reload', { context: bc.id, wait: 'complete' });
      },
      screenshot: (file, { fullPage = false } = {}) => page.screenshot({ path: file, fullPage }).then(() => undefined),
      setViewport: (size) => page.setViewport(size),
      close: () => page.close(),
    };
    recordPageEvents(page, handle);
    return handle;
  }

  // Firefox's extension background page cannot be reached over BiDi, so tabs-API questions are asked from an
  // extension page kept open in its own tab: the library page (it exists in every build and has no side
  // effect beyond listing). Opened lazily.
  let control = null;
  async function extensionEval(fn, arg) {
    if (!control) {
      const page = await browser.newPage();
      await navigate(page, `${extensionBase}library.html`);
      control = page;
    }
    return control.evaluate(fn, arg);
  }

  async function openTab(url, kind) {
    const before = await listTabIds(extensionEval);
    const page = await browser.newPage();
    const handle = wrap(page, kind, undefined);
    await handle.goto(url);
    handle.tabId = await resolveTabId(extensionEval, /^https?:/.test(url) ? url : null, before);
    return handle;
  }

  return {
    name: 'firefox',
    extensionBase,
    extensionEval,
    openWebPage: (url) => openTab(url, 'web'),
    openRestrictedPage: () => openTab('about:addons', 'browser'),
    async openExtensionPage(pathAndQuery, viewport) {
      const page = await browser.newPage();
      if (viewport) await page.setViewport(viewport);
      const handle = wrap(page, 'extension', undefined);
      await handle.goto(pathAndQuery);
      return handle;
    },
    setOffline: (offline) => server.setOffline(offline),
    async close() {
      const proc = browser.process();
      let timer;
      await Promise.race([
        browser.close().catch(() => undefined),
        new Promise((r) => { timer = setTimeout(r, 10_000); }),
      ]);
      clearTimeout(timer);
      if (proc && proc.exitCode === null) proc.kill('SIGKILL');
    },
  };
}
