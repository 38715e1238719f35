// The small browser-driver interface the scenario suite is written against, so ONE suite
// (tests/browser/scenarios.mjs) runs in Chromium (chromium-driver.mjs, playwright-core) and in Firefox ESR
// (firefox-driver.mjs, puppeteer-core over WebDriver BiDi). Only what the scenarios need is here; the
// waiting helpers are built on `evaluate` polling so both browsers wait in exactly the same way.
//
// @typedef {object} PageHandle   one browser tab
// @property {'web'|'extension'|'browser'} kind
// @property {number|undefined} tabId         the extension's tabs-API id of this tab (web/browser pages)
// @property {() => string} url
// @property {(fn: Function, arg?: unknown) => Promise<any>} evaluate   runs fn(arg) in the page, returns JSON-able
// @property {(selector: string) => Promise<void>} click                a real (trusted) mouse click, scrolled into view
// @property {(selector: string, text: string) => Promise<void>} fill   clears the field, then types with key events
// @property {(url: string) => Promise<void>} goto                      navigates this tab (extension paths allowed)
// @property {() => Promise<void>} reload
// @property {(file: string, options?: {fullPage?: boolean}) => Promise<void>} screenshot
// @property {(size: {width: number, height: number}) => Promise<void>} setViewport
// @property {Array<{type: string, message: string}>} dialogs   every alert/confirm/prompt opened here (dismissed)
// @property {string[]} errors                                  uncaught page errors, for failure messages
// @property {() => Promise<void>} close
//
// @typedef {object} Driver
// @property {'chromium'|'firefox'} name
// @property {string} extensionBase        'chrome-extension://<id>/' or 'moz-extension://<uuid>/'
// @property {(url: string) => Promise<PageHandle>} openWebPage          opens url in a new tab, resolves its tabId
// @property {(pathAndQuery: string, viewport?: {width: number, height: number}, options?: {initScript?: {fn: Function, arg?: unknown}}) => Promise<PageHandle>} openExtensionPage
//                                         e.g. 'popup.html?tabId=3' (or a full extension URL), at that window size;
//                                         initScript runs in the page before its own scripts (Chromium only: the benchmarks)
// @property {() => Promise<PageHandle>} openRestrictedPage   chrome://extensions, or about:addons in Firefox
// @property {(fn: Function, arg?: unknown) => Promise<any>} extensionEval   fn(arg) in an extension context
//                                                            (has the tabs/action APIs as `api`-able globals)
// @property {(offline: boolean) => void} setOffline   drops all connections of the test server (see server.mjs)
// @property {() => Promise<void>} close

/** A failed expectation; the runner prints its message as the scenario's failure reason. */
export class AssertionError extends Error {}

export function assert(condition, message) {
  if (!condition) throw new AssertionError(message);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** `[data-testid="id"]`: the UI's stable test hooks (see the UI brief). */
export const tid = (id) => `[data-testid="${id}"]`;

/**
 * Polls `probe()` until it returns a truthy value and returns that value. On timeout throws an
 * AssertionError with `message` plus the last value seen (or the last error), which usually says why.
 */
export async function waitUntil(probe, { timeout = 15_000, interval = 150, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      const detail = lastError ? `last error: ${lastError.message ?? lastError}` : `last value: ${JSON.stringify(last)}`;
      throw new AssertionError(`timed out after ${timeout} ms waiting for ${message} (${detail})`);
    }
    await sleep(interval);
  }
}

/** Waits until `selector` matches an element that is rendered (has a box); returns its trimmed text. */
export function waitForSelector(page, selector, { timeout = 15_000, what } = {}) {
  return waitUntil(
    () => page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (!el) return null;
      const r = el.getBoundingClientRect();
      const visible = r.width > 0 || r.height > 0 || el.getClientRects().length > 0;
      return visible ? { text: (el.textContent ?? '').trim() } : null;
    }, selector),
    { timeout, message: what ?? `${selector} on ${page.url()}` },
  ).then((r) => r.text);
}

/** Waits until the first of several selectors appears; returns its index (to branch on the state a page shows). */
export function waitForAny(page, selectors, { timeout = 15_000, what } = {}) {
  return waitUntil(
    () => page.evaluate((sels) => {
      const i = sels.findIndex((s) => document.querySelector(s));
      return i >= 0 ? i + 1 : 0;
    }, selectors),
    { timeout, message: what ?? `one of ${selectors.join(' | ')} on ${page.url()}` },
  ).then((i) => i - 1);
}

/** Waits until the text of `selector` contains one of `patterns` (strings or RegExp sources); returns the text. */
export function waitForText(page, selector, patterns, { timeout = 15_000, what } = {}) {
  const sources = (Array.isArray(patterns) ? patterns : [patterns]).map((p) => (p instanceof RegExp ? p.source : escapeRe(p)));
  return waitUntil(
    () => page.evaluate(({ sel, srcs }) => {
      const el = document.querySelector(sel);
      const text = (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
      return srcs.some((s) => new RegExp(s, 'iu').test(text)) ? text : null;
    }, { sel: selector, srcs: sources }),
    { timeout, message: what ?? `${selector} to contain ${sources.join(' or ')} on ${page.url()}` },
  );
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Sets the value of an <input>/<select> and fires input + change, the way a user's choice would
 * (Preact listens to either). Returns the value actually set.
 */
export function setFieldValue(page, selector, value) {
  return page.evaluate(({ sel, v }) => {
    const el = document.querySelector(sel);
    if (!el) throw new Error(`no element ${sel}`);
    el.value = String(v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return el.value;
  }, { sel: selector, v: value });
}

/**
 * Finds the tabs-API id of a tab from an extension context. Tabs on hosts the extension may access show their
 * url (the gov hosts are registered content-script hosts); other tabs (browser pages) show no url without the
 * `tabs` permission, so those are found as the one tab id that was not there before (`knownIds`).
 */
export async function resolveTabId(extensionEval, url, knownIds) {
  return waitUntil(async () => {
    const tabs = await extensionEval(() => {
      const api = globalThis.browser ?? globalThis.chrome;
      return api.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url ?? null })));
    });
    const byUrl = url ? tabs.filter((t) => t.url === url) : [];
    if (byUrl.length === 1) return byUrl[0].id;
    const fresh = tabs.filter((t) => !knownIds.includes(t.id));
    if (fresh.length === 1) return fresh[0].id;
    return null;
  }, { timeout: 10_000, message: `the tab id of ${url ?? 'the new tab'}` });
}

/** All tab ids the extension sees right now (see resolveTabId). */
export function listTabIds(extensionEval) {
  return extensionEval(() => {
    const api = globalThis.browser ?? globalThis.chrome;
    return api.tabs.query({}).then((ts) => ts.map((t) => t.id));
  });
}

/**
 * Records a page's dialogs (dismissed at once, so an alert() from hostile input never blocks a test) and its
 * uncaught errors on the handle. Playwright's and puppeteer's pages have the same two events.
 */
export function recordPageEvents(page, handle) {
  page.on('dialog', (dialog) => {
    handle.dialogs.push({ type: dialog.type(), message: dialog.message() });
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => handle.errors.push(String(error?.message ?? error)));
}
