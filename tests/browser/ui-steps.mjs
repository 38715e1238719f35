// Steps over the extension's UI shared by the scenarios (scenarios.mjs) and the hostile-page check
// (hostile.mjs): open the popup for a tab, expect an article or a failure, read the reader's images,
// choose a theme, run axe-core. All through the driver interface (driver.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './server.mjs';
import { assert, setFieldValue, tid, waitForAny, waitForSelector, waitUntil } from './driver.mjs';

export const POPUP_SIZE = { width: 420, height: 600 };
export const PAGE_SIZE = { width: 1100, height: 800 };
export const SEED_FILE = 'seed/baothang-tuyen-van.html';
export const LIST_FILE = 'gov/baochinhphu_list_chinh-sach-moi.html';
export const FIXTURE_PAGE = 'bai-viet-thu-nghiem.html';
export const FIXTURE_TITLE = 'Xã Phong Niên khánh thành cầu treo mới cho học sinh đi học';

export const norm = (s) => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

/** Opens the popup for a tab as a page (`popup.html?tabId=N`) and waits for the article or a failure. */
export async function openPopup(ctx, tabId, { lang, keep = false } = {}) {
  const query = new URLSearchParams({ tabId: String(tabId) });
  if (lang) query.set('lang', lang);
  const page = await ctx.open.ext(`popup.html?${query}`, POPUP_SIZE, { keep });
  const which = await waitForAny(page, [tid('article-title'), tid('failure'), tid('digest')], {
    timeout: 30_000,
    what: `the popup for tab ${tabId} to show an article, a failure or a list page's digest`,
  });
  if (which === 0) return { page, shows: 'article', reason: null };
  if (which === 2) return { page, shows: 'digest', reason: null, kind: await page.evaluate(() => document.querySelector('[data-testid="digest"]')?.getAttribute('data-kind')) };
  const failure = await page.evaluate(() => {
    const el = document.querySelector('[data-testid="failure"]');
    return { reason: el?.getAttribute('data-reason') ?? null, text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim() };
  });
  return { page, shows: 'failure', reason: failure.reason, text: failure.text };
}

export function expectArticle(popup, what) {
  assert(popup.shows === 'article',
    `${what}: expected the article in the popup, but it shows failure reason "${popup.reason}" (“${popup.text}”)`);
}

export function expectFailure(popup, reason, what) {
  assert(popup.shows === 'failure', `${what}: expected the failure view (reason ${reason}), but the popup shows an article`);
  assert(popup.reason === reason, `${what}: expected data-reason="${reason}", got "${popup.reason}" (“${popup.text}”)`);
  assert(popup.text.length > 20, `${what}: the failure view has no explanation (text: “${popup.text}”)`);
}

/** The seed page's tab, opened once and kept for the later scenarios (library, reader, screenshots). */
export async function seedTab(ctx) {
  if (!ctx.state.seedTab) ctx.state.seedTab = await ctx.open.web(ctx.server.corpusUrl(SEED_FILE), { keep: true });
  return ctx.state.seedTab;
}

/**
 * Makes sure the seed article is saved (normally done, and checked, by the "seed page" scenario), so a
 * scenario can also run alone with --only: opens its popup and presses Save unless it already says saved.
 */
export async function ensureSeedSaved(ctx) {
  if (ctx.state.savedTitle) return;
  const expected = ctx.server.corpusPage(SEED_FILE);
  const tab = await seedTab(ctx);
  const popup = await openPopup(ctx, tab.tabId);
  expectArticle(popup, 'seed page');
  const label = await waitForSelector(popup.page, tid('save-button'), { what: 'the Save button' });
  if (!/Đã lưu|Saved/i.test(label)) {
    await popup.page.click(tid('save-button'));
    await waitForSelector(popup.page, tid('status-message'));
  }
  await waitUntil(() => popup.page.evaluate(() => /Đã lưu|Saved/i.test(document.querySelector('[data-testid="save-button"]')?.textContent ?? '')),
    { timeout: 20_000, message: 'the seed article to be saved' });
  await popup.page.close();
  ctx.state.savedTitle = expected.title;
  ctx.state.seedExpected = expected;
}

/** Opens the library and returns the reader link of the seed article (from its library-item). */
export async function seedReaderHref(ctx) {
  if (ctx.state.readerHref) return ctx.state.readerHref;
  await ensureSeedSaved(ctx);
  const library = await ctx.open.ext('library.html', PAGE_SIZE);
  await waitForSelector(library, tid('library-item'), { what: 'a library item' });
  const href = await library.evaluate((title) => {
    const item = [...document.querySelectorAll('[data-testid="library-item"]')].find((li) => li.textContent.includes(title));
    const a = item?.querySelector('a[href*="reader.html"]');
    return a ? a.href : null;
  }, ctx.state.savedTitle);
  assert(href, 'the library item of the seed article has no link to reader.html');
  ctx.state.readerHref = href;
  await library.close();
  return href;
}

/** The reader URL with a lang override (keeps the id). */
export function withLang(href, lang) {
  const u = new URL(href);
  if (lang) u.searchParams.set('lang', lang);
  else u.searchParams.delete('lang');
  return u.toString();
}

/**
 * The reader's images: each is scrolled into view (they are loading="lazy") and given time to decode.
 * Returns { count, imgs: [{ src (start), w: naturalWidth }] }; the caller checks they come from IndexedDB.
 */
export async function readerImages(page) {
  const result = await page.evaluate(async () => {
    const imgs = [...document.querySelectorAll('article img')];
    const settle = async (img) => {
      img.scrollIntoView({ block: 'center' });
      for (let i = 0; i < 40 && !(img.complete && img.naturalWidth > 0); i++) await new Promise((r) => setTimeout(r, 100));
    };
    for (const img of imgs) await settle(img);
    window.scrollTo(0, 0);
    return { count: imgs.length, imgs: imgs.map((i) => ({ src: (i.currentSrc || i.getAttribute('src') || '').slice(0, 60), w: i.naturalWidth })) };
  });
  return result;
}

/** Picks the reader theme through the settings UI (the theme is stored and applies to all three pages). */
export async function setThemeInReader(page, theme) {
  await waitForSelector(page, tid('theme-select'), { what: 'the theme setting (data-testid=theme-select)' });
  await setFieldValue(page, tid('theme-select'), theme);
  await waitUntil(() => page.evaluate((t) => document.documentElement.dataset.theme === t, theme), {
    timeout: 5000, message: `<html data-theme="${theme}"> after choosing ${theme}`,
  });
  // The setting is written to storage.local asynchronously; give the write a moment before leaving the page.
  await new Promise((r) => setTimeout(r, 300));
}

export async function runAxe(page, what) {
  const source = fs.readFileSync(path.join(PROJECT_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated as a script string: the extension pages' CSP forbids eval and inline scripts, but the
  // driver's evaluate is not subject to the page CSP.
  await page.evaluate(source);
  const violations = await page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join(' ')}`) }));
  });
  return violations.map((v) => `  [${what}] ${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `      ${n}`).join('\n')}`);
}

/** The page is in the requested language (<html lang>) and theme (<html data-theme>). */
export async function checkLangAndTheme(page, lang, theme) {
  const got = await page.evaluate(() => ({ lang: document.documentElement.lang, theme: document.documentElement.dataset.theme }));
  assert(got.lang.startsWith(lang), `${page.url()}: <html lang="${got.lang}">, expected ${lang}`);
  assert(got.theme === theme, `${page.url()}: <html data-theme="${got.theme}">, expected ${theme}`);
}
